package org.schemamigrate.maven;

import java.time.Duration;
import javax.sql.DataSource;
import org.apache.maven.plugin.logging.Log;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.JdbcUrls;
import org.schemamigrate.core.db.UrlDataSource;
import org.schemamigrate.core.embedded.EmbeddedDatabase;
import org.schemamigrate.core.embedded.EmbeddedMariaDb;
import org.schemamigrate.core.embedded.EmbeddedPostgres;
import org.schemamigrate.core.embedded.SharedDevServer;

/**
 * The dev database migration:diff proves its output on: {@code migration.devUrl}, the shared embedded server of the
 * dialect's kind (PostgreSQL, or MariaDB for MariaDB and MySQL) that outlives the goal
 * ({@code migration.devServerIdle}), or a temporary embedded server of that kind, started for this goal and removed
 * after it.
 */
final class DevDatabase implements AutoCloseable {
    private final DataSource dataSource;
    private final DatabaseKind kind;
    /** Stops a temporary embedded server, or releases the shared one; null for migration.devUrl. */
    private final AutoCloseable embedded;

    private DevDatabase(DataSource dataSource, DatabaseKind kind, AutoCloseable embedded) {
        this.dataSource = dataSource;
        this.kind = kind;
        this.embedded = embedded;
    }

    static DevDatabase open(String devUrl, String user, String password, DatabaseKind dialect, Log log) {
        return open(devUrl, user, password, dialect, Duration.ZERO, log);
    }

    /** @param keepFor how long the embedded server stays up for the next goal ({@link SharedDevServer}); 0: not */
    static DevDatabase open(String devUrl, String user, String password, DatabaseKind dialect, Duration keepFor,
                            Log log) {
        return open(devUrl, user, password, dialect, keepFor, SharedDevServer.defaultHome(dialect), log);
    }

    /** @param sharedHome where the shared server lives (tests give each their own) */
    static DevDatabase open(String devUrl, String user, String password, DatabaseKind dialect, Duration keepFor,
                            java.nio.file.Path sharedHome, Log log) {
        if (devUrl != null && !devUrl.isBlank()) {
            DatabaseKind kind = DatabaseKind.fromUrl(devUrl);
            if (kind == null) {
                throw new ConfigurationException("migration.devUrl must be a jdbc:postgresql:, jdbc:mariadb: or"
                        + " jdbc:mysql: URL; got " + JdbcUrls.maskPassword(devUrl) + ".");
            }
            log.info("Dev database: " + JdbcUrls.maskPassword(devUrl) + " (scratch databases are created and dropped)");
            return new DevDatabase(new UrlDataSource(devUrl, user, password), kind, null);
        }
        if (!keepFor.isZero() && !keepFor.isNegative()) {
            return shared(dialect, keepFor, sharedHome, log);
        }
        EmbeddedDatabase server;
        if (dialect == DatabaseKind.POSTGRESQL) {
            log.info("Dev database: a temporary embedded PostgreSQL (set migration.devUrl to use another server)");
            server = EmbeddedPostgres.start(null);
        } else {
            log.info("Dev database: a temporary embedded MariaDB" + (dialect == DatabaseKind.MYSQL
                    ? " (MySQL itself cannot be embedded: set migration.devUrl to a MySQL 8 server for an exact"
                    + " proof)" : "") + " (set migration.devUrl to use another server)");
            server = EmbeddedMariaDb.start(null);
            utf8mb4(server);
        }
        // several statements per round trip: SHOW CREATE texts of a proof and a replay's migrations in one each
        String url = server.jdbcUrl(server.defaultDatabase())
                + (server.kind() == DatabaseKind.POSTGRESQL ? "" : "?allowMultiQueries=true");
        return new DevDatabase(new UrlDataSource(url, server.user(), server.password()), server.kind(), server);
    }

    private static DevDatabase shared(DatabaseKind dialect, Duration keepFor, java.nio.file.Path home, Log log) {
        SharedDevServer shared = SharedDevServer.acquire(dialect, home, keepFor);
        boolean postgres = dialect == DatabaseKind.POSTGRESQL;
        log.info("Dev database: the shared embedded " + (postgres ? "PostgreSQL" : "MariaDB") + " in " + shared.home()
                + (shared.started() ? ", started" : ", already running") + " (stays up " + Durations.format(keepFor)
                + " after the last use; mvn migration:stop-dev stops it, -Dmigration.devServerIdle=0 does without it)"
                + (dialect == DatabaseKind.MYSQL ? "; MySQL itself cannot be embedded: set migration.devUrl to a"
                + " MySQL 8 server for an exact proof" : ""));
        if (postgres) {
            return new DevDatabase(new UrlDataSource(shared.jdbcUrl("postgres"), shared.user(), ""),
                    DatabaseKind.POSTGRESQL, shared::close);
        }
        UrlDataSource admin = new UrlDataSource(shared.jdbcUrl(shared.defaultDatabase()), shared.user(), "");
        try {
            utf8mb4(admin, shared.defaultDatabase());
        } catch (RuntimeException e) {
            shared.close();
            throw e;
        }
        return new DevDatabase(new UrlDataSource(shared.jdbcUrl(shared.defaultDatabase()) + "?allowMultiQueries=true",
                shared.user(), ""), DatabaseKind.MARIADB, shared::close);
    }

    /**
     * The embedded MariaDB's server default is latin1; its dev database stands in for a target the diff does not
     * know (scratch databases take its defaults), so it gets what MySQL 8 and current MariaDB servers default to.
     */
    private static void utf8mb4(EmbeddedDatabase server) {
        try {
            utf8mb4(new UrlDataSource(server.jdbcUrl(server.defaultDatabase()), server.user(), server.password()),
                    server.defaultDatabase());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static void utf8mb4(DataSource admin, String database) {
        try (java.sql.Connection c = admin.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + DatabaseKind.MARIADB.quote(database) + " CHARACTER SET utf8mb4");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not set up the embedded dev database: " + e.getMessage(), e);
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    DatabaseKind kind() {
        return kind;
    }

    /** Whether what is kept on the server (the replay cache) is there for the next goal: not a temporary one. */
    boolean outlivesTheGoal() {
        return !(embedded instanceof EmbeddedDatabase);
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (Exception e) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
            }
        }
    }
}
