package org.schemamigrate.core;

import java.time.Instant;

/**
 * One line of the status report. appliedAt, executionMs, appliedBy and batchId are null for migrations never
 * applied; batchId links an applied migration to the up run (deployment) that applied it.
 */
public record MigrationStatus(long version, String name, State state, Instant appliedAt, Long executionMs,
                              String appliedBy, String batchId) {

    public enum State {
        APPLIED, BASELINE, PENDING, DIRTY, EDITED, MISSING_FILE, OUT_OF_ORDER;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }
}
