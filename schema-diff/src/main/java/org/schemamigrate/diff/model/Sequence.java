package org.schemamigrate.diff.model;

import java.util.Objects;

/**
 * A stand-alone sequence (identity sequences belong to their column). {@code ownedByTable}/{@code ownedByColumn}
 * are null unless the sequence is OWNED BY a column, as serial columns' sequences are; {@code comment} may be null.
 */
public record Sequence(String name, String dataType, long start, long increment, long minValue, long maxValue,
                       long cache, boolean cycle, String ownedByTable, String ownedByColumn, String comment) {

    public Sequence(String name, String dataType, long start, long increment, long minValue, long maxValue,
                    long cache, boolean cycle, String ownedByTable, String ownedByColumn) {
        this(name, dataType, start, increment, minValue, maxValue, cache, cycle, ownedByTable, ownedByColumn, null);
    }

    public Sequence {
        Objects.requireNonNull(name, "name");
        dataType = dataType == null ? "bigint" : dataType;
    }

    /** What {@code create sequence name start with s increment by i} creates (Hibernate's form). */
    public static Sequence of(String name, long start, long increment) {
        boolean ascending = increment > 0;
        return new Sequence(name, "bigint", start, increment, ascending ? 1 : Long.MIN_VALUE,
                ascending ? Long.MAX_VALUE : -1, 1, false, null, null);
    }

    public Sequence withOwner(String table, String column) {
        return new Sequence(name, dataType, start, increment, minValue, maxValue, cache, cycle, table, column,
                comment);
    }

    public Sequence withName(String newName) {
        return new Sequence(newName, dataType, start, increment, minValue, maxValue, cache, cycle, ownedByTable,
                ownedByColumn, comment);
    }

    public Sequence withComment(String newComment) {
        return new Sequence(name, dataType, start, increment, minValue, maxValue, cache, cycle, ownedByTable,
                ownedByColumn, newComment);
    }

    public boolean ownedBy(String table) {
        return table.equals(ownedByTable);
    }
}
