package org.schemamigrate.core.event;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.schemamigrate.core.Direction;
import org.schemamigrate.core.lint.Finding;

/**
 * What the engine reports while it works. The engine prints nothing itself: Maven goals log these,
 * applications may show progress or write JSON.
 */
public sealed interface MigrationEvent {

    /** Another migrator holds the lock; repeated while waiting. {@code holder} is what the database tells. */
    record LockWaiting(String lockName, String holder, Duration waited, Duration timeout) implements MigrationEvent {
    }

    record LockAcquired(String lockName, Duration waited) implements MigrationEvent {
    }

    record HistoryTableCreated(String table) implements MigrationEvent {
    }

    record MigrationStarted(long version, String name, Direction direction, int statements, boolean transactional)
            implements MigrationEvent {
    }

    record StatementExecuted(long version, String name, int number, int total, int line, Duration duration)
            implements MigrationEvent {
    }

    record MigrationSucceeded(long version, String name, Direction direction, Duration duration)
            implements MigrationEvent {
    }

    /** {@code committedStatements} is how many statements stayed committed (0 when the transaction rolled back). */
    record MigrationFailed(long version, String name, Direction direction, int statement, int line,
                           int committedStatements, String error) implements MigrationEvent {
    }

    /** down for the last batch: which migrations it is about to roll back, before the first one runs. */
    record BatchRollbackPlanned(String batch, List<Long> versions) implements MigrationEvent {
    }

    /** The deployment was already attempted by another run; this one applies nothing. */
    record DeploymentAlreadyAttempted(String deployment, String firstAttempt, boolean succeeded)
            implements MigrationEvent {
    }

    /**
     * migration.backup: before a destructive statement of migration {@code version}, the {@code rows} it would
     * destroy ({@code what} is {@code member} for a table, {@code member.phone} for a column) were saved to
     * {@code file}; {@code restoreScript} puts them back once the schema is back.
     */
    record RowsSaved(long version, String name, String what, long rows, Path file, Path restoreScript)
            implements MigrationEvent {
    }

    /**
     * A risk the linter found in a statement of a migration about to run, reported before anything runs.
     * {@code allowedBy} says why a destructive finding may run ("-- migration:allow-destructive" in the file, or
     * "allowDestructive"); it is null for the other categories, which never stop a run.
     */
    record RiskFound(Finding finding, String allowedBy) implements MigrationEvent {
    }

    /** Something the user should know that does not stop the run. */
    record Warning(String message) implements MigrationEvent {
    }
}
