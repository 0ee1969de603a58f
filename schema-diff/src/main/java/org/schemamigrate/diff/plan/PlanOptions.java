package org.schemamigrate.diff.plan;

import java.time.Duration;
import java.util.Objects;

/**
 * How plans are written.
 *
 * @param online      plan for a table in use: on PostgreSQL, indexes on existing tables are built and dropped
 *                    CONCURRENTLY (in a second, no-transaction migration), foreign keys and checks are added NOT VALID
 *                    and then validated, SET NOT NULL goes through a validated check; on MySQL/MariaDB each ALTER
 *                    TABLE requests ALGORITHM=INSTANT or ALGORITHM=INPLACE, LOCK=NONE where the server supports it
 *                    for every change in it (the server then refuses rather than locks)
 * @param lockTimeout how long a generated file waits for a lock before it fails (zero: no limit is written); see
 *                    {@link LockTimeout}
 * @param defaultCollation MySQL family: the collation a table gets without a clause (the database default the
 *                    scratch databases share with the target); CREATE TABLE writes DEFAULT CHARSET/COLLATE only for
 *                    another one, so a dev server's default never reaches a file (null: always written)
 */
public record PlanOptions(boolean online, Duration lockTimeout, String defaultCollation) {
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);

    public PlanOptions {
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        if (lockTimeout.isNegative()) {
            throw new IllegalArgumentException("lockTimeout must not be negative: " + lockTimeout);
        }
    }

    public PlanOptions(boolean online, Duration lockTimeout) {
        this(online, lockTimeout, null);
    }

    /** Plans as before online planning existed, with the default 5 s lock timeout in generated files. */
    public static PlanOptions defaults() {
        return new PlanOptions(false, DEFAULT_LOCK_TIMEOUT);
    }

    public PlanOptions withOnline(boolean value) {
        return new PlanOptions(value, lockTimeout, defaultCollation);
    }

    public PlanOptions withLockTimeout(Duration value) {
        return new PlanOptions(online, value, defaultCollation);
    }

    public PlanOptions withDefaultCollation(String value) {
        return new PlanOptions(online, lockTimeout, value);
    }
}
