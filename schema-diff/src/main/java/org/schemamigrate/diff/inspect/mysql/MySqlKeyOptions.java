package org.schemamigrate.diff.inspect.mysql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * The options of a secondary key that only {@code SHOW CREATE TABLE} prints: an explicit {@code USING BTREE} (or
 * {@code USING HASH}, which InnoDB keeps in the definition while it builds a B-tree) and the key's own
 * {@code KEY_BLOCK_SIZE}. information_schema shows neither, so these are read per table that has secondary keys,
 * one round trip each (the server has no bulk form of SHOW CREATE).
 */
final class MySqlKeyOptions {
    private static final Pattern KEY_LINE = Pattern.compile("^(?:UNIQUE |FULLTEXT |SPATIAL )?KEY `((?:[^`]|``)+)` ");
    private static final Pattern OPTIONS = Pattern.compile("^((?: USING [A-Z]+| KEY_BLOCK_SIZE=\\d+)*)");

    private MySqlKeyOptions() {
    }

    /** Per table, per key name: its options as the server prints them (USING BTREE, KEY_BLOCK_SIZE=8). */
    static Map<String, Map<String, List<String>>> read(Connection connection, String schema,
                                                       Collection<String> tables) throws SQLException {
        Map<String, Map<String, List<String>>> options = new HashMap<>();
        try (Statement s = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SHOW CREATE TABLE " + DatabaseKind.MYSQL.quote(schema) + "."
                        + DatabaseKind.MYSQL.quote(table))) {
                    if (rs.next()) {
                        options.put(table, parse(rs.getString(2)));
                    }
                }
            }
        }
        return options;
    }

    /** The keys of one CREATE TABLE text that have options, by name. */
    static Map<String, List<String>> parse(String createTable) {
        Map<String, List<String>> keys = new HashMap<>();
        for (String line : createTable.split("\n")) {
            String text = line.strip();
            Matcher key = KEY_LINE.matcher(text);
            if (!key.find()) {
                continue;
            }
            int end = closingParenthesis(text, key.end());
            if (end < 0) {
                continue;
            }
            Matcher clauses = OPTIONS.matcher(text.substring(end + 1));
            if (clauses.find() && !clauses.group(1).isEmpty()) {
                keys.put(key.group(1).replace("``", "`"), List.of(clauses.group(1).strip().split(" (?=USING|KEY_)")));
            }
        }
        return keys;
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping quoted names and strings. */
    private static int closingParenthesis(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '\'') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '`' || c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The options to keep in the model: {@code USING HASH} of a key information_schema already calls a hash. */
    static List<String> kept(List<String> options, String method) {
        List<String> kept = new ArrayList<>(options);
        kept.removeIf(o -> o.equals("USING " + method.toUpperCase(java.util.Locale.ROOT)) && !method.equals("btree"));
        return kept;
    }
}
