package org.schemamigrate.core.internal.sql;

import java.util.ArrayList;
import java.util.List;

import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.SqlStatement;

/**
 * The dialect-independent half of a split: collects statements, turns offsets into line numbers and builds the
 * error for an unclosed construct. The dialect splitters own the scanning loop.
 */
final class ScriptCursor {
    private final String script;
    private final String sourceName;
    private final List<SqlStatement> statements = new ArrayList<>();

    /** Offset where the current statement's first significant character sits, or -1 between statements. */
    private int statementStart = -1;
    private int statementLine;

    // Line numbers are asked for at increasing offsets, so counting forward from the last answer keeps it linear.
    private int countedUpTo;
    private int countedLine = 1;

    ScriptCursor(String script, String sourceName) {
        this.script = script;
        this.sourceName = sourceName;
    }

    boolean inStatement() {
        return statementStart >= 0;
    }

    /** Marks offset {@code pos} as the start of a statement unless one is already open. */
    void start(int pos) {
        if (statementStart < 0) {
            statementStart = pos;
            statementLine = lineAt(pos);
        }
    }

    /** Closes the current statement just before offset {@code end}; does nothing if only comments were seen. */
    void end(int end) {
        if (statementStart < 0) {
            return;
        }
        while (end > statementStart && isSpace(script.charAt(end - 1))) {
            end--;
        }
        statements.add(new SqlStatement(script.substring(statementStart, end), statements.size() + 1, statementLine));
        statementStart = -1;
    }

    List<SqlStatement> finish() {
        end(script.length());
        return statements;
    }

    /** 1-based line of offset {@code pos}; a line break is \n, \r\n or a lone \r. */
    int lineAt(int pos) {
        if (pos < countedUpTo) {
            countedUpTo = 0;
            countedLine = 1;
        }
        int line = countedLine;
        for (int i = countedUpTo; i < pos; i++) {
            char c = script.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= script.length() || script.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        countedUpTo = pos;
        countedLine = line;
        return line;
    }

    /**
     * The offset just after a run quoted with {@code quote} that opens at {@code open}, where a doubled quote stands
     * for itself (both dialects' quoted identifiers); {@code what} and {@code fix} word the error if it never closes.
     */
    int skipDoubledQuote(int open, char quote, String what, String fix) {
        int end = endOfQuoted(open + 1, quote, false);
        if (end < 0) {
            throw unterminated(open, what, fix);
        }
        return end;
    }

    /**
     * The offset just after the closing {@code quote} of a quoted run whose body starts at {@code from}, or -1 if it
     * never closes. A doubled quote stands for itself; with {@code backslashEscapes} a backslash escapes the next
     * character (MySQL strings, PostgreSQL E'…').
     */
    int endOfQuoted(int from, char quote, boolean backslashEscapes) {
        int n = script.length();
        int i = from;
        while (i < n) {
            char c = script.charAt(i);
            if (c == '\\' && backslashEscapes) {
                i += 2;
            } else if (c != quote) {
                i++;
            } else if (i + 1 < n && script.charAt(i + 1) == quote) {
                i += 2;
            } else {
                return i + 1;
            }
        }
        return -1;
    }

    /** The error for a construct opened at {@code openPos} and never closed; {@code what} and {@code fix} are prose. */
    MigrationException unterminated(int openPos, String what, String fix) {
        return invalid(openPos, "the " + what + " opened here is never closed; " + fix);
    }

    MigrationException invalid(int pos, String problem) {
        return new MigrationException(CoreErrorCode.INVALID_SCRIPT, sourceName + " line " + lineAt(pos) + ": " + problem);
    }

    /**
     * Whitespace as both dialects' lexers see it: ASCII blanks and control characters, plus Unicode spaces. A
     * byte-order mark counts too, since editors leave one at the start of files and servers reject it.
     */
    static boolean isSpace(char c) {
        return c <= ' ' || (c > 127 && (Character.isWhitespace(c) || c == '\uFEFF'));
    }

    /** Offset of the line break that ends the line containing {@code from}, or the script length. */
    static int endOfLine(String s, int from) {
        int n = s.length();
        int i = from;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
            i++;
        }
        return n;
    }
}
