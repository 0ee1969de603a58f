package org.schemamigrate.diff.model;

import java.util.List;

/** A PostgreSQL enum type with its labels in sort order and its comment (null when it has none). */
public record EnumType(String name, List<String> values, String comment) {

    public EnumType(String name, List<String> values) {
        this(name, values, null);
    }

    public EnumType {
        values = List.copyOf(values);
    }
}
