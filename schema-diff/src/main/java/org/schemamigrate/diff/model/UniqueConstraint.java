package org.schemamigrate.diff.model;

import java.util.List;

/** A UNIQUE constraint (as opposed to a unique index): compared by its columns, not its name. */
public record UniqueConstraint(String name, List<String> columns) {

    public UniqueConstraint {
        columns = List.copyOf(columns);
    }
}
