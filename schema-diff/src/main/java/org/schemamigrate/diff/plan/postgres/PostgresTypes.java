package org.schemamigrate.diff.plan.postgres;

import java.util.List;
import java.util.Set;
import org.schemamigrate.diff.model.ColumnType;

/** PostgreSQL type spelling for plans, and which type changes need a USING cast or can lose data. */
final class PostgresTypes {

    private static final Set<String> NUMERIC = Set.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision");
    private static final Set<String> STRING = Set.of("character varying", "text", "character");
    private static final Set<String> DATETIME = Set.of("date", "timestamp without time zone",
            "timestamp with time zone");
    private static final List<String> INTEGER_WIDTHS = List.of("smallint", "integer", "bigint");

    private PostgresTypes() {
    }

    static String sql(ColumnType type) {
        String base = type.userDefined() ? PostgresIdentifiers.quote(type.name()) : builtIn(type);
        return type.array() ? base + "[]" : base;
    }

    private static String builtIn(ColumnType type) {
        String name = type.name();
        return switch (name) {
            case "character varying" -> "varchar" + modifier(type.length());
            case "character" -> "char" + modifier(type.length());
            case "timestamp without time zone" -> "timestamp" + modifier(type.precision());
            case "timestamp with time zone" -> "timestamp" + modifier(type.precision()) + " with time zone";
            case "time without time zone" -> "time" + modifier(type.precision());
            case "time with time zone" -> "time" + modifier(type.precision()) + " with time zone";
            default -> {
                if (type.length() != null) {
                    yield name + modifier(type.length());
                }
                if (type.precision() != null) {
                    yield name + "(" + type.precision() + (type.scale() != null ? "," + type.scale() : "") + ")";
                }
                yield name;
            }
        };
    }

    private static String modifier(Integer value) {
        return value == null ? "" : "(" + value + ")";
    }

    /** PostgreSQL converts with an assignment cast unless told otherwise; these pairs have none. */
    static boolean needsUsing(ColumnType from, ColumnType to) {
        if (from.array() != to.array()) {
            return true;
        }
        if (from.name().equals(to.name()) && from.userDefined() == to.userDefined()) {
            return false;
        }
        if (to.userDefined() || from.userDefined()) {
            return !(from.userDefined() && !to.userDefined() && STRING.contains(to.name()));
        }
        if (STRING.contains(to.name())) {
            return false;
        }
        return !(NUMERIC.contains(from.name()) && NUMERIC.contains(to.name()))
                && !(DATETIME.contains(from.name()) && DATETIME.contains(to.name()));
    }

    /** The USING expression: via text when leaving an enum, since enums cast only to and from text. */
    static String usingCast(String column, ColumnType from, ColumnType to) {
        String quoted = PostgresIdentifiers.quote(column);
        return (from.userDefined() ? quoted + "::text" + (from.array() ? "[]" : "") : quoted) + "::" + sql(to);
    }

    /** True for changes that keep every value: wider integers, longer strings, strings to text, more digits. */
    static boolean widens(ColumnType from, ColumnType to) {
        if (from.array() != to.array()) {
            return false;
        }
        if (INTEGER_WIDTHS.contains(from.name()) && INTEGER_WIDTHS.contains(to.name())) {
            return INTEGER_WIDTHS.indexOf(to.name()) >= INTEGER_WIDTHS.indexOf(from.name());
        }
        if (INTEGER_WIDTHS.contains(from.name()) && to.name().equals("numeric")) {
            int digits = List.of(5, 10, 19).get(INTEGER_WIDTHS.indexOf(from.name()));
            return to.precision() == null || to.precision() - nz(to.scale()) >= digits;
        }
        if (STRING.contains(from.name()) && to.name().equals("text")) {
            return true;
        }
        if (from.name().equals(to.name())) {
            return switch (from.name()) {
                case "character varying", "bit varying" -> to.length() == null
                        || (from.length() != null && to.length() >= from.length());
                case "numeric" -> to.precision() == null || (from.precision() != null
                        && to.precision() - nz(to.scale()) >= from.precision() - nz(from.scale())
                        && nz(to.scale()) >= nz(from.scale()));
                default -> to.precision() == null || (from.precision() != null && to.precision() >= from.precision());
            };
        }
        return from.name().equals("timestamp without time zone") && to.name().equals("timestamp with time zone");
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}
