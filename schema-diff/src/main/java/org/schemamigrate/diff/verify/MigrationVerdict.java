package org.schemamigrate.diff.verify;

import java.util.List;

/**
 * What {@link MigrationTester} found for one migration. {@code residualAfterDown} holds the catalog lines that
 * differ from the schema before the migration ({@code -} there before and missing after the down, {@code +} left
 * behind by the down); {@code residualAfterReapply} the same against the schema the first up reached.
 * {@code lostRows} names tables that kept existing through the down but lost test-data rows. Timings are in
 * milliseconds, -1 for a step that did not run.
 */
public record MigrationVerdict(long version, String name, Outcome outcome, List<String> residualAfterDown,
                               List<String> residualAfterReapply, List<String> lostRows, Failure failure,
                               long upMillis, long downMillis, long reapplyMillis) {

    public MigrationVerdict {
        residualAfterDown = List.copyOf(residualAfterDown);
        residualAfterReapply = List.copyOf(residualAfterReapply);
        lostRows = List.copyOf(lostRows);
    }

    public enum Outcome {
        /** down restored the schema exactly and up applied again to the same schema. */
        EXACT(true),
        /** no down file: only the up was applied (a failure when downs are required). */
        IRREVERSIBLE(true),
        /** applied once without checks: older than the {@code latest} window. */
        APPLIED_ONCE(true),
        /** down left a schema that differs from the one before the up, or up again did not reach the same. */
        RESIDUAL(false),
        /** down kept the tables but lost rows the test data inserted (a drop-and-recreate down). */
        DESTRUCTIVE(false),
        /** a statement failed; {@link #failure()} says which. */
        FAILED(false),
        /** not reached because an earlier migration failed. */
        NOT_RUN(false);

        private final boolean passing;

        Outcome(boolean passing) {
            this.passing = passing;
        }

        public boolean passing() {
            return passing;
        }
    }

    /**
     * The step that failed ({@code up}, {@code down}, {@code reapply}, {@code data}, or
     * {@code require-down} for a missing down file), the runner's error code and,
     * when a statement failed, its file and 1-based line (0 when unknown).
     */
    public record Failure(String step, String code, String file, int line, String message) {
    }

    public boolean passed() {
        return outcome.passing();
    }
}
