package org.schemamigrate.diff.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.Table;

/**
 * Drop + add pairs that may be renames: in one table, a column dropped and another of a compatible type (same
 * family: text, integer, decimal, floating point, date/time, binary, json, ...) added; or a table dropped and
 * another created with the same column names and types. Each hint says how to plan the rename instead
 * ({@code -Dmigration.renames}). Only a hint: the differ never guesses a rename by itself.
 */
public final class RenameHints {

    private static final Map<String, String> FAMILIES = families();

    private RenameHints() {
    }

    /** One sentence per possible rename in {@code changes} (a diff's result), in the changes' order. */
    public static List<String> find(List<SchemaChange> changes) {
        List<String> hints = new ArrayList<>();
        List<SchemaChange.DropColumn> dropped = changes.stream()
                .filter(SchemaChange.DropColumn.class::isInstance).map(SchemaChange.DropColumn.class::cast).toList();
        List<SchemaChange.AddColumn> added = changes.stream()
                .filter(SchemaChange.AddColumn.class::isInstance).map(SchemaChange.AddColumn.class::cast).toList();
        for (SchemaChange.DropColumn drop : dropped) {
            for (SchemaChange.AddColumn add : added) {
                if (add.table().equals(drop.table()) && !add.column().name().equals(drop.column().name())
                        && compatible(drop.column().type(), add.column().type())) {
                    String table = drop.table();
                    hints.add(table + "." + drop.column().name() + " was dropped and " + table + "."
                            + add.column().name() + " (" + add.column().type() + ") added: if this is a rename, run"
                            + " again with -D" + Renames.SETTING + "=" + table + "." + drop.column().name() + ":"
                            + add.column().name() + " to plan RENAME COLUMN and keep the data.");
                }
            }
        }
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.DropTable drop) {
                for (SchemaChange other : changes) {
                    if (other instanceof SchemaChange.CreateTable create
                            && sameColumns(drop.dropped(), create.definition())) {
                        hints.add("Table " + drop.table() + " was dropped and " + create.table() + " created with"
                                + " the same columns: if this is a rename, run again with -D" + Renames.SETTING + "="
                                + drop.table() + ":" + create.table() + " to plan RENAME TABLE and keep the data.");
                    }
                }
            }
        }
        return hints;
    }

    private static boolean sameColumns(Table a, Table b) {
        return columnTypes(a).equals(columnTypes(b));
    }

    private static Set<String> columnTypes(Table table) {
        return table.columns().stream().map(c -> c.name() + " " + c.type()).collect(Collectors.toSet());
    }

    /** Same family of types; user-defined types (enums, domains) only with themselves. */
    static boolean compatible(ColumnType a, ColumnType b) {
        if (a.array() != b.array() || a.userDefined() || b.userDefined()) {
            return a.equals(b);
        }
        return Objects.equals(family(a), family(b));
    }

    private static String family(ColumnType type) {
        String name = type.name().toLowerCase(Locale.ROOT);
        return FAMILIES.getOrDefault(name, name);
    }

    private static Map<String, String> families() {
        Map<String, List<String>> families = Map.of(
                "text", List.of("character varying", "varchar", "character", "char", "text", "tinytext",
                        "mediumtext", "longtext", "citext", "nvarchar", "nchar"),
                "integer", List.of("smallint", "integer", "int", "bigint", "tinyint", "mediumint"),
                "decimal", List.of("numeric", "decimal"),
                "float", List.of("real", "double precision", "double", "float"),
                "timestamp", List.of("timestamp without time zone", "timestamp with time zone", "timestamp",
                        "datetime"),
                "time", List.of("time without time zone", "time with time zone", "time"),
                "binary", List.of("bytea", "binary", "varbinary", "blob", "tinyblob", "mediumblob", "longblob"),
                "json", List.of("json", "jsonb"),
                "boolean", List.of("boolean", "bit"));
        return families.entrySet().stream().flatMap(f -> f.getValue().stream().map(n -> Map.entry(n, f.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
