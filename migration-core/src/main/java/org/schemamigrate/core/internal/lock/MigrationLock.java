package org.schemamigrate.core.internal.lock;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.internal.dialect.AdvisoryLock;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.event.MigrationListener;

/**
 * A session-scoped advisory lock on a dedicated connection: it serialises migrators across processes and
 * dies with the connection, so a killed deploy never leaves it stuck. Released by {@link #close()}.
 */
public final class MigrationLock implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(5);

    private static final long RECHECK_NANOS = Duration.ofSeconds(1).toNanos();

    private final AdvisoryLock dialect;
    private final Connection connection;
    private boolean held;
    /** False for a lock a fleet's batch holds on its own connection: the batch releases it, not this. */
    private boolean owned = true;
    private long checkedAt = System.nanoTime();

    private MigrationLock(AdvisoryLock dialect, Connection connection) {
        this.dialect = dialect;
        this.connection = connection;
    }

    /**
     * Waits for the lock up to {@code timeout}, reporting who holds it while waiting.
     * {@code name} identifies what is locked (schema and history table), so different schemas do not block.
     */
    public static MigrationLock acquire(RunnerDialect dialect, Connection connection, String name, Duration timeout,
                                        MigrationListener listener) {
        MigrationLock lock = new MigrationLock(dialect.advisoryLock(name), connection);
        lock.waitFor(timeout, listener);
        return lock;
    }

    /** A lock already held on {@code connection} by someone who releases it (a fleet's batch). */
    public static MigrationLock heldBy(RunnerDialect dialect, Connection connection, String name) {
        MigrationLock lock = new MigrationLock(dialect.advisoryLock(name), connection);
        lock.held = true;
        lock.owned = false;
        return lock;
    }

    private void waitFor(Duration timeout, MigrationListener listener) {
        long start = System.nanoTime();
        long nextReport = 0;
        try {
            while (true) {
                if (dialect.tryLock(connection)) {
                    held = true;
                    listener.onEvent(new MigrationEvent.LockAcquired(dialect.description(), since(start)));
                    return;
                }
                Duration waited = since(start);
                if (waited.compareTo(timeout) >= 0) {
                    throw new MigrationException(CoreErrorCode.LOCK_TIMEOUT, "Timed out after " + timeout.toSeconds()
                            + " s waiting for the migration lock (" + dialect.description() + "), held by "
                            + dialect.holder(connection) + ". Another deploy is migrating this database: wait for it"
                            + " to finish, or stop it. Raise the wait with migration.lockTimeout if migrations"
                            + " legitimately take longer.");
                }
                if (waited.toNanos() >= nextReport) {
                    listener.onEvent(new MigrationEvent.LockWaiting(dialect.description(), dialect.holder(connection),
                            waited, timeout));
                    nextReport = waited.toNanos() + REPORT_EVERY.toNanos();
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not take the migration lock ("
                    + dialect.description() + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException(CoreErrorCode.LOCK_TIMEOUT, "Interrupted while waiting for the migration lock.", e);
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /**
     * False when the lock's connection is gone: then another migrator may already be running. Asks the
     * database at most once a second, so short migrations do not pay a round trip each.
     */
    public boolean stillHeld() {
        if (!held) {
            return false;
        }
        long now = System.nanoTime();
        if (now - checkedAt < RECHECK_NANOS) {
            return true;
        }
        checkedAt = now;
        try {
            return connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (!held) {
            return;
        }
        held = false;
        if (!owned) {
            return;
        }
        try {
            dialect.unlock(connection);
        } catch (SQLException e) {
            // the lock is session-scoped: closing the connection (which the caller does next) releases it
        }
    }
}
