package org.schemamigrate.diff.model;

import java.util.Objects;

/**
 * A column's type as the catalog names it: {@code name} is the canonical type name ("character varying",
 * "timestamp with time zone", "bigint") or, when {@code userDefined}, the raw name of an enum or domain.
 * Modifiers are null when the type has none.
 */
public record ColumnType(String name, Integer length, Integer precision, Integer scale, boolean array,
                         boolean userDefined) {

    public ColumnType {
        Objects.requireNonNull(name, "name");
    }

    public static ColumnType of(String name) {
        return new ColumnType(name, null, null, null, false, false);
    }

    public static ColumnType varchar(int length) {
        return new ColumnType("character varying", length, null, null, false, false);
    }

    public static ColumnType numeric(int precision, int scale) {
        return new ColumnType("numeric", null, precision, scale, false, false);
    }

    public static ColumnType userDefined(String name) {
        return new ColumnType(name, null, null, null, false, true);
    }

    public ColumnType withName(String newName) {
        return new ColumnType(newName, length, precision, scale, array, userDefined);
    }

    public ColumnType withPrecision(Integer newPrecision) {
        return new ColumnType(name, length, newPrecision, scale, array, userDefined);
    }

    public ColumnType asArray() {
        return new ColumnType(name, length, precision, scale, true, userDefined);
    }

    /** A readable spelling for messages; planners render their own SQL. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(name);
        if (length != null) {
            text.append('(').append(length).append(')');
        } else if (precision != null) {
            text.append('(').append(precision).append(scale != null ? "," + scale : "").append(')');
        }
        return array ? text.append("[]").toString() : text.toString();
    }
}
