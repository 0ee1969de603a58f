package org.schemamigrate.diff.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** An index not backing a constraint. {@code predicate} is null unless the index is partial. */
public record Index(String name, List<IndexPart> parts, boolean unique, String method, String predicate) {

    public Index {
        parts = List.copyOf(parts);
        method = method == null ? "btree" : method;
    }

    public static Index on(String name, boolean unique, String... columns) {
        return new Index(name, Arrays.stream(columns).map(IndexPart::column).toList(), unique, "btree", null);
    }

    /** True when both indexes are the same apart from their names. */
    public boolean sameDefinition(Index other) {
        return parts.equals(other.parts) && unique == other.unique && method.equals(other.method)
                && Objects.equals(predicate, other.predicate);
    }
}
