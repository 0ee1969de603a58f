package org.schemamigrate.diff.write;

import java.time.Duration;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * The lines that bound lock waits in a generated file, so a migration blocked behind a long transaction fails
 * fast instead of queueing every other query on the table behind it. Kept out of the plan steps: they frame a
 * file, not a change. PostgreSQL: {@code SET LOCAL lock_timeout} in a transactional file (ends with the
 * transaction), {@code SET lock_timeout} and {@code RESET} in a no-transaction file. MySQL/MariaDB: {@code SET
 * SESSION lock_wait_timeout} (whole seconds, at least 1) and back to {@code DEFAULT} at the end, since the runner
 * applies the next migrations on the same session.
 */
public record LockTimeout(DatabaseKind kind, Duration timeout) {

    /** No lines at all when the timeout is zero. */
    public boolean enabled() {
        return !timeout.isZero();
    }

    /** The opening statement with a trailing blank line, or "". */
    public String prelude(boolean transactional) {
        if (!enabled()) {
            return "";
        }
        String comment = "-- Fail instead of waiting more than " + human() + " for a lock (migration.ddlLockTimeout)\n";
        if (kind == DatabaseKind.POSTGRESQL) {
            return comment + "SET " + (transactional ? "LOCAL " : "") + "lock_timeout = '" + postgresValue()
                    + "';\n\n";
        }
        return comment + "SET SESSION lock_wait_timeout = " + seconds() + ";\n\n";
    }

    /** The closing statement with a leading blank line, or "" (also for a transactional PostgreSQL file). */
    public String epilogue(boolean transactional) {
        if (!enabled() || kind == DatabaseKind.POSTGRESQL && transactional) {
            return "";
        }
        return "\n-- Back to the server's lock wait for what runs next on this session\n"
                + (kind == DatabaseKind.POSTGRESQL ? "RESET lock_timeout" : "SET SESSION lock_wait_timeout = DEFAULT")
                + ";\n";
    }

    private String postgresValue() {
        long ms = timeout.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    private long seconds() {
        long ms = timeout.toMillis();
        return Math.max(1, (ms + 999) / 1000);
    }

    private String human() {
        return kind == DatabaseKind.POSTGRESQL ? postgresValue() : seconds() + "s";
    }
}
