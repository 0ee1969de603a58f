package org.schemamigrate.core.internal.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.internal.sql.PostgresScriptSplitter;
import org.schemamigrate.core.internal.sql.ScriptSplitter;

/** PostgreSQL: transactional DDL, search_path, advisory locks on a 64-bit key, dollar quotes, lock-aware lint. */
final class PostgresDialect implements RunnerDialect {
    static final PostgresDialect INSTANCE = new PostgresDialect();

    private static final Pattern VOLATILE_DEFAULT = Pattern.compile(
            "DEFAULT .*\\b(CLOCK_TIMESTAMP|RANDOM|GEN_RANDOM_UUID|UUID_GENERATE_V[14]|NEXTVAL|TIMEOFDAY)\\s*\\(");
    /** DateStyle is not among them: the JDBC driver already insists on ISO output. */
    private static final Map<String, String> EXPORT_SETTINGS = Map.of("IntervalStyle", "postgres",
            "extra_float_digits", "1", "bytea_output", "hex");
    private static final String DESCRIBE_TABLE = "SELECT a.attname, format_type(a.atttypid, a.atttypmod),"
            + " a.attgenerated <> '', a.attidentity = 'a',"
            + " COALESCE((SELECT p.n FROM unnest(i.indkey) WITH ORDINALITY p(attnum, n)"
            + " WHERE p.attnum = a.attnum), 0), n.nspname, k.relname"
            + " FROM pg_attribute a JOIN pg_class k ON k.oid = a.attrelid"
            + " JOIN pg_namespace n ON n.oid = k.relnamespace"
            + " LEFT JOIN pg_index i ON i.indrelid = a.attrelid AND i.indisprimary"
            + " WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";

    private static final String RUNNING_STATEMENT = "SELECT pid, now() - query_start FROM pg_stat_activity"
            + " WHERE pid <> pg_backend_pid() AND state = 'active' AND left(query, 900) = left(?, 900)";
    /** pg_namespace lists schemas the user has no rights on, too (information_schema.schemata does not). */
    private static final String SCHEMA_EXISTS = "SELECT COUNT(*) FROM pg_catalog.pg_namespace WHERE nspname = ?";
    private static final String INDEX_EXISTS = "SELECT COUNT(*) FROM pg_indexes WHERE schemaname = ?"
            + " AND indexname = ?";
    private static final String TRANSACTION_ID = "SELECT txid_current()::text";
    private static final String TRANSACTION_STATUS = "SELECT txid_status(CAST(? AS bigint))";

    private final ScriptSplitter splitter = new PostgresScriptSplitter();

    private PostgresDialect() {
    }

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }

    @Override
    public SessionRestore prepareSession(Connection c, String schema, String applicationName) throws SQLException {
        // one round trip (a fleet opens thousands of sessions): the old values are read before set_config runs
        // (MATERIALIZED), and set_config takes them back exactly as they were read, lists like search_path included
        String sql = "WITH old AS MATERIALIZED (SELECT current_setting('application_name') AS app,"
                + " current_setting('search_path') AS path) SELECT app, path, set_config('application_name', ?,"
                + " false)" + (schema == null ? "" : ", set_config('search_path', ?, false)") + " FROM old";
        String app;
        String path;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, applicationName);
            if (schema != null) {
                ps.setString(2, quote(schema));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                app = rs.getString(1);
                path = rs.getString(2);
            }
        }
        String restore = "SELECT set_config('application_name', " + literal(app) + ", false)"
                + (schema == null ? "" : ", set_config('search_path', " + literal(path) + ", false)");
        return connection -> execute(connection, restore);
    }

    @Override
    public String currentSchema(Connection c) throws SQLException {
        return queryString(c, "SELECT current_schema()");
    }

    @Override
    public String noCurrentSchemaMessage() {
        return "The connection has no current schema (search_path is empty or names no existing schema)."
                + " Set migration.schema or fix the search_path.";
    }

    @Override
    public void nameConnection(Connection c, String applicationName) {
        try {
            execute(c, "SET application_name = " + literal(applicationName));
        } catch (SQLException e) {
            // only cosmetic: the lock works without an application name
        }
    }

    @Override
    public String createHistoryTable(String qualifiedName) {
        return String.format(HistorySql.POSTGRES_HISTORY, qualifiedName);
    }

    @Override
    public String createLogTable(String qualifiedName) {
        return String.format(HistorySql.POSTGRES_LOG, qualifiedName);
    }

    @Override
    public String createBatchTable(String qualifiedName) {
        return String.format(HistorySql.POSTGRES_BATCH, qualifiedName);
    }

    @Override
    public String now() {
        return "CURRENT_TIMESTAMP";
    }

    @Override
    public boolean tableExists(Connection c, String schema, String table, String qualifiedName) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HistorySql.POSTGRES_EXISTS)) {
            ps.setString(1, qualifiedName);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    @Override
    public boolean[] tablesExist(Connection c, String schema, List<String> tables, List<String> qualifiedNames)
            throws SQLException {
        String sql = "SELECT " + String.join(", ", java.util.Collections.nCopies(tables.size(),
                "to_regclass(?) IS NOT NULL"));
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < tables.size(); i++) {
                ps.setString(i + 1, qualifiedNames.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                boolean[] exist = new boolean[tables.size()];
                for (int i = 0; i < exist.length; i++) {
                    exist[i] = rs.getBoolean(i + 1);
                }
                return exist;
            }
        }
    }

    @Override
    public Instant readTimestamp(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    @Override
    public AdvisoryLock advisoryLock(String name) {
        return new PostgresLock(name);
    }

    @Override
    public ScriptSplitter splitter() {
        return splitter;
    }

    @Override
    public LockRisk dropIndex(String sql) {
        return sql.contains(" CONCURRENTLY ") ? null : new LockRisk("SM402", "DROP INDEX blocks writes to the table;"
                + " use DROP INDEX CONCURRENTLY in a -- migration:no-transaction file");
    }

    @Override
    public LockRisk createIndex(boolean concurrently) {
        return concurrently ? null : new LockRisk("SM401", "CREATE INDEX blocks writes to the table while it builds;"
                + " use CREATE INDEX CONCURRENTLY in a -- migration:no-transaction file");
    }

    @Override
    public LockRisk createPartitionedIndex() {
        return new LockRisk("SM407", "CREATE INDEX on a partitioned table blocks writes to every partition while"
                + " it builds, and PostgreSQL cannot build it CONCURRENTLY; where that matters, create it ON ONLY"
                + " the table, build each partition's index CONCURRENTLY and ATTACH PARTITION it (ALTER INDEX)");
    }

    @Override
    public LockRisk addColumn(String table, String action) {
        return !VOLATILE_DEFAULT.matcher(action).find() ? null : new LockRisk("SM405", "a volatile default rewrites "
                + table + " under an exclusive lock; add the column without default, then backfill in batches");
    }

    @Override
    public LockRisk addConstraint(String table, String action) {
        return action.contains(" NOT VALID") ? null : new LockRisk("SM403", "validating the constraint scans "
                + table + " while blocking writes; add it NOT VALID, then VALIDATE CONSTRAINT in a later statement");
    }

    @Override
    public LockRisk setNotNull(String table) {
        return new LockRisk("SM406", "SET NOT NULL scans " + table + " under an exclusive lock; add a"
                + " CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL");
    }

    @Override
    public LockRisk widenVarchar(String table, String sql, boolean lengthPrefixKept) {
        return null; // a longer (or unbounded) varchar changes the catalog only: no rewrite, no scan
    }

    @Override
    public LockRisk changeColumn(String table, String sql) {
        return new LockRisk("SM404", "a type change may rewrite " + table + " under an exclusive lock");
    }

    @Override
    public boolean modifiesColumnDefinitions() {
        return false;
    }

    @Override
    public CatalogTable describeTable(Connection c, String schema, String table, boolean quoted)
            throws SQLException {
        List<CatalogTable.Column> columns = new ArrayList<>();
        TreeMap<Integer, CatalogTable.Column> key = new TreeMap<>();
        String foundSchema = null;
        String foundName = null;
        try (PreparedStatement s = c.prepareStatement(DESCRIBE_TABLE)) {
            s.setString(1, schema == null ? quote(table) : quote(schema) + "." + quote(table));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    CatalogTable.Column column = new CatalogTable.Column(rs.getString(1), rs.getString(2),
                            rs.getBoolean(3), rs.getBoolean(4));
                    columns.add(column);
                    if (rs.getInt(5) > 0) {
                        key.put(rs.getInt(5), column);
                    }
                    foundSchema = rs.getString(6);
                    foundName = rs.getString(7);
                }
            }
        }
        return columns.isEmpty() ? null : new CatalogTable(foundSchema, foundName, columns,
                List.copyOf(key.values()));
    }

    @Override
    public boolean caseInsensitiveColumns() {
        return false;
    }

    @Override
    public boolean hasEquality(String columnType) {
        return !columnType.matches("json|xml");
    }

    @Override
    public boolean failedQueryAbortsTransaction() {
        return true;
    }

    @Override
    public String selectAsText(String columnRef, String columnType) {
        return columnRef + "::text";
    }

    @Override
    public String restoreLiteral(String columnType, String text) {
        // standard_conforming_strings is on (the restore script sets it): only quotes need doubling; a carriage
        // return (which editors and line-based tools change) goes in an E'' string as an escape
        return (text.indexOf('\r') < 0 ? "'" + text.replace("'", "''")
                : "E'" + text.replace("\\", "\\\\").replace("'", "''").replace("\r", "\\r")) + "'::" + columnType;
    }

    @Override
    public String nullSafeEquals() {
        return " IS NOT DISTINCT FROM ";
    }

    @Override
    public boolean streamsOnlyInTransaction() {
        return true;
    }

    @Override
    public Map<String, String> exportSettings() {
        return EXPORT_SETTINGS;
    }

    @Override
    public String readSetting(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT current_setting(?)")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Override
    public void writeSetting(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT set_config(?, ?, false)")) {
            s.setString(1, name);
            s.setString(2, value);
            s.execute();
        }
    }

    @Override
    public String restoreScriptHeader() {
        return "SET standard_conforming_strings = on;\nBEGIN;\n";
    }

    @Override
    public String restoreScriptFooter() {
        return "COMMIT;\n";
    }

    static String queryString(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String literal(String value) {
        return "'" + (value == null ? "" : value.replace("'", "''")) + "'";
    }

    @Override
    public String runningStatementQuery() {
        return RUNNING_STATEMENT;
    }

    @Override
    public String schemaExistsQuery() {
        return SCHEMA_EXISTS;
    }

    @Override
    public String catalogNameEquals(String column) {
        return column + " = ?";
    }

    @Override
    public boolean indexNamesPerTable() {
        return false;
    }

    @Override
    public String indexExistsQuery(boolean onTable) {
        return onTable ? INDEX_EXISTS + " AND tablename = ?" : INDEX_EXISTS;
    }

    @Override
    public boolean writableCte() {
        return true;
    }

    @Override
    public String transactionIdQuery() {
        return TRANSACTION_ID;
    }

    @Override
    public String transactionStatusQuery() {
        return TRANSACTION_STATUS;
    }
}
