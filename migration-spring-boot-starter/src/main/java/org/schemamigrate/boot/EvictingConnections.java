package org.schemamigrate.boot;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import java.io.PrintWriter;
import java.util.logging.Logger;

/**
 * The application's pool as the fleet's server, with every connection the fleet took evicted from the pool
 * when the fleet gives it back. The fleet resets a connection's whole session between targets (PostgreSQL's
 * DISCARD ALL), which would also undo what the pool set up on it (HikariCP's connection-init-sql and schema),
 * and the application would later get such a connection. HikariCP's {@code evictConnection} is called by name:
 * other pools' connections are given back as they are.
 */
final class EvictingConnections implements DataSource {
    private final DataSource pool;
    private final Method evict;

    private EvictingConnections(DataSource pool, Method evict) {
        this.pool = pool;
        this.evict = evict;
    }

    /** The pool itself when it cannot evict (not HikariCP). */
    static DataSource of(DataSource pool) {
        try {
            return new EvictingConnections(pool, pool.getClass().getMethod("evictConnection", Connection.class));
        } catch (NoSuchMethodException e) {
            return pool;
        }
    }

    DataSource pool() {
        return pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection pooled = pool.getConnection();
        return (Connection) Proxy.newProxyInstance(EvictingConnections.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && !pooled.isClosed()) {
                        // evicted while still borrowed: the pool closes it when it comes back, never lends it again
                        evict.invoke(pool, pooled);
                    }
                    try {
                        return method.invoke(pooled, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLException("The fleet connects with the pool's own credentials");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger("org.schemamigrate");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return pool.isWrapperFor(iface);
    }
}
