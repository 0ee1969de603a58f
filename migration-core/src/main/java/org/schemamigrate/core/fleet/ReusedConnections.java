package org.schemamigrate.core.fleet;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;
import org.schemamigrate.core.db.ServerConnections;
import org.schemamigrate.core.internal.engine.Session;

/**
 * The fleet's server connections, handed from one target to the next: opening a connection costs more than a
 * target with nothing pending (a PostgreSQL backend is a new process), so a fleet reuses at most as many as it
 * runs at once. A returned connection is reset first — session settings back to the defaults and advisory
 * locks released (the runner's lock dies with its connection otherwise) — and dropped if that fails. On
 * PostgreSQL that reset is the whole session's, so a session there does not restore its own settings first
 * ({@link Session.ResetOnReturn}).
 */
final class ReusedConnections extends ServerConnections implements AutoCloseable {
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    ReusedConnections(DataSource server) {
        super(server);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical;
        synchronized (this) {
            physical = idle.pollFirst();
        }
        if (physical == null) {
            physical = server.getConnection();
        }
        return borrowed(physical, postgres(physical));
    }

    /**
     * {@code resetsAll}: given back, the whole session is reset (PostgreSQL's DISCARD ALL), so a session on it
     * need not restore its settings; MySQL/MariaDB only release locks, so sessions there restore the database.
     */
    private Connection borrowed(Connection physical, boolean resetsAll) {
        boolean[] returned = {false};
        return (Connection) Proxy.newProxyInstance(ReusedConnections.class.getClassLoader(), resetsAll
                ? new Class<?>[] {Connection.class, Session.ResetOnReturn.class} : new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close" -> {
                            if (!returned[0]) {
                                returned[0] = true;
                                giveBack(physical);
                            }
                            return null;
                        }
                        case "isClosed" -> {
                            return returned[0] || physical.isClosed();
                        }
                        default -> {
                            if (returned[0]) {
                                throw new SQLException("The connection was closed");
                            }
                            try {
                                return method.invoke(physical, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    }
                });
    }

    private void giveBack(Connection physical) {
        try {
            if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
            try (Statement s = physical.createStatement()) {
                s.execute(resetStatement(physical));
            }
        } catch (SQLException e) {
            closeQuietly(physical);
            return;
        }
        synchronized (this) {
            if (!closed) {
                idle.addFirst(physical);
                return;
            }
        }
        closeQuietly(physical);
    }

    private static String resetStatement(Connection physical) throws SQLException {
        // DISCARD ALL: settings, temporary tables, prepared statements (pgjdbc notices it) and advisory locks
        return postgres(physical) ? "DISCARD ALL" : "SELECT RELEASE_ALL_LOCKS()";
    }

    private static boolean postgres(Connection physical) throws SQLException {
        return physical.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                .contains("postgres");
    }

    @Override
    public synchronized void close() {
        closed = true;
        idle.forEach(ReusedConnections::closeQuietly);
        idle.clear();
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // a connection that cannot close is gone anyway
        }
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
