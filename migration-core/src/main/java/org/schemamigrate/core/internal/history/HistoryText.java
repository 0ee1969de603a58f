package org.schemamigrate.core.internal.history;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The history writes of a migration as SQL text with literal values, for migrations sent in one multi-statement
 * round trip (no parameters there, since a migration's own text may hold {@code ?}): the same rows as
 * {@link HistoryStore}'s prepared forms, built from the same column lists. PostgreSQL: the rows written with the
 * migration in its transaction ({@link #record}); MySQL/MariaDB: the rows statement by statement writes, in the
 * same order, so a failure or a kill leaves the same record there.
 */
public final class HistoryText {
    private final HistoryStore store;

    public HistoryText(HistoryStore store) {
        this.store = store;
    }

    /**
     * PostgreSQL: the history and log rows of a migration in one statement (a delete for a down: {@code row}
     * null). The execution time is the server's: from the transaction's start ({@code now()}) to this statement.
     */
    public String record(AppliedMigration row, LogEntry entry) {
        String millis = "(EXTRACT(EPOCH FROM clock_timestamp() - now()) * 1000)::bigint";
        String log = store.logInsert(escaped(entry.runId()), escaped(entry.action()),
                String.valueOf(entry.version()), escaped(entry.name()), escaped(entry.outcome()),
                escaped(HistoryStore.bounded(entry.detail())), escaped(entry.performedBy()), escaped(entry.host()),
                millis);
        if (row == null) {
            return "WITH removed AS (DELETE FROM " + store.qualifiedName() + " WHERE version = " + entry.version()
                    + ") " + log;
        }
        return "WITH applied AS (" + store.historyInsert(String.valueOf(row.version()), escaped(row.name()),
                escaped(row.checksum()), escaped(row.state().dbValue()), escaped(row.operation().dbValue()),
                String.valueOf(row.statementsDone()), String.valueOf(row.statementsTotal()), millis,
                escaped(row.appliedBy()), escaped(row.runId())) + ") " + log;
    }

    /** PostgreSQL's escape string literal: the same under either standard_conforming_strings setting. */
    private static String escaped(String value) {
        return value == null ? "NULL" : "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** MySQL/MariaDB: the running row at a migration's start ({@link HistoryStore#insert} of a RUNNING row). */
    public String running(AppliedMigration row) {
        return store.historyInsert(String.valueOf(row.version()), literal(row.name()), literal(row.checksum()),
                literal(row.state().dbValue()), literal(row.operation().dbValue()),
                String.valueOf(row.statementsDone()), String.valueOf(row.statementsTotal()),
                String.valueOf(row.executionMs()), literal(row.appliedBy()), literal(row.runId()));
    }

    /** {@link HistoryStore#markProgress}. */
    public String progress(long version, int statementsDone) {
        return "UPDATE " + store.qualifiedName() + " SET statements_done = " + statementsDone + " WHERE version = "
                + version;
    }

    /**
     * {@link HistoryStore#markApplied}, the execution time the server's: from the running row's applied_at
     * (the migration's start) to now; execution_ms is assigned before applied_at changes.
     */
    public String applied(long version, int statementsDone, String now) {
        return "UPDATE " + store.qualifiedName() + " SET state = " + literal(HistoryState.APPLIED.dbValue())
                + ", operation = " + literal(org.schemamigrate.core.Direction.UP.dbValue()) + ", statements_done = "
                + statementsDone + ", execution_ms = TIMESTAMPDIFF(MICROSECOND, applied_at, " + now + ") DIV 1000"
                + ", applied_at = " + now + " WHERE version = " + version;
    }

    /** {@link HistoryStore#log} of a success, with the execution time {@link #applied} recorded. */
    public String logSuccess(LogEntry entry) {
        return store.logInsert(literal(entry.runId()), literal(entry.action()), String.valueOf(entry.version()),
                literal(entry.name()), literal(entry.outcome()), literal(HistoryStore.bounded(entry.detail())),
                literal(entry.performedBy()), literal(entry.host()), "(SELECT execution_ms FROM "
                + store.qualifiedName() + " WHERE version = " + entry.version() + ")");
    }

    /** MySQL/MariaDB: a hex literal, the same under any sql_mode (NO_BACKSLASH_ESCAPES) and character set. */
    private static String literal(String value) {
        return value == null ? "NULL" : value.isEmpty() ? "''"
                : "_utf8mb4 X'" + HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)) + "'";
    }
}
