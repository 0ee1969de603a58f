package org.schemamigrate.diff.model;

import java.util.List;

/**
 * A UNIQUE constraint (as opposed to a unique index): compared by its columns and {@code nullsNotDistinct}
 * (PostgreSQL 15's {@code UNIQUE NULLS NOT DISTINCT}: two NULLs collide), not its name.
 */
public record UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct) {

    public UniqueConstraint(String name, List<String> columns) {
        this(name, columns, false);
    }

    public UniqueConstraint {
        columns = List.copyOf(columns);
    }

    public boolean sameDefinition(UniqueConstraint other) {
        return columns.equals(other.columns) && nullsNotDistinct == other.nullsNotDistinct;
    }

    public UniqueConstraint withName(String newName) {
        return new UniqueConstraint(newName, columns, nullsNotDistinct);
    }

    public UniqueConstraint withColumns(List<String> newColumns) {
        return new UniqueConstraint(name, newColumns, nullsNotDistinct);
    }
}
