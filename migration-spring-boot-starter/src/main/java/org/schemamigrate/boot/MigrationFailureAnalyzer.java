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

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationException cause) {
        return new FailureAnalysis("The schema migrations stopped the start-up (" + cause.code() + "):\n"
                + cause.getMessage(), action(cause), cause);
    }

    private static String action(MigrationException cause) {
        if (!(cause.code() instanceof CoreErrorCode code)) {
            return "Follow the message above; mvn migration:status shows the database's migration state.";
        }
        return switch (code) {
            case DIRTY_DATABASE -> "Repair the database by hand, then record the version it is at with"
                    + " mvn migration:force -Dversion=<version>, and start again.";
            case VALIDATION_FAILED -> "Make the migration files and the database's history agree (the message"
                    + " lists each disagreement with its fix; an out-of-order file may run with"
                    + " schemamigrate.out-of-order=true); mvn migration:status shows both.";
            case DESTRUCTIVE_REFUSED -> "Review the destructive statements; if they are intended, add"
                    + " -- migration:allow-destructive to the file, or set schemamigrate.allow-destructive=true.";
            case CONFIGURATION -> "Correct the schemamigrate.* settings named above.";
            case LOCK_TIMEOUT -> "Another instance holds the migration lock; wait for it, or raise"
                    + " schemamigrate.lock-timeout.";
            default -> "Follow the message above; mvn migration:status shows the database's migration state.";
        };
    }
}
