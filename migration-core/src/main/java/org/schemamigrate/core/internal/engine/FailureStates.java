package org.schemamigrate.core.internal.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.schemamigrate.core.internal.engine.MigrationExecutor.Step;

/** What a failed migration leaves behind, in the words of its error message (the executor decides which). */
final class FailureStates {
    private FailureStates() {
    }

    static String notStarted(long versionBefore) {
        return "Nothing of it ran (the pre-checks run before its first statement), so the database is still at"
                + " version " + versionBefore + " and not dirty. Fix the data, then run the command again.";
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
                + ". Fix the script and run the command again.";
    }
}
