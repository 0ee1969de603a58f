package org.schemamigrate.core.internal.history;

import java.util.Locale;

/** The state of one row in the history table, stored as its lower-case name. */
public enum HistoryState {
    /** The migration ran completely. */
    APPLIED,
    /** The migration started but did not finish; statements_done tells how far it got. */
    DIRTY,
    /** Recorded as applied by baseline, without running it. */
    BASELINE,
    /**
     * The migration is running, or its process died: statements_done have committed and the next one was
     * started, so it may or may not have committed. The next command resolves it (core.engine.InDoubt).
     */
    RUNNING;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HistoryState fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
