package org.schemamigrate.core.internal.engine;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.ServerVersion;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.internal.history.HistoryStore;

/**
 * The work connection of one run, with the database kind, the effective schema and the history store.
 * Session settings it changes (application_name, search_path, catalog) are restored on close, so a pooled
 * connection goes back as it came (unless its owner resets it anyway: {@link ResetOnReturn}).
 */
public final class Session implements AutoCloseable {
    static final String APPLICATION_NAME = "schemamigrate";
    private static final String HOST = hostName();

    private final DataSource dataSource;
    private final Connection connection;
    private final ServerVersion server;
    private final RunnerDialect dialect;
    private final String schema;
    private final HistoryStore history;
    private final String runId = UUID.randomUUID().toString();
    private final String user;
    private final RunnerDialect.SessionRestore restore;
    private final boolean restoreAutoCommit;

    /**
     * Marks a connection whose owner resets the whole session when it is given back (a fleet's connections:
     * {@code DISCARD ALL}): restoring the settings first would only cost a round trip per target.
     */
    public interface ResetOnReturn {
    }

    private Session(DataSource dataSource, Connection connection, String schemaSetting, String table)
            throws SQLException {
        this.dataSource = dataSource;
        this.connection = connection;
        // from the version string: MariaDB reached through mysql-connector-j reports major version 5
        this.server = ServerVersion.of(connection);
        this.dialect = RunnerDialect.of(server.kind());
        // a pool may hand out connections with autocommit off; the engine decides transactions itself
        this.restoreAutoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        this.user = connection.getMetaData().getUserName();
        RunnerDialect.SessionRestore set = dialect.prepareSession(connection, schemaSetting, APPLICATION_NAME);
        this.restore = connection instanceof ResetOnReturn ? c -> { } : set;
        this.schema = schemaSetting != null ? schemaSetting : currentSchema();
        this.history = new HistoryStore(dialect, schema, table);
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
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not prepare the database session"
                    + (schema == null ? "" : " for schema '" + schema + "'") + ": " + e.getMessage()
                    + (schema == null ? "" : ". Check that the schema exists (migration.schema)."), e);
        }
    }

    static Connection connect(DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Cannot connect to the database (" + dataSource
                    + "): " + e.getMessage() + ". Check migration.url, the user and password, and that the server is"
                    + " running and reachable.", e);
        }
    }

    private String currentSchema() throws SQLException {
        String current = dialect.currentSchema(connection);
        if (current == null) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, dialect.noCurrentSchemaMessage());
        }
        return current;
    }

    /** A second connection, for the advisory lock; callers close it after releasing the lock. */
    public Connection openLockConnection() {
        Connection lock = connect(dataSource);
        dialect.nameConnection(lock, APPLICATION_NAME + " lock");
        return lock;
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
        return dialect.kind();
    }

    /** The server's product and version, as its version string says. */
    public ServerVersion server() {
        return server;
    }

    /** Everything this database does differently. */
    public RunnerDialect dialect() {
        return dialect;
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
            restore.restore(connection);
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
