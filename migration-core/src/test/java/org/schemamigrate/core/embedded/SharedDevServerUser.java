package org.schemamigrate.core.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

/**
 * A build in a JVM of its own (for {@link SharedDevServerRecoveryTest}): uses the shared server of {@code args[0]},
 * holds it {@code args[1]} ms, and prints whether it started it and the server's start time.
 */
public final class SharedDevServerUser {
    public static void main(String[] args) throws Exception {
        try (SharedDevServer server = SharedDevServer.acquire(Path.of(args[0]), Duration.ofMinutes(5));
             Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_postmaster_start_time()::text")) {
            rs.next();
            Thread.sleep(Long.parseLong(args[1]));
            System.out.println((server.started() ? "started " : "reused ") + rs.getString(1));
        }
    }
}
