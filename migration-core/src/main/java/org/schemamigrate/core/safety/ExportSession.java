package org.schemamigrate.core.safety;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * The work connection set up, for the duration of one backup query, so that rows stream and their text form
 * reads back exactly whatever the session's own settings: PostgreSQL with exact floats, hex bytea and
 * postgres-style intervals; MySQL/MariaDB in UTC (TIMESTAMP values are shown in the session time zone, restore.sql uses UTC too).
 * The previous settings are put back on close.
 * <p>
 * Streaming: PostgreSQL only uses a cursor inside a transaction, so outside one (no-transaction files) a
 * read-only one is opened for the duration; MySQL's own driver streams with Integer.MIN_VALUE, MariaDB's with a
 * fetch size.
 */
final class ExportSession implements AutoCloseable {
    static final String MYSQL_TIME_ZONE = "+00:00";
    private static final int FETCH_SIZE = 1000;
    /** DateStyle is not among them: the JDBC driver already insists on ISO output. */
    private static final Map<String, String> POSTGRES_SETTINGS = Map.of("IntervalStyle", "postgres",
            "extra_float_digits", "1", "bytea_output", "hex");

    private final Connection connection;
    private final DatabaseKind kind;
    private final boolean ownTransaction;
    private final int fetchSize;
    private final Map<String, String> previous = new LinkedHashMap<>();

    ExportSession(Connection connection, DatabaseKind kind) throws SQLException {
        this.connection = connection;
        this.kind = kind;
        this.ownTransaction = kind == DatabaseKind.POSTGRESQL && connection.getAutoCommit();
        this.fetchSize = connection.getMetaData().getDriverName().contains("MySQL") ? Integer.MIN_VALUE
                : FETCH_SIZE;
        if (ownTransaction) {
            connection.setAutoCommit(false);
        }
        if (kind == DatabaseKind.POSTGRESQL) {
            for (Map.Entry<String, String> setting : POSTGRES_SETTINGS.entrySet()) {
                previous.put(setting.getKey(), query("SELECT current_setting(?)", setting.getKey()));
                set(setting.getKey(), setting.getValue());
            }
        } else {
            previous.put("time_zone", query("SELECT @@SESSION.time_zone", null));
            set("time_zone", MYSQL_TIME_ZONE);
        }
    }

    Statement statement() throws SQLException {
        Statement s = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        s.setFetchSize(fetchSize);
        return s;
    }

    private String query(String sql, String parameter) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private void set(String name, String value) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(kind == DatabaseKind.POSTGRESQL
                ? "SELECT set_config(?, ?, false)" : "SET time_zone = ?")) {
            if (kind == DatabaseKind.POSTGRESQL) {
                s.setString(1, name);
                s.setString(2, value);
            } else {
                s.setString(1, value);
            }
            s.execute();
        }
    }

    @Override
    public void close() throws SQLException {
        for (Map.Entry<String, String> setting : previous.entrySet()) {
            set(setting.getKey(), setting.getValue());
        }
        if (ownTransaction) {
            connection.rollback(); // it only read
            connection.setAutoCommit(true);
        }
    }
}
