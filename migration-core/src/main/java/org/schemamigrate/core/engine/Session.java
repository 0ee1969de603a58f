package org.schemamigrate.core.engine;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.history.HistoryStore;

/**
 * The work connection of one run, with the database kind, the effective schema and the history store.
 * Session settings it changes (application_name, search_path, catalog) are restored on close, so a pooled
 * connection goes back as it came.
 */
public final class Session implements AutoCloseable {
    static final String APPLICATION_NAME = "schemamigrate";
    private static final String HOST = hostName();

    private final DataSource dataSource;
    private final Connection connection;
    private final DatabaseKind kind;
    private final String schema;
    private final HistoryStore history;
    private final String runId = UUID.randomUUID().toString();
    private final String user;
    private final List<String> restore = new ArrayList<>();
    private String restoreCatalog;
    private final boolean restoreAutoCommit;

    private Session(DataSource dataSource, Connection connection, String schemaSetting, String table)
            throws SQLException {
        this.dataSource = dataSource;
        this.connection = connection;
        this.kind = DatabaseKind.detect(connection);
        // a pool may hand out connections with autocommit off; the engine decides transactions itself
        this.restoreAutoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        this.user = connection.getMetaData().getUserName();
        if (kind == DatabaseKind.POSTGRESQL) {
            // set_config takes the value exactly as SHOW prints it, lists like search_path included
            restore.add("SELECT set_config('application_name', " + literal(queryString("SHOW application_name"))
                    + ", false)");
            execute("SET application_name = '" + APPLICATION_NAME + "'");
            if (schemaSetting != null) {
                restore.add("SELECT set_config('search_path', " + literal(queryString("SHOW search_path"))
                        + ", false)");
                execute("SET search_path = " + kind.quote(schemaSetting));
            }
        } else if (schemaSetting != null) {
            restoreCatalog = connection.getCatalog();
            connection.setCatalog(schemaSetting);
        }
        this.schema = schemaSetting != null ? schemaSetting : currentSchema();
        this.history = new HistoryStore(kind, schema, table);
    }

    /** Opens the work connection; a bad URL, credentials or schema fail with a message that says which. */
    public static Session open(DataSource dataSource, String schema, String table) {
        Connection connection = connect(dataSource);
        try {
            return new Session(dataSource, connection, schema, table);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof MigrationException me) {
                throw me;
            }
            throw new MigrationException(ErrorCode.DATABASE_ERROR, "Could not prepare the database session"
                    + (schema == null ? "" : " for schema '" + schema + "'") + ": " + e.getMessage()
                    + (schema == null ? "" : ". Check that the schema exists (migration.schema)."), e);
        }
    }

    static Connection connect(DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new MigrationException(ErrorCode.DATABASE_ERROR, "Cannot connect to the database (" + dataSource
                    + "): " + e.getMessage() + ". Check migration.url, the user and password, and that the server is"
                    + " running and reachable.", e);
        }
    }

    private String currentSchema() throws SQLException {
        String current = queryString(kind == DatabaseKind.POSTGRESQL ? "SELECT current_schema()" : "SELECT DATABASE()");
        if (current == null) {
            throw new MigrationException(ErrorCode.CONFIGURATION, kind == DatabaseKind.POSTGRESQL
                    ? "The connection has no current schema (search_path is empty or names no existing schema)."
                    + " Set migration.schema or fix the search_path."
                    : "The JDBC URL selects no database. Add it to the URL (jdbc:mariadb://host:3306/mydb) or set"
                    + " migration.schema.");
        }
        return current;
    }

    /** A second connection, for the advisory lock; callers close it after releasing the lock. */
    public Connection openLockConnection() {
        Connection lock = connect(dataSource);
        if (kind == DatabaseKind.POSTGRESQL) {
            try (Statement s = lock.createStatement()) {
                s.execute("SET application_name = '" + APPLICATION_NAME + " lock'");
            } catch (SQLException e) {
                // only cosmetic: the lock works without an application name
            }
        }
        return lock;
    }

    private String queryString(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private static String literal(String value) {
        return "'" + (value == null ? "" : value.replace("'", "''")) + "'";
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

    public Connection connection() {
        return connection;
    }

    public DatabaseKind kind() {
        return kind;
    }

    public String schema() {
        return schema;
    }

    public HistoryStore history() {
        return history;
    }

    public String runId() {
        return runId;
    }

    public String user() {
        return user;
    }

    public String host() {
        return HOST;
    }

    /** What the lock protects: the history table of one schema (its qualified name). */
    public String lockName() {
        return history.qualifiedName();
    }

    @Override
    public void close() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            for (String sql : restore) {
                execute(sql);
            }
            if (restoreCatalog != null) {
                connection.setCatalog(restoreCatalog);
            }
            connection.setAutoCommit(restoreAutoCommit);
        } catch (SQLException e) {
            // the connection is closed next; a pool discards broken connections itself
        } finally {
            closeQuietly(connection);
        }
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing left to do with a connection that cannot close
        }
    }
}
