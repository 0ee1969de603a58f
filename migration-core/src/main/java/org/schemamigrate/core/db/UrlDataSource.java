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

    /** The same credentials over another URL (another database of the same server). */
    public UrlDataSource withUrl(String otherUrl) {
        UrlDataSource other = new UrlDataSource(otherUrl, null, null);
        other.properties.putAll(properties);
        return other;
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
        try {
            return open(credentials);
        } catch (SQLException e) {
            throw scrubbed(e, credentials.getProperty("password"));
        }
    }

    private Connection open(Properties credentials) throws SQLException {
        Driver driver = driver();
        if (driver == null) {
            // DriverManager's own message repeats the raw URL, password included
            for (java.util.Enumeration<Driver> drivers = DriverManager.getDrivers(); drivers.hasMoreElements(); ) {
                Driver registered = drivers.nextElement();
                if (registered.acceptsURL(url)) {
                    return DriverManager.getConnection(url, credentials);
                }
            }
            throw new SQLException("No JDBC driver on the classpath accepts the URL " + JdbcUrls.maskPassword(url)
                    + ". Check its prefix (jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:) and that the driver is a"
                    + " dependency", "08001");
        }
        Connection connection = driver.connect(url, credentials);
        if (connection == null) {
            throw new SQLException("The JDBC driver " + driver.getClass().getName() + " refused the URL "
                    + JdbcUrls.maskPassword(url));
        }
        return connection;
    }

    /**
     * A driver's message may repeat the URL or the password; the copy has them masked and no cause (the cause's
     * message would repeat them), but the same state, code and stack.
     */
    private SQLException scrubbed(SQLException e, String password) {
        String message = e.getMessage();
        if (message == null) {
            return e;
        }
        String clean = message.replace(url, JdbcUrls.maskPassword(url));
        java.util.List<String> secrets = new java.util.ArrayList<>(JdbcUrls.passwordsIn(url));
        if (password != null) {
            secrets.add(password);
        }
        for (String secret : secrets) {
            if (secret.length() >= 3) {
                clean = clean.replace(secret, "***");
            }
        }
        Throwable cause = e.getCause();
        boolean causeLeaks = false;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            causeLeaks |= m.contains(url) || secrets.stream().anyMatch(s -> s.length() >= 3 && m.contains(s));
        }
        if (clean.equals(message) && !causeLeaks) {
            return e;
        }
        SQLException copy = new SQLException(clean, e.getSQLState(), e.getErrorCode());
        copy.setStackTrace(e.getStackTrace());
        return copy;
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
