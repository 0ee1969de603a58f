package org.schemamigrate.core.internal.history;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The history writes of a migration run statement by statement on MySQL/MariaDB, as SQL text with literal
 * values, for a migration sent in one multi-statement round trip: the same rows in the same order as
 * {@link HistoryStore}'s prepared forms, so a failure or a kill leaves the same record. Strings are hex
 * literals: the same under any sql_mode (NO_BACKSLASH_ESCAPES) and any connection character set.
 */
public final class HistoryText {
    private final HistoryStore store;

    public HistoryText(HistoryStore store) {
        this.store = store;
    }

    /** The running row at a migration's start ({@link HistoryStore#insert} of a RUNNING row). */
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

    private static String literal(String value) {
        return value == null ? "NULL" : value.isEmpty() ? "''"
                : "_utf8mb4 X'" + HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)) + "'";
    }
}
