package org.schemamigrate.diff.change;

/** What differs in an altered column; an {@link SchemaChange.AlterColumn} carries a set of these. */
public enum ColumnChange {
    TYPE, COLLATION, NULLABILITY, DEFAULT, IDENTITY, COMMENT, ON_UPDATE,
    /** The column moves to another place in its table (MySQL family only; {@code AlterColumn.after}). */
    POSITION
}
