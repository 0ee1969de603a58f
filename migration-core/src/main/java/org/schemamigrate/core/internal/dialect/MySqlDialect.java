package org.schemamigrate.core.internal.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.internal.sql.MySqlScriptSplitter;
import org.schemamigrate.core.internal.sql.ScriptSplitter;

/**
 * The MySQL family: MySQL and MariaDB are flavours of one dialect (DDL auto-commits, the catalog is the schema,
 * GET_LOCK, DELIMITER). Nothing in the runner differs between them yet; where something does, check
 * {@link #kind()} here, not in the caller.
 */
final class MySqlDialect implements RunnerDialect {
    static final MySqlDialect MYSQL = new MySqlDialect(DatabaseKind.MYSQL);
    static final MySqlDialect MARIADB = new MySqlDialect(DatabaseKind.MARIADB);

    /** Backups and restore.sql read and write TIMESTAMP values in UTC. */
    static final String EXPORT_TIME_ZONE = "+00:00";
    /** Column types whose values travel as hex. */
    private static final Set<String> BINARY_TYPES = Set.of("binary", "varbinary", "tinyblob", "blob", "mediumblob",
            "longblob", "geometry", "point", "linestring", "polygon", "multipoint", "multilinestring",
            "multipolygon", "geometrycollection");
    private static final Map<String, String> EXPORT_SETTINGS = Map.of("time_zone", EXPORT_TIME_ZONE);
    private static final String DESCRIBE_COLUMNS = "SELECT c.column_name, c.data_type, c.extra,"
            + " (SELECT k.ordinal_position FROM information_schema.key_column_usage k"
            + " WHERE k.table_schema = c.table_schema AND k.table_name = c.table_name"
            + " AND k.column_name = c.column_name AND k.constraint_name = 'PRIMARY')"
            + " FROM information_schema.columns c WHERE c.table_schema = ? AND c.table_name = ?"
            + " ORDER BY c.ordinal_position";

    private static final String RUNNING_STATEMENT = "SELECT id, time FROM information_schema.processlist"
            + " WHERE id <> CONNECTION_ID() AND info = ?";
    private static final String SCHEMA_EXISTS = "SELECT COUNT(*) FROM information_schema.schemata"
            + " WHERE schema_name = ?";
    private static final String INDEX_EXISTS = "SELECT COUNT(*) FROM information_schema.statistics WHERE "
            + "LOWER(table_schema) = LOWER(?) AND LOWER(index_name) = LOWER(?)";

    private final DatabaseKind flavour;
    private final ScriptSplitter splitter = new MySqlScriptSplitter();

    private MySqlDialect(DatabaseKind flavour) {
        this.flavour = flavour;
    }

    @Override
    public DatabaseKind kind() {
        return flavour;
    }

    @Override
    public SessionRestore prepareSession(Connection c, String schema, String applicationName) throws SQLException {
        if (schema == null) {
            return connection -> { };
        }
        String previous = c.getCatalog();
        c.setCatalog(schema);
        return connection -> {
            if (previous != null) {
                connection.setCatalog(previous);
            }
        };
    }

    @Override
    public String currentSchema(Connection c) throws SQLException {
        return PostgresDialect.queryString(c, "SELECT DATABASE()");
    }

    @Override
    public String noCurrentSchemaMessage() {
        return "The JDBC URL selects no database. Add it to the URL (jdbc:mariadb://host:3306/mydb) or set"
                + " migration.schema.";
    }

    @Override
    public void nameConnection(Connection c, String applicationName) {
        // the connection id in the process list identifies the holder; there is no session name to set
    }

    @Override
    public String createHistoryTable(String qualifiedName) {
        return String.format(HistorySql.MYSQL_HISTORY, qualifiedName);
    }

    @Override
    public String createLogTable(String qualifiedName) {
        return String.format(HistorySql.MYSQL_LOG, qualifiedName);
    }

    @Override
    public String createBatchTable(String qualifiedName) {
        return String.format(HistorySql.MYSQL_BATCH, qualifiedName);
    }

    @Override
    public String now() {
        return "UTC_TIMESTAMP(3)";
    }

    @Override
    public boolean tableExists(Connection c, String schema, String table, String qualifiedName) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HistorySql.MYSQL_EXISTS)) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    @Override
    public boolean[] tablesExist(Connection c, String schema, List<String> tables, List<String> qualifiedNames)
            throws SQLException {
        String sql = "SELECT table_name FROM information_schema.tables WHERE table_schema = COALESCE(?, DATABASE())"
                + " AND table_name IN (" + String.join(", ", java.util.Collections.nCopies(tables.size(), "?")) + ")";
        List<String> found = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, schema);
            for (int i = 0; i < tables.size(); i++) {
                ps.setString(i + 2, tables.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        boolean[] exist = new boolean[tables.size()];
        for (int i = 0; i < exist.length; i++) {
            // information_schema compares names case-insensitively, as tableExists does
            String table = tables.get(i);
            exist[i] = found.stream().anyMatch(table::equalsIgnoreCase);
        }
        return exist;
    }

    @Override
    public Instant readTimestamp(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    @Override
    public AdvisoryLock advisoryLock(String name) {
        return new MySqlLock(name);
    }

    @Override
    public ScriptSplitter splitter() {
        return splitter;
    }

    @Override
    public LockRisk dropIndex(String sql) {
        return null;
    }

    @Override
    public LockRisk createIndex(boolean concurrently) {
        return null;
    }

    @Override
    public LockRisk addColumn(String table, String action) {
        return null;
    }

    @Override
    public LockRisk addConstraint(String table, String action) {
        return null;
    }

    @Override
    public LockRisk setNotNull(String table) {
        return null;
    }

    @Override
    public LockRisk widenVarchar(String table, String sql, boolean lengthPrefixKept) {
        if (lengthPrefixKept || sql.contains("ALGORITHM=")) {
            return null; // in place, metadata only; or the statement asks the server to refuse rather than copy
        }
        return new LockRisk("SM451", "the longer varchar may pass 255 bytes in its character set (utf8mb4: 4 a"
                + " character), so its length prefix would grow from 1 to 2 bytes and the server copy " + table
                + " while blocking writes (ALGORITHM=INPLACE is refused); run it when the table is quiet or with an"
                + " online schema change tool");
    }

    @Override
    public LockRisk changeColumn(String table, String sql) {
        if (sql.contains("ALGORITHM=INSTANT") || sql.contains("ALGORITHM=INPLACE") && sql.contains("LOCK=NONE")) {
            return null; // the server refuses the statement rather than copy the table under a lock
        }
        return new LockRisk("SM451", "the column change may copy " + table + " while blocking writes; add"
                + " ALGORITHM=INPLACE, LOCK=NONE so MySQL refuses instead of locking");
    }

    @Override
    public boolean modifiesColumnDefinitions() {
        return true;
    }

    @Override
    public CatalogTable describeTable(Connection c, String schema, String table, boolean quoted)
            throws SQLException {
        String database = schema == null ? currentSchema(c) : schema;
        // unquoted names lost their case in normalisation: find the table without regard to case, exact wins
        String name = null;
        try (PreparedStatement s = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND lower(table_name) = lower(?)")) {
            s.setString(1, database);
            s.setString(2, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String found = rs.getString(1);
                    if (name == null || found.equals(table)) {
                        name = found;
                    }
                }
            }
        }
        if (name == null || quoted && !name.equals(table)) {
            return null;
        }
        List<CatalogTable.Column> columns = new ArrayList<>();
        TreeMap<Integer, CatalogTable.Column> key = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(DESCRIBE_COLUMNS)) {
            s.setString(1, database);
            s.setString(2, name);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String extra = rs.getString(3) == null ? "" : rs.getString(3).toUpperCase(Locale.ROOT);
                    CatalogTable.Column column = new CatalogTable.Column(rs.getString(1),
                            rs.getString(2).toLowerCase(Locale.ROOT),
                            extra.matches(".*\\b(VIRTUAL|STORED|PERSISTENT)\\b.*"), false);
                    columns.add(column);
                    if (rs.getObject(4) != null) {
                        key.put(rs.getInt(4), column);
                    }
                }
            }
        }
        return columns.isEmpty() ? null : new CatalogTable(database, name, columns, List.copyOf(key.values()));
    }

    @Override
    public boolean caseInsensitiveColumns() {
        return true;
    }

    @Override
    public boolean hasEquality(String columnType) {
        return true;
    }

    @Override
    public boolean failedQueryAbortsTransaction() {
        return false;
    }

    @Override
    public String selectAsText(String columnRef, String columnType) {
        if (BINARY_TYPES.contains(columnType)) {
            return "HEX(" + columnRef + ")";
        }
        return columnType.equals("bit") ? "CAST(" + columnRef + " AS UNSIGNED)" : "CAST(" + columnRef + " AS CHAR)";
    }

    @Override
    public String restoreLiteral(String columnType, String text) {
        if (BINARY_TYPES.contains(columnType)) {
            return "X'" + text + "'";
        }
        if (columnType.equals("bit")) {
            return text;
        }
        return "'" + text.replace("\\", "\\\\").replace("'", "''").replace("\0", "\\0").replace("\r", "\\r")
                + "'";
    }

    @Override
    public String nullSafeEquals() {
        return " <=> ";
    }

    @Override
    public boolean streamsOnlyInTransaction() {
        return false;
    }

    @Override
    public Map<String, String> exportSettings() {
        return EXPORT_SETTINGS;
    }

    @Override
    public String readSetting(Connection c, String name) throws SQLException {
        return PostgresDialect.queryString(c, "SELECT @@SESSION." + exportSetting(name));
    }

    @Override
    public void writeSetting(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SET SESSION " + exportSetting(name) + " = ?")) {
            s.setString(1, value);
            s.execute();
        }
    }

    /** Session variables cannot be bound as parameters: only the known export settings are accepted. */
    private static String exportSetting(String name) {
        if (!EXPORT_SETTINGS.containsKey(name)) {
            throw new IllegalArgumentException("Not an export setting: " + name);
        }
        return name;
    }

    @Override
    public String restoreScriptHeader() {
        return "SET NAMES utf8mb4;\nSET @schemamigrate_sql_mode = @@SESSION.sql_mode;\n"
                + "SET SESSION sql_mode = REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', '');\n"
                + "SET @schemamigrate_time_zone = @@SESSION.time_zone;\n"
                + "SET time_zone = '" + EXPORT_TIME_ZONE + "';\n"
                + "START TRANSACTION;\n";
    }

    @Override
    public String restoreScriptFooter() {
        return "COMMIT;\nSET SESSION sql_mode = @schemamigrate_sql_mode;\nSET time_zone = @schemamigrate_time_zone;\n";
    }

    @Override
    public String runningStatementQuery() {
        return RUNNING_STATEMENT;
    }

    @Override
    public String schemaExistsQuery() {
        return SCHEMA_EXISTS;
    }

    /** A statement's unquoted names are lower-cased when read, and the catalog keeps them as written. */
    @Override
    public String catalogNameEquals(String column) {
        return "LOWER(" + column + ") = LOWER(?)";
    }

    @Override
    public boolean indexNamesPerTable() {
        return true;
    }

    @Override
    public String indexExistsQuery(boolean onTable) {
        return onTable ? INDEX_EXISTS + " AND LOWER(table_name) = LOWER(?)" : INDEX_EXISTS;
    }

    /** The MySQL family cannot tell afterwards whether a transaction committed. */
    @Override
    public String transactionIdQuery() {
        return null;
    }

    @Override
    public String transactionStatusQuery() {
        return null;
    }
}
