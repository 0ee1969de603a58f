package org.schemamigrate.core.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A statement reduced to what the rules look at: comments removed, whitespace collapsed, keywords upper-cased.
 * Quoted text (strings and quoted identifiers) is kept as written, so a string never looks like a keyword.
 * Shared by the linter and the runner's safety checks ({@code core.safety}), so both read a statement alike.
 */
public final class SqlText {
    /** ALTER TABLE: group 1 the table, group 2 the actions (split them with {@link #topLevelParts}). */
    public static final Pattern ALTER_TABLE = Pattern.compile(
            "^ALTER TABLE (?:IF EXISTS )?(?:ONLY )?(\"[^\"]+\"|`[^`]+`|[^ ]+) (.*)$");
    /** CREATE TABLE: group 1 the table. */
    public static final Pattern CREATE_TABLE = Pattern.compile(
            "^CREATE (?:TEMPORARY |UNLOGGED )?TABLE (?:IF NOT EXISTS )?(\"[^\"]+\"|`[^`]+`|[^ (]+)");
    /** CREATE INDEX: group 1 UNIQUE, group 2 CONCURRENTLY, group 3 the table. */
    public static final Pattern CREATE_INDEX = Pattern.compile(
            "^CREATE (UNIQUE )?INDEX (CONCURRENTLY )?.*? ON (?:ONLY )?(\"[^\"]+\"|`[^`]+`|[^ (]+)");
    /** One action of an ALTER TABLE that drops a column: group 1 the column. */
    public static final Pattern DROP_COLUMN = Pattern.compile(
            "^DROP (?:COLUMN )?(?:IF EXISTS )?(?!CONSTRAINT|INDEX|KEY|PRIMARY|FOREIGN|CHECK|PARTITION|DEFAULT|NOT "
                    + "|IDENTITY|EXPRESSION)(\"[^\"]+\"|`[^`]+`|[^ ]+)");

    private SqlText() {
    }

    public static String normalise(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-' || c == '#') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
                space(out);
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                space(out);
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = i + 1;
                while (end < n && !(sql.charAt(end) == c && (end + 1 >= n || sql.charAt(end + 1) != c))) {
                    end += sql.charAt(end) == c ? 2 : 1;
                }
                out.append(sql, i, Math.min(n, end + 1));
                i = end + 1;
            } else if (Character.isWhitespace(c)) {
                space(out);
                i++;
            } else {
                out.append(Character.toUpperCase(c));
                i++;
            }
        }
        return out.toString().strip();
    }

    private static void space(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    /** Splits at commas outside parentheses and quotes: the actions of an ALTER TABLE. */
    public static List<String> topLevelParts(String text) {
        List<String> parts = new ArrayList<>();
        int[] start = {0};
        scan(text, (i, c, depth) -> {
            if (c == ',' && depth == 0) {
                parts.add(text.substring(start[0], i).strip());
                start[0] = i + 1;
            }
            return false;
        });
        parts.add(text.substring(start[0]).strip());
        return parts;
    }

    /** The index of the parenthesis that closes the first one of {@code text} (quotes skipped), or -1. */
    public static int closingParenthesis(String text) {
        return scan(text, (i, c, depth) -> c == ')' && depth == 0);
    }

    private interface Stop {
        /** Whether to stop at character {@code c} at index {@code i}, with {@code depth} the nesting after it. */
        boolean at(int i, char c, int depth);
    }

    /** Walks {@code text} outside quotes, counting parentheses; the index where {@code stop} said so, or -1. */
    private static int scan(String text, Stop stop) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (stop.at(i, c, depth)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The name as written, without quotes, lower-cased when it was not quoted. */
    public static String name(String token) {
        if (token.length() > 1 && (token.startsWith("\"") || token.startsWith("`"))) {
            return token.substring(1, token.length() - 1);
        }
        return token.toLowerCase(Locale.ROOT);
    }
}
