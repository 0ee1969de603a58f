package org.schemamigrate.diff.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * A SQL script line by line, each split into its code (comments removed, string literals emptied, quoted
 * identifiers kept) and the text of the comments on it. Strings, quoted identifiers, dollar quotes and block
 * comments may span lines.
 */
final class ScriptLines {

    record Line(String code, String comments) {
    }

    private ScriptLines() {
    }

    /** @param mysql {@code #} starts a comment (MySQL/MariaDB); otherwise {@code $tag$} quotes (PostgreSQL) */
    static List<Line> split(String sql, boolean mysql) {
        List<Line> lines = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        StringBuilder comments = new StringBuilder();
        // what we are inside: 0 code, '-' line comment, '*' block comment, or the closing quote / dollar tag
        String inside = "";
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\n') {
                lines.add(new Line(code.toString(), comments.toString()));
                code.setLength(0);
                comments.setLength(0);
                if (inside.equals("-")) {
                    inside = "";
                }
                i++;
            } else if (inside.equals("-") || inside.equals("*")) {
                if (inside.equals("*") && sql.startsWith("*/", i)) {
                    inside = "";
                    comments.append(' ');
                    i += 2;
                } else {
                    comments.append(c);
                    i++;
                }
            } else if (!inside.isEmpty()) {
                boolean identifier = inside.equals("\"") || inside.equals("`");
                if (mysql && c == '\\' && inside.equals("'") && i + 1 < sql.length()
                        && sql.charAt(i + 1) != '\n') {
                    i += 2; // MySQL's backslash escape inside a string
                } else if (sql.startsWith(inside, i)) {
                    if (sql.startsWith(inside + inside, i) && inside.length() == 1) {
                        // a doubled quote stands for itself
                        if (identifier) {
                            code.append(inside).append(inside);
                        }
                        i += 2;
                        continue;
                    }
                    code.append(inside);
                    i += inside.length();
                    inside = "";
                } else {
                    if (identifier) {
                        code.append(c);
                    }
                    i++;
                }
            } else if (sql.startsWith("--", i) || (mysql && c == '#')) {
                inside = "-";
                i += c == '#' ? 1 : 2;
            } else if (sql.startsWith("/*", i)) {
                inside = "*";
                code.append(' ');
                i += 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                inside = String.valueOf(c);
                code.append(c);
                i++;
            } else if (!mysql && c == '$' && dollarTag(sql, i) != null) {
                inside = dollarTag(sql, i);
                code.append(inside);
                i += inside.length();
            } else {
                code.append(c);
                i++;
            }
        }
        lines.add(new Line(code.toString(), comments.toString()));
        return lines;
    }

    /** {@code $$} or {@code $tag$} starting at {@code i}, or null. */
    private static String dollarTag(String sql, int i) {
        if (i > 0 && (Character.isLetterOrDigit(sql.charAt(i - 1)) || sql.charAt(i - 1) == '_')) {
            return null;
        }
        int end = i + 1;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
            end++;
        }
        if (end < sql.length() && sql.charAt(end) == '$' && (end == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) {
            return sql.substring(i, end + 1);
        }
        return null;
    }
}
