package org.schemamigrate.diff.inspect.mysql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemamigrate.diff.model.Check;

/**
 * The options of a secondary key that only {@code SHOW CREATE TABLE} prints: an explicit {@code USING BTREE} (or
 * {@code USING HASH}, which InnoDB keeps in the definition while it builds a B-tree) and the key's own
 * {@code KEY_BLOCK_SIZE}. information_schema shows neither, so these are parsed from the table's text
 * ({@link MySqlShowCreate}).
 */
final class MySqlKeyOptions {
    private static final Pattern KEY_LINE = Pattern.compile(
            "^(?:(?:UNIQUE |FULLTEXT |SPATIAL )?KEY `((?:[^`]|``)+)` |PRIMARY KEY )");
    private static final Pattern OPTIONS = Pattern.compile("^((?: USING [A-Z]+| KEY_BLOCK_SIZE=\\d+)*)");

    private MySqlKeyOptions() {
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
                String name = key.group(1) == null ? "PRIMARY" : key.group(1).replace("``", "`");
                keys.put(name, List.of(clauses.group(1).strip().split(" (?=USING|KEY_)")));
            }
        }
        return keys;
    }

    /**
     * Table-level checks in the order the text prints them (the order they were created, which
     * {@code SHOW CREATE TABLE} keeps); column-level checks, printed on their column, keep their place first.
     */
    static List<Check> inTextOrder(List<Check> checks, String createTable) {
        List<Check> ordered = new ArrayList<>(checks);
        ordered.sort(java.util.Comparator.comparingInt(c -> c.column() != null ? -1
                : createTable.indexOf("CONSTRAINT `" + c.name().replace("`", "``") + "` CHECK")));
        return ordered;
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
