package org.schemamigrate.core;

/** One disagreement between the directory and the history; the message says how to fix it. */
public record ValidationProblem(Kind kind, long version, String name, String message) {

    public enum Kind {
        DIRTY, EDITED, MISSING_FILE, OUT_OF_ORDER,
        /** A file differs from migration.sum: edited, added or removed by hand since the directory was hashed. */
        INTEGRITY
    }
}
