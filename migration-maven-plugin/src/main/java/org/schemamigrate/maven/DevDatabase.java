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
 * The dev database migration:diff proves its output on: {@code migration.devUrl}, the shared embedded PostgreSQL
 * that outlives the goal ({@code migration.devServerIdle}), or a temporary embedded server of the dialect's kind,
 * started for this goal and removed after it.
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

    /** @param keepFor how long the embedded PostgreSQL stays up for the next goal ({@link SharedDevServer}); 0: not */
    static DevDatabase open(String devUrl, String user, String password, DatabaseKind dialect, Duration keepFor,
                            Log log) {
        return open(devUrl, user, password, dialect, keepFor, SharedDevServer.defaultHome(), log);
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
        if (dialect == DatabaseKind.POSTGRESQL && !keepFor.isZero() && !keepFor.isNegative()) {
            SharedDevServer shared = SharedDevServer.acquire(sharedHome, keepFor);
            log.info("Dev database: the shared embedded PostgreSQL in " + shared.home() + (shared.started()
                    ? ", started" : ", already running") + " (stays up " + Durations.format(keepFor) + " after the"
                    + " last use; mvn migration:stop-dev stops it, -Dmigration.devServerIdle=0 does without it)");
            return new DevDatabase(new UrlDataSource(shared.jdbcUrl("postgres"), shared.user(), ""),
                    DatabaseKind.POSTGRESQL, shared::close);
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

    /**
     * The embedded MariaDB's server default is latin1; its dev database stands in for a target the diff does not
     * know (scratch databases take its defaults), so it gets what MySQL 8 and current MariaDB servers default to.
     */
    private static void utf8mb4(EmbeddedDatabase server) {
        try (java.sql.Connection c = new UrlDataSource(server.jdbcUrl(server.defaultDatabase()), server.user(),
                server.password()).getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + DatabaseKind.MARIADB.quote(server.defaultDatabase())
                    + " CHARACTER SET utf8mb4");
        } catch (java.sql.SQLException e) {
            server.close();
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
