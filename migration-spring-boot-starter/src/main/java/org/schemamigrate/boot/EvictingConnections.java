package org.schemamigrate.boot;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.schemamigrate.core.db.ServerConnections;

/**
 * The application's pool as the fleet's server, with every connection the fleet took evicted from the pool
 * when the fleet gives it back. The fleet resets a connection's whole session between targets (PostgreSQL's
 * DISCARD ALL), which would also undo what the pool set up on it (HikariCP's connection-init-sql and schema),
 * and the application would later get such a connection. HikariCP's {@code evictConnection} is called by name:
 * other pools' connections are given back as they are.
 */
final class EvictingConnections extends ServerConnections {
    private final Method evict;

    private EvictingConnections(DataSource pool, Method evict) {
        super(pool);
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
        return server;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection pooled = server.getConnection();
        return (Connection) Proxy.newProxyInstance(EvictingConnections.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && !pooled.isClosed()) {
                        // evicted while still borrowed: the pool closes it when it comes back, never lends it again
                        evict.invoke(server, pooled);
                    }
                    try {
                        return method.invoke(pooled, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return server.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return server.isWrapperFor(iface);
    }
}
