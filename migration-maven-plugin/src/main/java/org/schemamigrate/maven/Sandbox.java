package org.schemamigrate.maven;

import java.nio.file.Path;
import org.schemamigrate.core.embedded.EmbeddedDatabase;
import org.schemamigrate.core.embedded.EmbeddedMariaDb;
import org.schemamigrate.core.embedded.EmbeddedPostgres;

/**
 * The embedded sandbox database: started for one goal run, its data kept in {@code <baseDir>/<kind>} so it
 * survives between Maven invocations (until {@code mvn clean}).
 */
public final class Sandbox implements AutoCloseable {
    /** On MariaDB the migrations need a database (schema) of their own; PostgreSQL uses "postgres". */
    static final String MARIADB_DATABASE = "sandbox";

    public enum Kind {
        POSTGRES("postgres", "PostgreSQL"), MARIADB("mariadb", "MariaDB");

        private final String folder;
        private final String displayName;

        Kind(String folder, String displayName) {
            this.folder = folder;
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }

        public Path dataDirectory(Path baseDir) {
            return baseDir.resolve(folder);
        }
    }

    private final EmbeddedDatabase server;
    private final String url;

    private Sandbox(EmbeddedDatabase server, String url) {
        this.server = server;
        this.url = url;
    }

    /**
     * The launchers log every server line at INFO through Maven's slf4j, and Hibernate its start-up banner; only
     * their warnings matter here.
     */
    static void quietLaunchers() {
        quiet("io.zonky.test.db.postgres", "warn");
        quiet("ch.vorburger", "warn");
        // without a connection Hibernate warns that it has no connection provider: expected, not news
        quiet("org.hibernate", "error");
    }

    private static void quiet(String logger, String level) {
        String key = "org.slf4j.simpleLogger.log." + logger;
        if (System.getProperty(key) == null) {
            System.setProperty(key, level);
        }
    }

    public static Sandbox start(Kind kind, Path baseDir) {
        Path dataDir = kind.dataDirectory(baseDir).toAbsolutePath();
        if (kind == Kind.POSTGRES) {
            EmbeddedPostgres pg = EmbeddedPostgres.start(dataDir);
            return new Sandbox(pg, pg.jdbcUrl(pg.defaultDatabase()));
        }
        // one unpacked copy of the MariaDB binaries per user, not one beside every project's sandbox
        Path binaries = Path.of(System.getProperty("java.io.tmpdir"), "schemamigrate-mariadb-"
                + System.getProperty("user.name", "user"));
        EmbeddedMariaDb maria = EmbeddedMariaDb.start(dataDir, binaries);
        try {
            maria.createDatabase(MARIADB_DATABASE);
        } catch (RuntimeException e) {
            maria.close();
            throw e;
        }
        return new Sandbox(maria, maria.jdbcUrl(MARIADB_DATABASE));
    }

    public String url() {
        return url;
    }

    public String user() {
        return server.user();
    }

    public String password() {
        return server.password();
    }

    @Override
    public void close() {
        server.close();
    }
}
