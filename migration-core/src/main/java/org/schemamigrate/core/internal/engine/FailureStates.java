package org.schemamigrate.core.internal.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.schemamigrate.core.internal.engine.MigrationExecutor.Step;

/** What a failed migration leaves behind, in the words of its error message (the executor decides which). */
final class FailureStates {
    /**
     * How to try again. The same words serve a Maven goal and an application that migrates at start-up (the Spring
     * Boot starter, Migrator.up() from Java): "run the command again" meant nothing to the second.
     */
    static final String TRY_AGAIN = "then apply the migrations again: run the same Maven goal again, or restart"
            + " the application when it migrates at start-up (Spring Boot starter, Migrator.up())";

    private FailureStates() {
    }

    static String notStarted(long versionBefore) {
        return "Nothing of it ran (the pre-checks run before its first statement), so the database is still at"
                + " version " + versionBefore + " and not dirty. Fix the data, " + TRY_AGAIN + ".";
    }

    static String partlyCommitted(Step step) {
        return "The rollback did NOT undo everything: PostgreSQL reports the migration's transaction as committed,"
                + " so something in " + step.script().location() + " ended it early and what ran before that"
                + " remains, while the history does not record version " + step.migration().version() + ". Check"
                + " the schema by hand, undo or complete the change, and remove the statement that commits.";
    }

    static String rolledBack(List<Step> batch, long versionBefore) {
        return "The transaction was rolled back: " + (batch.size() == 1 ? "nothing of this migration remains"
                : "none of the " + batch.size() + " migrations of this single-transaction run ("
                + batch.stream().map(s -> String.valueOf(s.migration().version())).collect(Collectors.joining(", "))
                + ") remains") + " and the database is still at version " + versionBefore
                + ". Fix the script, " + TRY_AGAIN + ".";
    }
}
