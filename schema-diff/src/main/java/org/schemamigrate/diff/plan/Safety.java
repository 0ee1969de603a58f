package org.schemamigrate.diff.plan;

/** What can go wrong when a step runs on a database holding data. */
public enum Safety {
    /** Changes structure only. */
    SAFE,
    /** May fail on existing rows (NOT NULL, UNIQUE, CHECK, FK, casts) but loses nothing. */
    DATA_DEPENDENT,
    /** Can lose data: drops, narrowing type changes. */
    DESTRUCTIVE;

    public Safety max(Safety other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
