package org.schemamigrate.core.internal.history;

import java.time.Instant;
import org.schemamigrate.core.Direction;

/**
 * One row of the history table. {@code operation} is what ran last on this version: a dirty row with
 * operation DOWN is a rollback that failed half-way.
 */
public record AppliedMigration(
        long version,
        String name,
        String checksum,
        HistoryState state,
        Direction operation,
        int statementsDone,
        int statementsTotal,
        Instant appliedAt,
        long executionMs,
        String appliedBy,
        String runId) {

    public boolean dirty() {
        return state == HistoryState.DIRTY || state == HistoryState.RUNNING;
    }

    /** True when statement statementsDone + 1 was started and nothing recorded whether it committed. */
    public boolean inDoubt() {
        return state == HistoryState.RUNNING;
    }

    public String label() {
        return version + " " + name;
    }
}
