package org.schemamigrate.diff.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;

/**
 * Renames the user asks for ({@code -Dmigration.renames}), so that the differ plans RENAME instead of drop + add
 * and the data stays. The setting is a comma-separated list: {@code old:new} renames a table,
 * {@code table.old:new} a column of {@code table}. A column entry may name its table by its current or, when the
 * table is renamed too, by its new name; internally column entries always hold the current name.
 * Names are matched exactly (as the catalog stores them: lower case on PostgreSQL for unquoted names).
 */
public final class Renames {
    static final String SETTING = "migration.renames";
    private static final Renames NONE = new Renames(List.of(), List.of());

    /** A table renamed from {@code from} to {@code to}. */
    public record TableRename(String from, String to) {
    }

    /** A column of {@code table} (its current name) renamed from {@code from} to {@code to}. */
    public record ColumnRename(String table, String from, String to) {
    }

    private final List<TableRename> tables;
    private final List<ColumnRename> columns;

    private Renames(List<TableRename> tables, List<ColumnRename> columns) {
        this.tables = tables.stream().sorted(Comparator.comparing(TableRename::from)).toList();
        this.columns = columns.stream().sorted(Comparator.comparing(ColumnRename::table)
                .thenComparing(ColumnRename::from)).toList();
    }

    public static Renames none() {
        return NONE;
    }

    /** Parses the setting; null or blank means no renames. Malformed or duplicate entries fail naming the entry. */
    public static Renames parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return NONE;
        }
        List<TableRename> tables = new ArrayList<>();
        List<String[]> columnEntries = new ArrayList<>();
        for (String raw : setting.split(",")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            String[] sides = entry.split(":", -1);
            String[] source = sides[0].split("\\.", -1);
            boolean wellFormed = sides.length == 2 && source.length <= 2 && !sides[1].contains(".")
                    && !sides[1].isBlank() && List.of(source).stream().noneMatch(String::isBlank);
            if (!wellFormed) {
                throw error("'" + entry + "' is not a rename: write old:new for a table or table.old:new for a"
                        + " column, entries separated by commas (e.g. -D" + SETTING + "=book:title,title.isbn:isbn13).");
            }
            String target = sides[1].strip();
            String from = source[source.length - 1].strip();
            if (from.equals(target)) {
                throw error("'" + entry + "' renames " + from + " to its own name.");
            }
            if (source.length == 1) {
                tables.add(new TableRename(from, target));
            } else {
                columnEntries.add(new String[] {source[0].strip(), from, target, entry});
            }
        }
        requireUnique(tables.stream().map(t -> new String[] {t.from(), t.to(), t.from() + ":" + t.to()}).toList(),
                "table");
        Map<String, String> currentNameOf = new HashMap<>();
        tables.forEach(t -> currentNameOf.put(t.to(), t.from()));
        List<ColumnRename> columns = new ArrayList<>();
        for (String[] entry : columnEntries) {
            columns.add(new ColumnRename(currentNameOf.getOrDefault(entry[0], entry[0]), entry[1], entry[2]));
        }
        requireUnique(columns.stream().map(c -> new String[] {c.table() + "." + c.from(), c.table() + "." + c.to(),
                c.table() + "." + c.from() + ":" + c.to()}).toList(), "column");
        return new Renames(tables, columns);
    }

    /** Renames built elsewhere (the desired script's annotations merged in); columns name their current table. */
    static Renames of(List<TableRename> tables, List<ColumnRename> columns) {
        requireUnique(tables.stream().map(t -> new String[] {t.from(), t.to(), t.from() + ":" + t.to()}).toList(),
                "table");
        requireUnique(columns.stream().map(c -> new String[] {c.table() + "." + c.from(), c.table() + "." + c.to(),
                c.table() + "." + c.from() + ":" + c.to()}).toList(), "column");
        return new Renames(tables, columns);
    }

    /** Each source and each target at most once: {from, to, entry as written} per rename. */
    private static void requireUnique(List<String[]> renames, String what) {
        Map<String, String> sources = new HashMap<>();
        Map<String, String> targets = new HashMap<>();
        for (String[] rename : renames) {
            String before = sources.put(rename[0], rename[2]);
            if (before != null) {
                throw error("the " + what + " " + rename[0] + " is renamed twice ('" + before + "' and '" + rename[2]
                        + "'); give it one new name.");
            }
            before = targets.put(rename[1], rename[2]);
            if (before != null) {
                throw error("'" + before + "' and '" + rename[2] + "' both rename to " + rename[1]
                        + "; each new name can be given once.");
            }
        }
    }

    static MigrationException error(String message) {
        return new MigrationException(CoreErrorCode.CONFIGURATION, SETTING + ": " + message);
    }

    public boolean isEmpty() {
        return tables.isEmpty() && columns.isEmpty();
    }

    public List<TableRename> tables() {
        return tables;
    }

    public List<ColumnRename> columns() {
        return columns;
    }

    /** The new name of a table (its current name when it is not renamed). */
    public String newTableName(String table) {
        return tables.stream().filter(t -> t.from().equals(table)).map(TableRename::to).findFirst().orElse(table);
    }

    /** The renames that undo these: for the down diff, whose current schema is the desired one. */
    public Renames inverse() {
        return new Renames(tables.stream().map(t -> new TableRename(t.to(), t.from())).toList(),
                columns.stream().map(c -> new ColumnRename(newTableName(c.table()), c.to(), c.from())).toList());
    }

    /** The setting that gives these renames back. */
    @Override
    public String toString() {
        List<String> entries = new ArrayList<>();
        tables.forEach(t -> entries.add(t.from() + ":" + t.to()));
        columns.forEach(c -> entries.add(c.table() + "." + c.from() + ":" + c.to()));
        return String.join(",", entries);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Renames r && tables.equals(r.tables) && columns.equals(r.columns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tables, columns);
    }
}
