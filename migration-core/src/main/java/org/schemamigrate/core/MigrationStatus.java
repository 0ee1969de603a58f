package org.schemamigrate.core;

import java.time.Instant;

/** One line of the status report. appliedAt, executionMs and appliedBy are null for migrations never applied. */
public record MigrationStatus(long version, String name, State state, Instant appliedAt, Long executionMs,
                              String appliedBy) {

    public enum State {
        APPLIED, BASELINE, PENDING, DIRTY, EDITED, MISSING_FILE, OUT_OF_ORDER;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }
}
