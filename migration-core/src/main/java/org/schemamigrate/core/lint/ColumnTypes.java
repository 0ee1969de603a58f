package org.schemamigrate.core.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The column definitions the statements read so far declared (CREATE TABLE, ADD, MODIFY, CHANGE, ALTER ... TYPE),
 * so a later type change can be told apart as a plain varchar widening: {@code varchar(40)} to {@code varchar(60)}
 * keeps every value and rewrites nothing on PostgreSQL, nor on MySQL/MariaDB while the length prefix keeps its
 * size. What it cannot follow (a table converted to another charset, a column altered in a way it does not read)
 * is forgotten, so the linter falls back to reporting. It also remembers which tables were created partitioned
 * (PostgreSQL's {@code PARTITION BY}): their indexes cannot be built CONCURRENTLY.
 */
final class ColumnTypes {
    private static final Pattern COLUMN = Pattern.compile("^(\"[^\"]+\"|`[^`]+`|[^ ]+) ?(.*)$");
    private static final Pattern VARCHAR = Pattern.compile(
            "^(?:VARCHAR|CHARACTER VARYING|NATIONAL VARCHAR|NVARCHAR) ?(?:\\( ?(\\d+) ?\\))?(.*)$");
    private static final Pattern NOT_A_COLUMN = Pattern.compile(
            "^(CONSTRAINT|PRIMARY|KEY|INDEX|UNIQUE|FOREIGN|CHECK|FULLTEXT|SPATIAL|EXCLUDE|LIKE|PERIOD)\\b.*");
    private static final Pattern CHARSET = Pattern.compile("(?:CHARACTER SET|CHARSET) ?=? ?([A-Z0-9_]+)");
    private static final Pattern POSITION = Pattern.compile(" (FIRST|AFTER (\"[^\"]+\"|`[^`]+`|[^ ]+))$");
    private static final Pattern PG_TYPE = Pattern.compile(
            "^ALTER (?:COLUMN )?([^ ]+) (?:SET DATA )?TYPE (.*)$");
    private static final Pattern RENAMED = Pattern.compile("^RENAME (?:TO|AS) (\"[^\"]+\"|`[^`]+`|[^ ]+)$");
    private static final Pattern MODIFY = Pattern.compile("^MODIFY (?:COLUMN )?(\"[^\"]+\"|`[^`]+`|[^ ]+) (.*)$");
    private static final Pattern CHANGE = Pattern.compile(
            "^CHANGE (?:COLUMN )?(\"[^\"]+\"|`[^`]+`|[^ ]+) (\"[^\"]+\"|`[^`]+`|[^ ]+) (.*)$");

    /**
     * A varchar made longer, nothing else changed. {@code bytesPerChar} is the column's or table's charset's
     * maximum when a statement named it, else 0 (unknown: every charset is assumed possible).
     */
    record Widening(int fromLength, int toLength, int bytesPerChar) {
        /** MySQL/MariaDB keep a 1-byte length prefix up to 255 bytes: crossing it copies the table. */
        boolean keepsLengthPrefix() {
            int[] candidates = bytesPerChar > 0 ? new int[] {bytesPerChar} : new int[] {1, 2, 3, 4};
            for (int bytes : candidates) {
                if (fromLength * bytes <= 255 != toLength * bytes <= 255) {
                    return false;
                }
            }
            return true;
        }
    }

    /** table → column → definition after the name (normalised, position clause removed). */
    private final Map<String, Map<String, String>> tables = new HashMap<>();
    private final Map<String, String> tableCharsets = new HashMap<>();
    private final Set<String> partitioned = new HashSet<>();

    ColumnTypes copy() {
        ColumnTypes copy = new ColumnTypes();
        tables.forEach((table, columns) -> copy.tables.put(table, new HashMap<>(columns)));
        copy.tableCharsets.putAll(tableCharsets);
        copy.partitioned.addAll(partitioned);
        return copy;
    }

    /** Learns what one normalised statement declares or changes. */
    void learn(String sql) {
        Matcher create = SqlText.CREATE_TABLE.matcher(sql);
        if (create.find()) {
            String table = SqlText.name(create.group(1));
            String rest = sql.substring(create.end()).strip();
            createTable(table, rest);
            learnPartitioning(table, rest);
            return;
        }
        Matcher alter = SqlText.ALTER_TABLE.matcher(sql);
        if (alter.matches()) {
            String table = SqlText.name(alter.group(1));
            SqlText.topLevelParts(alter.group(2)).forEach(action -> {
                Matcher renamed = RENAMED.matcher(action);
                if (renamed.matches() && partitioned.remove(table)) {
                    partitioned.add(SqlText.name(renamed.group(1)));
                }
                alterAction(table, action);
            });
        } else if (sql.startsWith("DROP TABLE ")) {
            SqlText.topLevelParts(sql.replaceFirst("^DROP TABLE (IF EXISTS )?", "")
                    .replaceFirst(" (CASCADE|RESTRICT)$", "")).forEach(t -> forget(SqlText.name(t.strip())));
        } else if (sql.startsWith("RENAME TABLE ")) {
            // MySQL's RENAME TABLE a TO b, c TO d: each moves what is known of it
            SqlText.topLevelParts(sql.substring("RENAME TABLE ".length())).forEach(pair -> {
                String[] names = pair.strip().split(" TO ");
                String from = SqlText.name(names[0].strip());
                Map<String, String> columns = tables.get(from);
                String charset = tableCharsets.get(from);
                boolean wasPartitioned = partitioned.contains(from);
                forget(from);
                if (names.length == 2) {
                    String to = SqlText.name(names[1].strip());
                    forget(to);
                    if (columns != null) {
                        tables.put(to, columns);
                    }
                    if (charset != null) {
                        tableCharsets.put(to, charset);
                    }
                    if (wasPartitioned) {
                        partitioned.add(to);
                    }
                }
            });
        }
    }

    /** Forgets a dropped table; a qualified name forgets the unqualified one too (which the name may mean). */
    private void forget(String table) {
        for (String name : List.of(table, table.substring(table.lastIndexOf('.') + 1))) {
            tables.remove(name);
            tableCharsets.remove(name);
            partitioned.remove(name);
        }
    }

    /** Whether {@code table} was created partitioned (and not dropped or renamed since). */
    boolean partitioned(String table) {
        return partitioned.contains(table);
    }

    /** {@code rest}: what follows CREATE TABLE's name; a column list's PARTITION BY, or a partition's own. */
    private void learnPartitioning(String table, String rest) {
        int end = rest.startsWith("(") ? SqlText.closingParenthesis(rest) : -1;
        String after = end >= 0 ? rest.substring(end) : rest.startsWith("PARTITION OF ") ? rest : "";
        if (after.contains(" PARTITION BY ")) {
            partitioned.add(table);
        } else {
            partitioned.remove(table);
        }
    }

    /** The widening a type change action makes, or null when it is something else or the old type is unknown. */
    Widening widening(String table, String action) {
        String column;
        String newDefinition;
        Matcher pg = PG_TYPE.matcher(action);
        Matcher modify = MODIFY.matcher(action);
        Matcher change = CHANGE.matcher(action);
        boolean typeOnly = pg.matches();
        if (typeOnly) {
            column = SqlText.name(pg.group(1));
            newDefinition = pg.group(2);
        } else if (modify.matches()) {
            column = SqlText.name(modify.group(1));
            newDefinition = withoutPosition(modify.group(2));
        } else if (change.matches() && SqlText.name(change.group(1)).equals(SqlText.name(change.group(2)))) {
            column = SqlText.name(change.group(1));
            newDefinition = withoutPosition(change.group(3));
        } else {
            return null;
        }
        String old = tables.getOrDefault(table, Map.of()).get(column);
        Matcher from = old == null ? null : VARCHAR.matcher(old);
        Matcher to = VARCHAR.matcher(newDefinition);
        if (from == null || !from.matches() || from.group(1) == null || !to.matches()) {
            return null;
        }
        int fromLength = Integer.parseInt(from.group(1));
        // PostgreSQL: an unbounded varchar is wider still; MySQL needs a length
        int toLength = to.group(1) == null ? (typeOnly ? Integer.MAX_VALUE : -1) : Integer.parseInt(to.group(1));
        // the rest of the definition must stay as it was (PostgreSQL's TYPE clause must have no USING or COLLATE)
        boolean restKept = typeOnly ? to.group(2).isBlank() : to.group(2).strip().equals(from.group(2).strip());
        if (toLength < fromLength || !restKept) {
            return null;
        }
        return new Widening(fromLength, toLength, bytesPerChar(table, to.group(2)));
    }

    private void createTable(String table, String rest) {
        tables.remove(table);
        if (!rest.startsWith("(")) {
            return; // CREATE TABLE ... AS SELECT / LIKE: the columns are not written
        }
        int end = SqlText.closingParenthesis(rest);
        if (end < 0) {
            return;
        }
        Map<String, String> columns = new HashMap<>();
        for (String part : SqlText.topLevelParts(rest.substring(1, end))) {
            Matcher column = COLUMN.matcher(part);
            if (!NOT_A_COLUMN.matcher(part).matches() && column.matches()) {
                columns.put(SqlText.name(column.group(1)), column.group(2));
            }
        }
        tables.put(table, columns);
        Matcher charset = CHARSET.matcher(rest.substring(end));
        if (charset.find()) {
            tableCharsets.put(table, charset.group(1));
        } else {
            tableCharsets.remove(table);
        }
    }

    private void alterAction(String table, String action) {
        Map<String, String> columns = tables.get(table);
        if (columns == null) {
            return;
        }
        Matcher pg = PG_TYPE.matcher(action);
        Matcher modify = MODIFY.matcher(action);
        Matcher change = CHANGE.matcher(action);
        Matcher drop = SqlText.DROP_COLUMN.matcher(action);
        Matcher add = Pattern.compile("^ADD (?:COLUMN )?(?:IF NOT EXISTS )?(.*)$").matcher(action);
        Matcher rename = Pattern.compile("^RENAME (?:COLUMN )?([^ ]+) TO ([^ ]+)$").matcher(action);
        if (pg.matches()) {
            String column = SqlText.name(pg.group(1));
            columns.put(column, pg.group(2) + notNull(columns.get(column)));
        } else if (modify.matches()) {
            columns.put(SqlText.name(modify.group(1)), withoutPosition(modify.group(2)));
        } else if (change.matches()) {
            columns.remove(SqlText.name(change.group(1)));
            columns.put(SqlText.name(change.group(2)), withoutPosition(change.group(3)));
        } else if (rename.matches()) {
            String definition = columns.remove(SqlText.name(rename.group(1)));
            if (definition != null) {
                columns.put(SqlText.name(rename.group(2)), definition);
            }
        } else if (action.matches("^RENAME (TO|AS) .*|^(CONVERT TO|DEFAULT CHARACTER|DEFAULT CHARSET|CHARACTER SET"
                + "|CHARSET|DEFAULT COLLATE|COLLATE)\\b.*")) {
            tables.remove(table);
            tableCharsets.remove(table);
        } else if (drop.find()) {
            columns.remove(SqlText.name(drop.group(1)));
        } else if (add.matches() && !NOT_A_COLUMN.matcher(add.group(1)).matches()) {
            Matcher column = COLUMN.matcher(add.group(1));
            if (column.matches()) {
                columns.put(SqlText.name(column.group(1)), withoutPosition(column.group(2)));
            }
        } else if (action.matches("^ALTER (COLUMN )?[^ ]+ .*")) {
            // SET/DROP DEFAULT or NOT NULL: the definition is no longer the one written; forget it
            columns.remove(SqlText.name(action.split(" ")[action.startsWith("ALTER COLUMN ") ? 2 : 1]));
        }
    }

    private static String notNull(String old) {
        return old != null && old.contains("NOT NULL") ? " NOT NULL" : "";
    }

    private int bytesPerChar(String table, String rest) {
        Matcher column = CHARSET.matcher(rest);
        String charset = column.find() ? column.group(1) : tableCharsets.get(table);
        if (charset == null) {
            return 0;
        }
        return switch (charset.toLowerCase(Locale.ROOT)) {
            case "latin1", "ascii", "binary", "latin2", "cp1250", "cp1251", "cp1252" -> 1;
            case "ucs2" -> 2;
            case "utf8", "utf8mb3" -> 3;
            case "utf8mb4", "utf16", "utf32" -> 4;
            default -> 0;
        };
    }

    private static String withoutPosition(String definition) {
        return POSITION.matcher(definition).replaceFirst("");
    }
}
