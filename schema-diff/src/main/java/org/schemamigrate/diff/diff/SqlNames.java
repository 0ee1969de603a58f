package org.schemamigrate.diff.diff;

/**
 * Replaces a name inside SQL as a catalog prints it (checks, defaults, index expressions), the way the database
 * itself rewrites them on a rename: whole identifiers only, bare or quoted ({@code "x"}, {@code `x`}), never inside
 * string literals and never a type name after {@code ::}.
 */
final class SqlNames {

    private SqlNames() {
    }

    static String replaceIdentifier(String sql, String from, String to) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = closing(sql, i, c);
                String token = sql.substring(i, end);
                boolean renamed = c != '\'' && token.substring(1, token.length() - 1).equals(from);
                out.append(renamed ? c + to + c : token);
                i = end;
            } else if (isWordChar(c)) {
                int end = i;
                while (end < sql.length() && isWordChar(sql.charAt(end))) {
                    end++;
                }
                String word = sql.substring(i, end);
                boolean typeName = i >= 2 && sql.startsWith("::", i - 2);
                boolean partOfNumber = Character.isDigit(c);
                out.append(word.equals(from) && !typeName && !partOfNumber ? to : word);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index after the quote that closes the one at {@code start}; a doubled quote is an escaped one. */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
