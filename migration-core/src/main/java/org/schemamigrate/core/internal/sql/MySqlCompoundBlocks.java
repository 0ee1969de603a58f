package org.schemamigrate.core.internal.sql;

import java.util.Locale;
import java.util.Set;

/**
 * The nesting of compound statements in a MySQL stored program ({@code CREATE PROCEDURE/FUNCTION/TRIGGER/EVENT},
 * {@code ALTER EVENT}, MariaDB's {@code BEGIN NOT ATOMIC}), so that a {@code ;} inside its body does not end it when the script has no
 * {@code DELIMITER} line, as Flyway's MySQL parser splits them. {@code BEGIN}, {@code CASE} and, where a statement
 * starts, {@code IF}, {@code LOOP}, {@code WHILE} and {@code REPEAT} open a block; {@code END} closes one (its
 * {@code END IF}, {@code END CASE}… word and a label after it open nothing). Words after a dot are names.
 */
final class MySqlCompoundBlocks {
    private static final Set<String> PROGRAM_KINDS = Set.of("PROCEDURE", "FUNCTION", "TRIGGER", "EVENT");
    /** Words after CREATE that make it something else (the definer's unquoted name may stand before the kind). */
    private static final Set<String> OTHER_KINDS = Set.of("TABLE", "VIEW", "INDEX", "DATABASE", "SCHEMA", "USER",
            "ROLE", "SEQUENCE", "SERVER", "TABLESPACE", "UNIQUE", "FULLTEXT", "SPATIAL", "TEMPORARY", "ALGORITHM",
            "SQL", "LOGFILE", "RESOURCE", "PACKAGE", "SYNONYM");
    /** Tokens after which a word starts a statement of a body ({@code ROW}: a trigger's body; ':' a label). */
    private static final Set<String> STATEMENT_STARTS = Set.of(";", ":", "BEGIN", "THEN", "ELSE", "DO", "LOOP",
            "REPEAT", "ROW", "ATOMIC");
    /** What may follow the parenthesised start of an IF statement's condition (an IF() call is followed by none). */
    private static final Set<String> CONDITION_WORDS = Set.of("THEN", "AND", "OR", "XOR", "IS", "NOT", "IN", "LIKE",
            "BETWEEN", "REGEXP", "RLIKE", "DIV", "MOD", "SOUNDS");
    private static final String OPERATORS = "<>=!+-*/%&|^";
    private static final int HEADER_WORDS = 8;

    private final String script;
    private int words;
    private String first;
    /** Null while the statement's first words do not tell yet. */
    private Boolean program;
    private int depth;
    private String previous = ";";

    MySqlCompoundBlocks(String script) {
        this.script = script;
    }

    /** True while the current statement is a stored program inside a block: a ';' there does not end it. */
    boolean open() {
        return depth > 0;
    }

    /** A new statement starts. */
    void reset() {
        words = 0;
        first = null;
        program = null;
        depth = 0;
        previous = ";";
    }

    /** A punctuation character; {@code next} is the one after it. */
    void punctuation(char c, char next) {
        previous = c == ':' && next == '=' ? ":=" : String.valueOf(c);
    }

    /** A string or quoted identifier. */
    void operand() {
        previous = "'";
    }

    /** The unquoted word between {@code from} and {@code to}. */
    void word(int from, int to) {
        String word = script.substring(from, to).toUpperCase(Locale.ROOT);
        words++;
        if (program == null) {
            decide(word);
        }
        if (Boolean.TRUE.equals(program) && !".".equals(previous)) {
            count(word, to);
        }
        previous = word;
    }

    private void decide(String word) {
        if (words == 1) {
            first = word;
            // ALTER EVENT … DO may carry a body too
            if (!"CREATE".equals(word) && !"ALTER".equals(word) && !"BEGIN".equals(word)) {
                program = false;
            }
        } else if ("BEGIN".equals(first)) {
            // MariaDB's anonymous block; a plain BEGIN [WORK] starts a transaction
            program = "NOT".equals(word);
            depth = program ? 1 : 0;
        } else if (PROGRAM_KINDS.contains(word)) {
            program = true;
        } else if (OTHER_KINDS.contains(word) || words > HEADER_WORDS) {
            program = false;
        }
    }

    private void count(String word, int end) {
        boolean statementStart = STATEMENT_STARTS.contains(previous);
        switch (word) {
            case "BEGIN" -> depth++;
            case "END" -> depth = Math.max(0, depth - 1);
            case "CASE" -> {
                if (!"END".equals(previous)) {
                    depth++;
                }
            }
            case "IF" -> {
                if (statementStart && ifStatement(end)) {
                    depth++;
                }
            }
            case "LOOP", "WHILE", "REPEAT" -> {
                if (statementStart) {
                    depth++;
                }
            }
            default -> {
            }
        }
    }

    /** IF at a statement's start: a statement unless it is IF(…) followed by none of a condition's continuations. */
    private boolean ifStatement(int from) {
        int i = skipSpace(from);
        if (i >= script.length() || script.charAt(i) != '(') {
            return true;
        }
        int close = matchingParenthesis(i);
        if (close < 0) {
            return true;
        }
        int next = skipSpace(close + 1);
        if (next >= script.length()) {
            return false;
        }
        if (OPERATORS.indexOf(script.charAt(next)) >= 0) {
            return true;
        }
        int wordEnd = next;
        while (wordEnd < script.length() && MySqlScriptSplitter.isWordChar(script.charAt(wordEnd))) {
            wordEnd++;
        }
        return CONDITION_WORDS.contains(script.substring(next, wordEnd).toUpperCase(Locale.ROOT));
    }

    private int skipSpace(int from) {
        int i = from;
        while (i < script.length() && ScriptCursor.isSpace(script.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The offset of the ')' that closes the '(' at {@code open}, skipping quoted text; -1 if none. */
    private int matchingParenthesis(int open) {
        int level = 0;
        int i = open;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = script.indexOf(c, i + 1);
                if (end < 0) {
                    return -1;
                }
                i = end + 1;
                continue;
            }
            if (c == '(') {
                level++;
            } else if (c == ')' && --level == 0) {
                return i;
            }
            i++;
        }
        return -1;
    }
}
