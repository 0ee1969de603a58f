package org.schemamigrate.diff.model;

import java.util.List;
import java.util.Objects;

/**
 * A column's type as the catalog names it: {@code name} is the canonical type name ("character varying",
 * "timestamp with time zone", "bigint") or, when {@code userDefined}, the raw name of an enum or domain.
 * Modifiers are null when the type has none. {@code unsigned} and {@code values} (the labels of an inline
 * {@code enum}/{@code set}) are MySQL's, as is {@code zerofill} (numeric columns padded with zeros on display,
 * always unsigned); they stay false and empty elsewhere.
 */
public record ColumnType(String name, Integer length, Integer precision, Integer scale, boolean array,
                         boolean userDefined, boolean unsigned, List<String> values, boolean zerofill) {

    public ColumnType {
        Objects.requireNonNull(name, "name");
        values = values == null ? List.of() : List.copyOf(values);
    }

    public ColumnType(String name, Integer length, Integer precision, Integer scale, boolean array,
                      boolean userDefined, boolean unsigned, List<String> values) {
        this(name, length, precision, scale, array, userDefined, unsigned, values, false);
    }

    public ColumnType(String name, Integer length, Integer precision, Integer scale, boolean array,
                      boolean userDefined) {
        this(name, length, precision, scale, array, userDefined, false, List.of());
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
        return new ColumnType(newName, length, precision, scale, array, userDefined, unsigned, values, zerofill);
    }

    public ColumnType withPrecision(Integer newPrecision) {
        return new ColumnType(name, length, newPrecision, scale, array, userDefined, unsigned, values, zerofill);
    }

    public ColumnType asArray() {
        return new ColumnType(name, length, precision, scale, true, userDefined, unsigned, values, zerofill);
    }

    public ColumnType asUnsigned() {
        return new ColumnType(name, length, precision, scale, array, userDefined, true, values, zerofill);
    }

    /** MySQL's {@code ZEROFILL} (which implies unsigned). */
    public ColumnType asZerofill() {
        return new ColumnType(name, length, precision, scale, array, userDefined, true, values, true);
    }

    /** MySQL's inline {@code enum('A','B')} or {@code set(...)}. */
    public static ColumnType withValues(String name, List<String> values) {
        return new ColumnType(name, null, null, null, false, false, false, values);
    }

    /** A readable spelling for messages; planners render their own SQL. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(name);
        if (!values.isEmpty()) {
            text.append('(').append(String.join(",", values.stream().map(v -> "'" + v + "'").toList())).append(')');
        } else if (length != null) {
            text.append('(').append(length).append(')');
        } else if (precision != null) {
            text.append('(').append(precision).append(scale != null ? "," + scale : "").append(')');
        }
        if (unsigned) {
            text.append(" unsigned");
        }
        if (zerofill) {
            text.append(" zerofill");
        }
        return array ? text.append("[]").toString() : text.toString();
    }
}
