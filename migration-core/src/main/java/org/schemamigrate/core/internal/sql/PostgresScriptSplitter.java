package org.schemamigrate.core.internal.sql;

import java.util.List;
import org.schemamigrate.core.SqlStatement;

/**
 * Splits PostgreSQL scripts the way psql does: a {@code ;} ends a statement unless it sits in a string
 * ({@code '…'}, {@code E'…'}, {@code U&'…'}), a quoted identifier, a dollar quote ({@code $$…$$},
 * {@code $tag$…$tag$}), a (nested) comment, parentheses (as in {@code CREATE RULE … DO ALSO (a; b)}; psql
 * counts them the same way, a stray {@code )} never going below zero), or a SQL-standard function body
 * {@code BEGIN ATOMIC … END}.
 */
public final class PostgresScriptSplitter implements ScriptSplitter {

    @Override
    public List<SqlStatement> split(String script, String sourceName) {
        return new Scan(script, sourceName).run();
    }

    /** One pass over one script; words are consumed whole, so a {@code $} inside an identifier never opens a quote. */
    private static final class Scan {
        private final String s;
        private final int n;
        private final ScriptCursor cursor;

        /** Open BEGIN ATOMIC bodies plus the CASE expressions inside them, each closed by one END. */
        private int atomicDepth;
        private int atomicOpen = -1;
        /** Open parentheses of the current statement: psql ends a statement at {@code ;} only outside them. */
        private int parenDepth;
        /** Offset of the word BEGIN when it is the previous token, else -1: only "BEGIN ATOMIC" opens a body. */
        private int pendingBegin = -1;

        Scan(String script, String sourceName) {
            this.s = script;
            this.n = script.length();
            this.cursor = new ScriptCursor(script, sourceName);
        }

        List<SqlStatement> run() {
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (ScriptCursor.isSpace(c)) {
                    i++;
                } else if (c == '-' && at(i + 1) == '-') {
                    i = ScriptCursor.endOfLine(s, i + 2);
                } else if (c == '/' && at(i + 1) == '*') {
                    i = skipBlockComment(i);
                } else if (c == ';' && atomicDepth == 0 && parenDepth == 0) {
                    cursor.end(i);
                    pendingBegin = -1;
                    i++;
                } else {
                    cursor.start(i);
                    i = token(i, c);
                }
            }
            if (atomicDepth > 0) {
                throw cursor.unterminated(atomicOpen, "function body BEGIN ATOMIC",
                        "add the END that closes it (every CASE inside needs its own END, too).");
            }
            return cursor.finish();
        }

        /** Consumes the significant token at {@code i} and returns the offset after it. */
        private int token(int i, char c) {
            if (isIdentStart(c)) {
                return word(i);
            }
            pendingBegin = -1;
            return switch (c) {
                case '\'' -> skipString(i, i, false);
                case '"' -> skipQuotedIdentifier(i);
                case '$' -> dollar(i);
                case '(' -> {
                    parenDepth++;
                    yield i + 1;
                }
                case ')' -> {
                    parenDepth = Math.max(0, parenDepth - 1);
                    yield i + 1;
                }
                default -> i + 1;
            };
        }

        private int word(int i) {
            int end = i + 1;
            while (end < n && isIdentPart(s.charAt(end))) {
                end++;
            }
            int len = end - i;
            char c = s.charAt(i);
            if (len == 1 && (c == 'e' || c == 'E') && at(end) == '\'') {
                pendingBegin = -1;
                return skipString(i, end, true);
            }
            if (len == 1 && (c == 'u' || c == 'U') && at(end) == '&' && at(end + 1) == '\'') {
                pendingBegin = -1;
                return skipString(i, end + 1, false);
            }
            int begin = pendingBegin;
            pendingBegin = -1;
            if (is(i, len, "BEGIN")) {
                pendingBegin = i;
            } else if (begin >= 0 && is(i, len, "ATOMIC")) {
                if (atomicDepth == 0) {
                    atomicOpen = begin;
                }
                atomicDepth++;
            } else if (atomicDepth > 0 && is(i, len, "CASE")) {
                atomicDepth++;
            } else if (atomicDepth > 0 && is(i, len, "END")) {
                atomicDepth--;
            }
            return end;
        }

        /** A string whose opening quote is at {@code quote}; {@code open} is where its prefix (E, U&) starts. */
        private int skipString(int open, int quote, boolean backslashEscapes) {
            int end = cursor.endOfQuoted(quote + 1, '\'', backslashEscapes);
            if (end >= 0) {
                return end;
            }
            if (backslashEscapes) {
                throw cursor.unterminated(open, "escape string E'…'",
                        "add the closing quote ('). Inside E'…' a backslash escapes the next character,"
                                + " so write \\\\ for a literal backslash and \\' or '' for a quote.");
            }
            throw cursor.unterminated(open, "string literal",
                    "add the closing quote ('), and write '' for a quote inside the string.");
        }

        private int skipQuotedIdentifier(int open) {
            return cursor.skipDoubledQuote(open, '"', "quoted identifier \"",
                    "add the closing double quote (\"), and write \"\" for a double quote inside the name.");
        }

        /** {@code $1} is a parameter, {@code $$} or {@code $tag$} opens a dollar quote, anything else is a plain $. */
        private int dollar(int i) {
            int j = i + 1;
            if (j < n && isDigit(s.charAt(j))) {
                while (j < n && isDigit(s.charAt(j))) {
                    j++;
                }
                return j;
            }
            if (j < n && isIdentStart(s.charAt(j))) {
                j++;
                while (j < n && isTagPart(s.charAt(j))) {
                    j++;
                }
            }
            if (j >= n || s.charAt(j) != '$') {
                return i + 1;
            }
            String tag = s.substring(i, j + 1);
            int close = s.indexOf(tag, j + 1);
            if (close < 0) {
                throw cursor.unterminated(i, "dollar-quoted string " + tag, "add the closing " + tag + ".");
            }
            return close + tag.length();
        }

        /** PostgreSQL block comments nest: each {@code /*} needs its own {@code *}{@code /}. */
        private int skipBlockComment(int open) {
            int depth = 0;
            int i = open;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '/' && at(i + 1) == '*') {
                    depth++;
                    i += 2;
                } else if (c == '*' && at(i + 1) == '/') {
                    i += 2;
                    if (--depth == 0) {
                        return i;
                    }
                } else {
                    i++;
                }
            }
            throw cursor.unterminated(open, "block comment /*", "add the closing */ (PostgreSQL nests block"
                    + " comments, so each /* inside it needs its own */, too).");
        }

        private char at(int i) {
            return i < n ? s.charAt(i) : '\0';
        }

        private boolean is(int i, int len, String keyword) {
            return len == keyword.length() && s.regionMatches(true, i, keyword, 0, len);
        }
    }

    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    static boolean isIdentPart(char c) {
        return isTagPart(c) || c == '$';
    }

    private static boolean isTagPart(char c) {
        return isIdentStart(c) || isDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
