package org.schemamigrate.core.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that hands out another one's connections in its own way (reused, evicted afterwards, …): the
 * rest of {@link DataSource} is the server's, and only the server's own credentials are used.
 */
public abstract class ServerConnections implements DataSource {
    protected final DataSource server;

    protected ServerConnections(DataSource server) {
        this.server = server;
    }

    @Override
    public abstract Connection getConnection() throws SQLException;

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLException("These connections use the server's own credentials");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return server.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        server.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        server.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return server.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger("org.schemamigrate");
    }

    @Override
    public String toString() {
        return server.toString();
    }
}
