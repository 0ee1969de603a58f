package org.schemamigrate.boot;

import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Shows a refused start-up as Boot's "APPLICATION FAILED TO START" report: the runner's message (which names the
 * fix) instead of a stack of BeanCreationExceptions.
 */
final class MigrationFailureAnalyzer extends AbstractFailureAnalyzer<MigrationException> {
    /**
     * The goals never read spring.datasource.url: without migration.url they use the project's sandbox, so a
     * bare "mvn migration:status" would show another database than the one that refused the start-up.
     */
    static final String THIS_DATABASE = " -Dmigration.url=<this database's JDBC URL> -Dmigration.user=<user>"
            + " (without migration.url the goals use the project's sandbox database)";
    private static final String STATUS = "mvn migration:status" + THIS_DATABASE
            + " shows the database's migration state.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationException cause) {
        if (cause instanceof FleetStartupException fleet) {
            return new FailureAnalysis("The tenant migrations (schemamigrate.fleet) stopped the start-up ("
                    + cause.code() + "):\n" + cause.getMessage(), fleetAction(fleet), cause);
        }
        return new FailureAnalysis("The schema migrations stopped the start-up (" + cause.code() + "):\n"
                + cause.getMessage(), action(cause), cause);
    }

    /** The failed targets by name, so the status command can be copied as it stands. */
    private static String fleetAction(FleetStartupException cause) {
        String targets = cause.refused().stream().map(FleetStartupException.Refusal::target)
                .collect(java.util.stream.Collectors.joining(","));
        String status = "mvn migration:status -Dmigration.targets=" + targets
                + " -Dmigration.dir=<the directory of schemamigrate.fleet.location>" + THIS_DATABASE
                + " shows where those targets stand.";
        if (cause.validateOnly()) {
            return "Apply the tenant migrations first (mvn migration:up with the same -Dmigration.targets and"
                    + " -Dmigration.dir), or let the application apply them at start-up by removing"
                    + " schemamigrate.validate-only; " + status;
        }
        String dirty = cause.refused().stream().filter(FleetStartupException.Refusal::dirty)
                .map(FleetStartupException.Refusal::target).collect(java.util.stream.Collectors.joining(","));
        return "Fix the cause named for each failed target (a failed migration in schemamigrate.fleet.location is"
                + " not recorded as applied, so its file may be edited; a target whose schema differs from the"
                + " others, a table it already had, say, is corrected on that target), then restart the"
                + " application: every target resumes where it stands and nothing is applied twice."
                + (dirty.isEmpty() ? "" : " A dirty target (a migration failed part-way: MySQL/MariaDB DDL, or a"
                + " no-transaction file) needs repair by hand, then its state recorded with mvn migration:force"
                + " -Dversion=<version> -Dmigration.schema=" + dirty + THIS_DATABASE + " (one target at a time).")
                + " " + status;
    }

    private static String action(MigrationException cause) {
        if (!(cause.code() instanceof CoreErrorCode code)) {
            return "Follow the message above; " + STATUS;
        }
        return switch (code) {
            case DIRTY_DATABASE -> "Repair the database by hand, then record the version it is at with"
                    + " mvn migration:force -Dversion=<version>" + THIS_DATABASE + ", and start again.";
            case VALIDATION_FAILED -> "Make the migration files and the database's history agree (the message"
                    + " lists each disagreement with its fix; an out-of-order file may run with"
                    + " schemamigrate.out-of-order=true); " + STATUS;
            case DESTRUCTIVE_REFUSED -> "Review the destructive statements; if they are intended, add"
                    + " -- migration:allow-destructive to the file, or set schemamigrate.allow-destructive=true.";
            case CONFIGURATION -> "Correct the schemamigrate.* settings named above.";
            case LOCK_TIMEOUT -> "Another instance holds the migration lock; wait for it, or raise"
                    + " schemamigrate.lock-timeout.";
            case MIGRATION_FAILED -> "Correct the failed migration (it is not recorded as applied, so its file may"
                    + " be edited; a NOT NULL column without a default on a table with rows needs a DEFAULT or a"
                    + " backfill first), then start again; " + STATUS;
            default -> "Follow the message above; " + STATUS;
        };
    }
}
