package org.schemamigrate.core.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.embedded.EmbeddedDatabase;
import org.schemamigrate.core.embedded.EmbeddedMariaDb;
import org.schemamigrate.core.embedded.EmbeddedPostgres;

/**
 * The embedded servers of this JVM: each starts on first use and stops when the JVM exits.
 * Tests get fresh databases from {@link #fresh(DatabaseKind)} or a {@link DatabaseTest} parameter.
 */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedDatabase postgres;
    private static EmbeddedDatabase mariaDb;

    private TestDatabases() {
    }

    public static synchronized EmbeddedDatabase server(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> {
                if (postgres == null) {
                    postgres = stopAtExit(EmbeddedPostgres.start(null));
                }
                yield postgres;
            }
            case MARIADB -> {
                if (mariaDb == null) {
                    mariaDb = stopAtExit(EmbeddedMariaDb.start(null));
                }
                yield mariaDb;
            }
            case MYSQL -> throw new IllegalArgumentException(
                    "No embedded MySQL exists on Maven Central; MySQL-family tests run on MariaDB.");
        };
    }

    /** A new, empty database on the shared server of that kind. */
    public static TestDatabase fresh(DatabaseKind kind) {
        EmbeddedDatabase server = server(kind);
        String name = "t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        server.createDatabase(name);
        return new TestDatabase(kind, name, server.jdbcUrl(name), server.user(), server.password());
    }

    private static EmbeddedDatabase stopAtExit(EmbeddedDatabase server) {
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-embedded-" + server.kind()));
        return server;
    }
}
