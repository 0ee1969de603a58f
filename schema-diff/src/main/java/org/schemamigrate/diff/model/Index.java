package org.schemamigrate.diff.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An index not backing a constraint. {@code predicate} is null unless the index is partial. {@code include}
 * lists PostgreSQL's non-key ({@code INCLUDE}) columns, {@code storage} its storage parameters as the catalog
 * prints them ({@code fillfactor=70}; MySQL/MariaDB: the key's options as SHOW CREATE TABLE prints them, an
 * explicit {@code USING BTREE} and {@code KEY_BLOCK_SIZE=8}); {@code comment} may be null. {@code nullsNotDistinct} is PostgreSQL 15's
 * {@code NULLS NOT DISTINCT} of a unique index (two NULLs collide). {@code invisible} is an index the optimizer
 * does not use (MariaDB's {@code IGNORED}, MySQL's {@code INVISIBLE}).
 */
public record Index(String name, List<IndexPart> parts, boolean unique, String method, String predicate,
                    List<String> include, List<String> storage, String comment, boolean nullsNotDistinct,
                    boolean invisible) {

    public Index(String name, List<IndexPart> parts, boolean unique, String method, String predicate) {
        this(name, parts, unique, method, predicate, List.of(), List.of(), null);
    }

    public Index(String name, List<IndexPart> parts, boolean unique, String method, String predicate,
                 List<String> include, List<String> storage, String comment) {
        this(name, parts, unique, method, predicate, include, storage, comment, false, false);
    }

    public Index {
        parts = List.copyOf(parts);
        method = method == null ? "btree" : method;
        include = include == null ? List.of() : List.copyOf(include);
        storage = storage == null ? List.of() : List.copyOf(storage);
    }

    public static Index on(String name, boolean unique, String... columns) {
        return new Index(name, Arrays.stream(columns).map(IndexPart::column).toList(), unique, "btree", null);
    }

    /** True when both indexes are the same apart from their names and comments. */
    public boolean sameDefinition(Index other) {
        return parts.equals(other.parts) && unique == other.unique && method.equals(other.method)
                && Objects.equals(predicate, other.predicate) && include.equals(other.include)
                && storage.equals(other.storage) && nullsNotDistinct == other.nullsNotDistinct
                && invisible == other.invisible;
    }

    public Index withName(String newName) {
        return new Index(newName, parts, unique, method, predicate, include, storage, comment, nullsNotDistinct,
                invisible);
    }

    public Index withKeys(List<IndexPart> newParts, List<String> newInclude, String newPredicate) {
        return new Index(name, newParts, unique, method, newPredicate, newInclude, storage, comment,
                nullsNotDistinct, invisible);
    }
}
