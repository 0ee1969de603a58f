package org.schemamigrate.core.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * A build in a JVM of its own (for {@link SharedDevServerRecoveryTest}): uses the shared server of {@code args[0]},
 * holds it {@code args[1]} ms, and prints whether it started it and the server's identity (start time and PID);
 * {@code args[2]}, if given, is the dialect (default PostgreSQL).
 */
public final class SharedDevServerUser {
    public static void main(String[] args) throws Exception {
        DatabaseKind dialect = args.length > 2 ? DatabaseKind.valueOf(args[2]) : DatabaseKind.POSTGRESQL;
        String identity = dialect == DatabaseKind.POSTGRESQL ? "SELECT pg_postmaster_start_time()::text"
                : "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'UPTIME'";
        try (SharedDevServer server = SharedDevServer.acquire(dialect, Path.of(args[0]), Duration.ofMinutes(5));
             Connection c = DriverManager.getConnection(server.jdbcUrl(server.defaultDatabase()), server.user(), "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(identity)) {
            rs.next();
            Thread.sleep(Long.parseLong(args[1]));
            String pid = SharedDevServer.readLease(Path.of(args[0])).getProperty("pid");
            System.out.println((server.started() ? "started " : "reused ") + (dialect == DatabaseKind.POSTGRESQL
                    ? rs.getString(1) : server.jdbcUrl("") + " pid " + pid));
        }
    }
}
