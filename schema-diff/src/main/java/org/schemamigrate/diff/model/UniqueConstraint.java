package org.schemamigrate.diff.model;

import java.util.List;

/**
 * A UNIQUE constraint (as opposed to a unique index): compared by its columns, {@code nullsNotDistinct}
 * (PostgreSQL 15's {@code UNIQUE NULLS NOT DISTINCT}: two NULLs collide) and its deferral (PostgreSQL's
 * {@code DEFERRABLE [INITIALLY DEFERRED]}), not its name.
 */
public record UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct, boolean deferrable,
                               boolean initiallyDeferred) {

    public UniqueConstraint(String name, List<String> columns) {
        this(name, columns, false);
    }

    public UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct) {
        this(name, columns, nullsNotDistinct, false, false);
    }

    public UniqueConstraint {
        columns = List.copyOf(columns);
    }

    public boolean sameDefinition(UniqueConstraint other) {
        return columns.equals(other.columns) && nullsNotDistinct == other.nullsNotDistinct
                && deferrable == other.deferrable && initiallyDeferred == other.initiallyDeferred;
    }

    public UniqueConstraint withName(String newName) {
        return new UniqueConstraint(newName, columns, nullsNotDistinct, deferrable, initiallyDeferred);
    }

    public UniqueConstraint withColumns(List<String> newColumns) {
        return new UniqueConstraint(name, newColumns, nullsNotDistinct, deferrable, initiallyDeferred);
    }
}
