package org.schemamigrate.core.internal.sql;

import java.util.List;
import org.schemamigrate.core.SqlStatement;

/**
 * Splits MySQL and MariaDB scripts the way the {@code mysql} client does: a delimiter ({@code ;} unless changed by a
 * {@code DELIMITER} line) ends a statement unless it sits in a string, a backtick identifier or a comment.
 * Conditional comments ({@code /*!…} and {@code /*M!…}) are SQL to the server, so they stay in the statement text.
 * Without a {@code DELIMITER} line, a stored program's {@code BEGIN … END} body keeps its {@code ;}s, as Flyway
 * splits it ({@link MySqlCompoundBlocks}).
 */
public final class MySqlScriptSplitter implements ScriptSplitter {

    private static final String DELIMITER = "DELIMITER";

    @Override
    public List<SqlStatement> split(String script, String sourceName) {
        return new Scan(script, sourceName).run();
    }

    /** A character of an unquoted MySQL identifier, keyword or number. */
    static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$'
                || c > 127 && !ScriptCursor.isSpace(c);
    }

    private static final class Scan {
        private final String s;
        private final int n;
        private final ScriptCursor cursor;
        private String delimiter = ";";
        private char delimiterFirst = ';';
        private final MySqlCompoundBlocks blocks;

        Scan(String script, String sourceName) {
            this.s = script;
            this.n = script.length();
            this.cursor = new ScriptCursor(script, sourceName);
            this.blocks = new MySqlCompoundBlocks(script);
        }

        List<SqlStatement> run() {
            boolean lineStart = true;
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\n' || c == '\r') {
                    lineStart = true;
                    i++;
                    continue;
                }
                if (ScriptCursor.isSpace(c)) {
                    i++;
                    continue;
                }
                boolean firstOnLine = lineStart;
                lineStart = false;
                // Like the mysql client, DELIMITER is a command only where a statement could begin; elsewhere it may
                // be a column name.
                if (firstOnLine && !cursor.inStatement() && isDelimiterCommand(i)) {
                    i = delimiterCommand(i);
                } else if (c == delimiterFirst && s.startsWith(delimiter, i)
                        && !(blocks.open() && ";".equals(delimiter))) {
                    cursor.end(i);
                    blocks.reset();
                    i += delimiter.length();
                } else if (c == '#') {
                    i = ScriptCursor.endOfLine(s, i + 1);
                } else if (c == '-' && at(i + 1) == '-' && (i + 2 >= n || ScriptCursor.isSpace(s.charAt(i + 2)))) {
                    // "--" starts a comment only when followed by whitespace: "x--1" is x minus minus one.
                    i = ScriptCursor.endOfLine(s, i + 2);
                } else if (c == '/' && at(i + 1) == '*') {
                    boolean executable = at(i + 2) == '!' || (at(i + 2) == 'M' && at(i + 3) == '!');
                    if (executable) {
                        cursor.start(i);
                    }
                    i = skipBlockComment(i, executable);
                } else {
                    cursor.start(i);
                    i = switch (c) {
                        case '\'', '"' -> skipString(i, c);
                        case '`' -> skipBacktickIdentifier(i);
                        default -> isWordChar(c) ? word(i) : punctuation(i, c);
                    };
                }
            }
            return cursor.finish();
        }

        private int word(int from) {
            int end = from + 1;
            // a delimiter such as $$ ends a word, as in the mysql client
            while (end < n && isWordChar(s.charAt(end)) && !(s.charAt(end) == delimiterFirst
                    && s.startsWith(delimiter, end))) {
                end++;
            }
            blocks.word(from, end);
            return end;
        }

        private int punctuation(int i, char c) {
            blocks.punctuation(c, at(i + 1));
            return i + 1;
        }

        private boolean isDelimiterCommand(int i) {
            int end = i + DELIMITER.length();
            return s.regionMatches(true, i, DELIMITER, 0, DELIMITER.length())
                    && (end >= n || ScriptCursor.isSpace(s.charAt(end)));
        }

        /** Reads "DELIMITER xx", switches to xx and returns the end of the line; the rest of the line is ignored. */
        private int delimiterCommand(int i) {
            int eol = ScriptCursor.endOfLine(s, i);
            int from = i + DELIMITER.length();
            while (from < eol && ScriptCursor.isSpace(s.charAt(from))) {
                from++;
            }
            int to = from;
            while (to < eol && !ScriptCursor.isSpace(s.charAt(to))) {
                to++;
            }
            String next = s.substring(from, to);
            if (next.isEmpty()) {
                throw cursor.invalid(i, "DELIMITER needs the new delimiter after it, e.g. DELIMITER // before"
                        + " a procedure body and DELIMITER ; after it.");
            }
            if (next.indexOf('\\') >= 0) {
                throw cursor.invalid(i, "the delimiter " + next + " contains a backslash, which MySQL does not"
                        + " allow; choose another one, e.g. DELIMITER //.");
            }
            delimiter = next;
            delimiterFirst = next.charAt(0);
            return eol;
        }

        /** Strings take both backslash escapes and doubled quotes; the quote is ' or " (outside ANSI_QUOTES). */
        private int skipString(int open, char quote) {
            int end = cursor.endOfQuoted(open + 1, quote, true);
            blocks.operand();
            if (end >= 0) {
                return end;
            }
            throw cursor.unterminated(open, "string " + quote + "…" + quote,
                    "add the closing quote (" + quote + "). Inside a string a backslash escapes the next"
                            + " character, so write \\\\ for a literal backslash and \\" + quote + " or "
                            + quote + quote + " for a quote.");
        }

        private int skipBacktickIdentifier(int open) {
            blocks.operand();
            return cursor.skipDoubledQuote(open, '`', "quoted identifier `",
                    "add the closing backtick (`), and write `` for a backtick inside the name.");
        }

        /** MySQL block comments do not nest: the first closing marker ends them. */
        private int skipBlockComment(int open, boolean executable) {
            int close = s.indexOf("*/", open + 2);
            if (close < 0) {
                String marker = !executable ? "/*" : at(open + 2) == 'M' ? "/*M!" : "/*!";
                String what = (executable ? "conditional comment " : "block comment ") + marker;
                throw cursor.unterminated(open, what, "add the closing */.");
            }
            return close + 2;
        }

        private char at(int i) {
            return i < n ? s.charAt(i) : '\0';
        }
    }
}
