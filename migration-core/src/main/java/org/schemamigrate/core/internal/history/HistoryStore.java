package org.schemamigrate.core.internal.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.core.Batch;
import org.schemamigrate.core.Direction;
import org.schemamigrate.core.internal.dialect.RunnerDialect;

/**
 * The history table (one row per applied version) and its append-only log table ({@code <table>_log}).
 * Every method runs on the connection it is given, inside whatever transaction that connection has, so the
 * engine decides what commits together.
 */
public final class HistoryStore {
    public static final String DEFAULT_TABLE = "migration_history";
    /** Log details beyond this are cut: a baseline of thousands of versions must not fail on a TEXT column. */
    static final int MAX_DETAIL = 4000;

    /** The history row's columns, in the order of both insert forms (prepared and literal). */
    private static final String HISTORY_COLUMNS = "version, name, checksum, state, operation, statements_done,"
            + " statements_total, applied_at, execution_ms, applied_by, run_id";
    /** The log row's columns, in the order of both insert forms (prepared and literal). */
    private static final String LOG_COLUMNS = "run_id, action, version, name, outcome, detail, performed_by, host,"
            + " performed_at, execution_ms";

    private final RunnerDialect dialect;
    private final String schema;
    private final String table;
    private final String history;
    private final String log;
    private final String batch;
    /** Set once {@link #createIfMissing} ran: the tables exist for the rest of the session, no need to ask again. */
    private boolean created;

    /** {@code schema} may be null: the connection's current schema (PostgreSQL) or database (MySQL). */
    public HistoryStore(RunnerDialect dialect, String schema, String table) {
        this.dialect = dialect;
        this.schema = schema;
        this.table = table;
        String prefix = schema == null ? "" : dialect.quote(schema) + ".";
        this.history = prefix + dialect.quote(table);
        this.log = prefix + dialect.quote(logTableName(table));
        this.batch = prefix + dialect.quote(batchTableName(table));
    }

    public static String logTableName(String historyTable) {
        return historyTable + "_log";
    }

    public static String batchTableName(String historyTable) {
        return historyTable + "_batch";
    }

    /** The quoted, schema-qualified history table, for messages. */
    public String qualifiedName() {
        return history;
    }

    public boolean exists(Connection c) throws SQLException {
        return dialect.tableExists(c, schema, table, history);
    }

    private boolean exists(Connection c, String qualified, String name) throws SQLException {
        return dialect.tableExists(c, schema, name, qualified);
    }

    /**
     * Creates whichever of the history, log and batch tables do not exist yet, so a run that died between the
     * CREATEs is completed by the next one. Returns true when it created the history table. {@code known}: which
     * of the three exist, when already read under the lock (a fleet's batch); null: asks.
     */
    public boolean createIfMissing(Connection c, boolean[] known) throws SQLException {
        boolean[] exist = known != null ? known : dialect.tablesExist(c, schema, List.of(table,
                logTableName(table), batchTableName(table)), List.of(history, log, batch));
        if (exist[0] && exist[1] && exist[2]) {
            created = true;
            return false;
        }
        List<String> creates = new ArrayList<>();
        if (!exist[0]) {
            creates.add(dialect.createHistoryTable(history));
        }
        if (!exist[1]) {
            creates.add(dialect.createLogTable(log));
        }
        if (!exist[2]) {
            creates.add(dialect.createBatchTable(batch));
        }
        try (Statement s = c.createStatement()) {
            if (dialect.transactionalDdl()) {
                // one round trip (a fleet creates them in thousands of schemas), all or none created
                s.execute(String.join(";\n", creates));
            } else {
                for (String create : creates) {
                    s.execute(create);
                }
            }
        }
        created = true;
        return !exist[0];
    }

    /** All rows, lowest version first; empty when the table does not exist yet. One query. */
    public List<AppliedMigration> readAll(Connection c) throws SQLException {
        if (!created && !exists(c)) {
            return List.of();
        }
        String sql = "SELECT " + HISTORY_COLUMNS + " FROM " + history + " ORDER BY version";
        List<AppliedMigration> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(readRow(rs, 0));
            }
        }
        return rows;
    }

    /** A SELECT of every row, its columns after {@code lead}: a fleet reads many schemas' rows in one query. */
    public String selectAll(String lead) {
        return "SELECT " + lead + ", " + HISTORY_COLUMNS + " FROM " + history;
    }

    /** The row whose columns follow the first {@code offset} of the result set, as {@link #selectAll} has them. */
    public AppliedMigration readRow(ResultSet rs, int offset) throws SQLException {
        return new AppliedMigration(rs.getLong(offset + 1), rs.getString(offset + 2), rs.getString(offset + 3),
                HistoryState.fromDb(rs.getString(offset + 4)), Direction.fromDb(rs.getString(offset + 5)),
                rs.getInt(offset + 6), rs.getInt(offset + 7), readInstant(rs, offset + 8), rs.getLong(offset + 9),
                rs.getString(offset + 10), rs.getString(offset + 11));
    }

    /** The three tables were seen to exist (under the lock, by a fleet's batch): no need to ask again. */
    public void assumeCreated() {
        created = true;
    }

    private Instant readInstant(ResultSet rs, int column) throws SQLException {
        return dialect.readTimestamp(rs, column);
    }

    public void insert(Connection c, AppliedMigration row) throws SQLException {
        insertAll(c, List.of(row));
    }

    /** Inserts rows in one JDBC batch (baseline records thousands at once). */
    public void insertAll(Connection c, List<AppliedMigration> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(insertSql())) {
            for (AppliedMigration row : rows) {
                bindRow(ps, row);
                if (rows.size() == 1) {
                    ps.executeUpdate();
                } else {
                    ps.addBatch();
                }
            }
            if (rows.size() > 1) {
                ps.executeBatch();
            }
        }
    }

    private String insertSql() {
        return historyInsert("?", "?", "?", "?", "?", "?", "?", "?", "?", "?");
    }

    /** The history insert with one value per column but applied_at (the server's now), in column order. */
    String historyInsert(String version, String name, String checksum, String state, String operation,
                                 String statementsDone, String statementsTotal, String executionMs,
                                 String appliedBy, String runId) {
        return "INSERT INTO " + history + " (" + HISTORY_COLUMNS + ") VALUES (" + String.join(", ", version, name,
                checksum, state, operation, statementsDone, statementsTotal, dialect.now(), executionMs, appliedBy,
                runId) + ")";
    }

    /** The log insert with one value per column but performed_at (the server's now), in column order. */
    String logInsert(String runId, String action, String version, String name, String outcome,
                             String detail, String performedBy, String host, String executionMs) {
        return "INSERT INTO " + log + " (" + LOG_COLUMNS + ") VALUES (" + String.join(", ", runId, action, version,
                name, outcome, detail, performedBy, host, dialect.now(), executionMs) + ")";
    }

    private static void bindRow(PreparedStatement ps, AppliedMigration row) throws SQLException {
        ps.setLong(1, row.version());
        ps.setString(2, row.name());
        ps.setString(3, row.checksum());
        ps.setString(4, row.state().dbValue());
        ps.setString(5, row.operation().dbValue());
        ps.setInt(6, row.statementsDone());
        ps.setInt(7, row.statementsTotal());
        ps.setLong(8, row.executionMs());
        ps.setString(9, row.appliedBy());
        ps.setString(10, row.runId());
    }

    /**
     * A migration applied in a transaction: its row and its log entry, in one round trip where the database can
     * (PostgreSQL: a data-modifying WITH), else one after the other; both commit or roll back with the migration.
     */
    public void insertAndLog(Connection c, AppliedMigration row, LogEntry entry) throws SQLException {
        if (!dialect.writableCte()) {
            insert(c, row);
            log(c, entry);
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("WITH applied AS (" + insertSql() + ") " + logSql())) {
            bindRow(ps, row);
            bindLog(ps, 10, entry);
            ps.executeUpdate();
        }
    }

    /** A migration rolled back in a transaction: its row deleted and its log entry written, as {@link #insertAndLog}. */
    public void deleteAndLog(Connection c, long version, LogEntry entry) throws SQLException {
        if (!dialect.writableCte()) {
            delete(c, version);
            log(c, entry);
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("WITH removed AS (DELETE FROM " + history
                + " WHERE version = ?) " + logSql())) {
            ps.setLong(1, version);
            bindLog(ps, 1, entry);
            ps.executeUpdate();
        }
    }

    /** Records how many statements of a non-transactional run have committed. */
    public void markProgress(Connection c, long version, int statementsDone) throws SQLException {
        update(c, "UPDATE " + history + " SET statements_done = ? WHERE version = ?", statementsDone, version);
    }

    /** Marks a row running at the start of a non-transactional run (a down, or a forced re-run). */
    public void markDirty(Connection c, long version, Direction operation, int statementsTotal) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + history
                + " SET state = ?, operation = ?, statements_done = 0, statements_total = ? WHERE version = ?")) {
            ps.setString(1, HistoryState.RUNNING.dbValue());
            ps.setString(2, operation.dbValue());
            ps.setInt(3, statementsTotal);
            ps.setLong(4, version);
            ps.executeUpdate();
        }
    }

    /**
     * Settles a running row as dirty with exactly {@code statementsDone} committed: after a statement failed
     * with an error (it did not commit), or once an in-doubt statement was resolved.
     */
    public void markSettled(Connection c, long version, int statementsDone) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + history
                + " SET state = ?, statements_done = ? WHERE version = ?")) {
            ps.setString(1, HistoryState.DIRTY.dbValue());
            ps.setInt(2, statementsDone);
            ps.setLong(3, version);
            ps.executeUpdate();
        }
    }

    /** Marks a row applied: the end of a non-transactional up, or a force. */
    public void markApplied(Connection c, long version, int statementsDone, long executionMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + history + " SET state = ?, operation = ?,"
                + " statements_done = ?, execution_ms = ?, applied_at = " + dialect.now()
                + " WHERE version = ?")) {
            ps.setString(1, HistoryState.APPLIED.dbValue());
            ps.setString(2, Direction.UP.dbValue());
            ps.setInt(3, statementsDone);
            ps.setLong(4, executionMs);
            ps.setLong(5, version);
            ps.executeUpdate();
        }
    }

    /** Records a new checksum for an applied version (migration:repair, after a reviewed edit of its file). */
    public void updateChecksum(Connection c, long version, String checksum) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + history + " SET checksum = ? WHERE version = ?")) {
            ps.setString(1, checksum);
            ps.setLong(2, version);
            ps.executeUpdate();
        }
    }

    public void delete(Connection c, long version) throws SQLException {
        update(c, "DELETE FROM " + history + " WHERE version = ?", version);
    }

    /** Deletes every row above a version; returns how many it deleted. */
    public int deleteAbove(Connection c, long version) throws SQLException {
        return update(c, "DELETE FROM " + history + " WHERE version > ?", version);
    }

    private static int update(Connection c, String sql, long... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setLong(i + 1, values[i]);
            }
            return ps.executeUpdate();
        }
    }

    public void log(Connection c, LogEntry entry) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(logSql())) {
            bindLog(ps, 0, entry);
            ps.executeUpdate();
        }
    }

    private String logSql() {
        return logInsert("?", "?", "?", "?", "?", "?", "?", "?", "?");
    }

    /** Binds the log entry's nine parameters after the first {@code offset}. */
    private static void bindLog(PreparedStatement ps, int offset, LogEntry entry) throws SQLException {
        ps.setString(offset + 1, entry.runId());
        ps.setString(offset + 2, entry.action());
        ps.setLong(offset + 3, entry.version());
        ps.setString(offset + 4, entry.name());
        ps.setString(offset + 5, entry.outcome());
        ps.setString(offset + 6, bounded(entry.detail()));
        ps.setString(offset + 7, entry.performedBy());
        ps.setString(offset + 8, entry.host());
        ps.setLong(offset + 9, entry.executionMs());
    }

    static String bounded(String detail) {
        if (detail == null || detail.length() <= MAX_DETAIL) {
            return detail;
        }
        String cut = " … (" + (detail.length() - MAX_DETAIL) + " more characters)";
        return detail.substring(0, MAX_DETAIL - cut.length()) + cut;
    }

    /** The log, oldest first: for status output and tests. */
    public List<LogEntry> readLog(Connection c) throws SQLException {
        if (!exists(c, log, logTableName(table))) {
            return List.of();
        }
        String sql = "SELECT run_id, action, version, name, outcome, detail, performed_by, host, execution_ms FROM "
                + log + " ORDER BY id";
        List<LogEntry> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(new LogEntry(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9)));
            }
        }
        return rows;
    }

    /** Records the start of an up run; its outcome is "running" until {@link #finishBatch}. */
    public void startBatch(Connection c, String id, String deployment, String performedBy, String host)
            throws SQLException {
        String sql = "INSERT INTO " + batch + " (id, deployment, performed_by, host, started_at, outcome)"
                + " VALUES (?, ?, ?, ?, " + dialect.now() + ", ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            ps.setString(2, deployment);
            ps.setString(3, performedBy);
            ps.setString(4, host);
            ps.setString(5, Batch.RUNNING);
            ps.executeUpdate();
        }
    }

    public void finishBatch(Connection c, String id, String outcome, String detail) throws SQLException {
        String sql = "UPDATE " + batch + " SET outcome = ?, detail = ?, finished_at = " + dialect.now()
                + " WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, outcome);
            ps.setString(2, bounded(detail));
            ps.setString(3, id);
            ps.executeUpdate();
        }
    }

    /** Every batch, oldest first; empty when the tables do not exist yet. One query. */
    public List<Batch> readBatches(Connection c) throws SQLException {
        if (!exists(c, batch, batchTableName(table))) {
            return List.of();
        }
        String sql = "SELECT id, deployment, performed_by, host, started_at, finished_at, outcome, detail FROM "
                + batch + " ORDER BY started_at, id";
        List<Batch> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(new Batch(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        readInstant(rs, 5), readInstant(rs, 6), rs.getString(7), rs.getString(8)));
            }
        }
        return rows;
    }
}
