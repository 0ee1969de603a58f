package org.schemamigrate.core.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource over a JDBC URL, user and password, for callers that have no pool. Each call opens a new
 * connection; the runner needs only two (work and lock). The driver is looked up with ServiceLoader in this
 * library's and the thread's class loaders before DriverManager: DriverManager registers drivers once per JVM
 * from whichever loader touched it first, so inside Maven (a class realm per plugin) or an application server
 * it may not see the driver that sits right beside this class.
 */
public final class UrlDataSource implements DataSource {
    private final String url;
    private final Properties properties = new Properties();
    private Driver driver;

    public UrlDataSource(String url, String user, String password) {
        this.url = url;
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
    }

    public String url() {
        return url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(properties);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Properties credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        return connect(credentials);
    }

    private Connection connect(Properties credentials) throws SQLException {
        Driver driver = driver();
        if (driver == null) {
            return DriverManager.getConnection(url, credentials);
        }
        Connection connection = driver.connect(url, credentials);
        if (connection == null) {
            throw new SQLException("The JDBC driver " + driver.getClass().getName() + " refused the URL "
                    + JdbcUrls.maskPassword(url));
        }
        return connection;
    }

    private Driver driver() {
        if (driver == null) {
            driver = findDriver(url);
        }
        return driver;
    }

    private static Driver findDriver(String url) {
        for (ClassLoader loader : new ClassLoader[] {UrlDataSource.class.getClassLoader(),
                Thread.currentThread().getContextClassLoader()}) {
            if (loader == null) {
                continue;
            }
            for (Driver candidate : ServiceLoader.load(Driver.class, loader)) {
                try {
                    if (candidate.acceptsURL(url)) {
                        return candidate;
                    }
                } catch (SQLException e) {
                    // a driver that cannot judge the URL is not the one
                }
            }
        }
        return null;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no logging: the runner reports through events
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return "UrlDataSource[" + JdbcUrls.maskPassword(url) + "]";
    }
}
