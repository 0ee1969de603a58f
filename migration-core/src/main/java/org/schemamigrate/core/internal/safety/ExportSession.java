package org.schemamigrate.core.internal.safety;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.schemamigrate.core.internal.dialect.RunnerDialect;

/**
 * The work connection set up, for the duration of one backup query (the dialect's export settings), so that
 * rows stream and their text form reads back exactly whatever the session's own settings: PostgreSQL with exact
 * floats, hex bytea and postgres-style intervals; MySQL/MariaDB in UTC (TIMESTAMP values are shown in the session
 * time zone, restore.sql uses UTC too).
 * The previous settings are put back on close.
 * <p>
 * Streaming: PostgreSQL only uses a cursor inside a transaction, so outside one (no-transaction files) a
 * read-only one is opened for the duration; MySQL's own driver streams with Integer.MIN_VALUE, MariaDB's with a
 * fetch size.
 */
final class ExportSession implements AutoCloseable {
    private static final int FETCH_SIZE = 1000;
    private final Connection connection;
    private final RunnerDialect dialect;
    private final boolean ownTransaction;
    private final int fetchSize;
    private final Map<String, String> previous = new LinkedHashMap<>();

    ExportSession(Connection connection, RunnerDialect dialect) throws SQLException {
        this.connection = connection;
        this.dialect = dialect;
        this.ownTransaction = dialect.streamsOnlyInTransaction() && connection.getAutoCommit();
        this.fetchSize = connection.getMetaData().getDriverName().contains("MySQL") ? Integer.MIN_VALUE
                : FETCH_SIZE;
        if (ownTransaction) {
            connection.setAutoCommit(false);
        }
        for (Map.Entry<String, String> setting : dialect.exportSettings().entrySet()) {
            previous.put(setting.getKey(), dialect.readSetting(connection, setting.getKey()));
            dialect.writeSetting(connection, setting.getKey(), setting.getValue());
        }
    }

    Statement statement() throws SQLException {
        Statement s = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        s.setFetchSize(fetchSize);
        return s;
    }

    @Override
    public void close() throws SQLException {
        for (Map.Entry<String, String> setting : previous.entrySet()) {
            dialect.writeSetting(connection, setting.getKey(), setting.getValue());
        }
        if (ownTransaction) {
            connection.rollback(); // it only read
            connection.setAutoCommit(true);
        }
    }
}
