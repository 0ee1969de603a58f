package org.schemamigrate.core.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * What {@link SharedDevServer} needs to know of one kind of embedded server: where it lives, how it starts detached
 * (outliving the JVM that started it), how to ask it which data directory it serves, and its process's name (a
 * stale PID is only signalled when it still names such a server).
 */
enum DevServerKind {
    POSTGRESQL("dev-postgres", "postgres", "postgres", "SELECT setting FROM pg_settings WHERE name = 'data_directory'",
            "postmaster.pid", List.of("postgres")) {
        @Override
        String jdbcUrl(int port, String database) {
            return "jdbc:postgresql://localhost:" + port + "/" + database;
        }

        @Override
        Started start(Path data) {
            EmbeddedPostgres server = EmbeddedPostgres.startDetached(data);
            return new Started(server.port(), pidOf(data).orElse(-1L), server);
        }
    },
    MARIADB("dev-mariadb", "root", "mysql", "SELECT @@datadir", EmbeddedMariaDb.DETACHED_PID_FILE,
            List.of("mariadbd", "mysqld")) {
        @Override
        String jdbcUrl(int port, String database) {
            return "jdbc:mariadb://localhost:" + port + "/" + database;
        }

        @Override
        Started start(Path data) {
            EmbeddedMariaDb.Detached server = EmbeddedMariaDb.startDetached(data);
            return new Started(server.port(), server.pid(), null);
        }
    };

    /** A detached server just started; {@code own} stops it through its launcher (null: a signal will do). */
    record Started(int port, long pid, AutoCloseable own) {
    }

    final String directoryName;
    final String user;
    final String adminDatabase;
    /** One row, one column: the data directory the server serves. */
    final String dataDirectoryQuery;
    private final String pidFile;
    private final List<String> processNames;

    DevServerKind(String directoryName, String user, String adminDatabase, String dataDirectoryQuery, String pidFile,
                  List<String> processNames) {
        this.directoryName = directoryName;
        this.user = user;
        this.adminDatabase = adminDatabase;
        this.dataDirectoryQuery = dataDirectoryQuery;
        this.pidFile = pidFile;
        this.processNames = processNames;
    }

    abstract String jdbcUrl(int port, String database);

    abstract Started start(Path data);

    /** The server for a dialect: MySQL itself cannot be embedded, MariaDB stands in for it. */
    static DevServerKind of(DatabaseKind dialect) {
        return dialect == DatabaseKind.POSTGRESQL ? POSTGRESQL : MARIADB;
    }

    /** The kind a lease names; one written before there were two kinds is PostgreSQL's. */
    static DevServerKind named(String name) {
        return name == null || name.isBlank() ? POSTGRESQL : valueOf(name);
    }

    /** The first line of the server's PID file in its data directory, while the server runs. */
    Optional<Long> pidOf(Path data) {
        try (Stream<String> lines = Files.lines(data.resolve(pidFile))) {
            return lines.findFirst().map(String::strip).map(Long::parseLong);
        } catch (IOException | NumberFormatException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    boolean isServerProcess(ProcessHandle process) {
        return process.info().command().map(c -> Path.of(c).getFileName().toString())
                .map(name -> processNames.stream().anyMatch(name::startsWith)).orElse(false);
    }
}
