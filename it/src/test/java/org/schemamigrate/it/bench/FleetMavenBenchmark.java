package org.schemamigrate.it.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.schemamigrate.core.embedded.EmbeddedPostgres;

/**
 * The Maven side of the fleet figures: {@code mvn migration:up} invoked once per target (the loop a team writes
 * around a tool without fleets) against one {@code mvn migration:up -Dmigration.targetsPattern=…} over the whole
 * fleet, on an embedded PostgreSQL with 20 migrations per target. The per-target loop is measured over
 * {@code fleet.maven} targets and scaled to the fleet's size (each invocation is the same work).
 * {@code ./mvnw -B -o -pl it -am verify -Pbench-fleet -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false [-Dfleet.pg=1000 -Dfleet.maven=5]}
 */
public final class FleetMavenBenchmark {
    private static final int MIGRATIONS = 20;

    private FleetMavenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int fleetSize = Integer.getInteger("fleet.pg", 1000);
        int looped = Integer.getInteger("fleet.maven", 5);
        Path work = Path.of(System.getProperty("it.workDir", "target/fleet-bench")).toAbsolutePath();
        Path project = project(work);
        try (EmbeddedPostgres server = EmbeddedPostgres.start(null)) {
            server.createDatabase("bench");
            String url = server.jdbcUrl("bench");
            schemas(url, server.user(), "loop", looped);
            schemas(url, server.user(), "fleet", fleetSize);
            List<String> connection = List.of("-Dmigration.url=" + url, "-Dmigration.user=" + server.user());

            double loopSeconds = 0;
            for (int i = 1; i <= looped; i++) {
                loopSeconds += mvn(project, work, "loop-" + i, connection, "-Dmigration.schema=" + name("loop", i));
            }
            double perTarget = loopSeconds / looped;
            print("mvn migration:up per target (" + looped + " measured, " + MIGRATIONS + " migrations each)",
                    perTarget * fleetSize, fleetSize, String.format(Locale.ROOT, "%.2f s per invocation, scaled"
                            + " to %d targets", perTarget, fleetSize));
            double fleet = mvn(project, work, "fleet", connection, "-Dmigration.targetsPattern=fleet\\_%");
            print("one mvn migration:up over the fleet (" + MIGRATIONS + " migrations each)", fleet, fleetSize, "");
            double noop = mvn(project, work, "fleet-noop", connection, "-Dmigration.targetsPattern=fleet\\_%");
            print("one mvn migration:up over the fleet, nothing pending", noop, fleetSize, "");
            System.out.printf(Locale.ROOT, "BENCH Maven      fleet goal vs goal per target: %.1fx%n",
                    perTarget * fleetSize / fleet);
        }
    }

    private static void print(String what, double seconds, int targets, String extra) {
        System.out.printf(Locale.ROOT, "BENCH Maven      %-70s %8.1f s %7.1f targets/s %s%n", what, seconds,
                targets / seconds, extra);
    }

    /** One mvn process; its wall time in seconds (JVM, Maven and plugin start included, as a user waits). */
    private static double mvn(Path project, Path work, String label, List<String> connection, String... extra)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("maven.home"), "bin", "mvn")
                .toString(), "-B", "-o", "-s", work.resolve("settings.xml").toString(),
                "-Dmaven.repo.local=" + System.getProperty("it.localRepo"),
                // offline, the user's repository serves what invoker:install did not copy (the parent's BOMs)
                "-Dmaven.repo.local.tail=" + System.getProperty("it.userRepo"), "migration:up",
                "-Dmigration.dir=" + project.resolve("migrations")));
        command.addAll(connection);
        command.addAll(List.of(extra));
        Path log = work.resolve(label + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        Stream.of("MIGRATION_URL", "MIGRATION_USER", "MIGRATION_PASSWORD", "MAVEN_ARGS", "MAVEN_OPTS",
                "MAVEN_PROJECTBASEDIR").forEach(env::remove);
        long start = System.nanoTime();
        Process process = pb.start();
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("mvn " + label + " failed; see " + log);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void schemas(String url, String user, String prefix, int count) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            for (int i = 1; i <= count; i++) {
                s.addBatch("CREATE SCHEMA " + name(prefix, i));
            }
            s.executeBatch();
        }
    }

    private static String name(String prefix, int i) {
        return String.format(Locale.ROOT, "%s_%04d", prefix, i);
    }

    /** A project that declares the plugin, 20 migrations, and the scenarios' settings (local repository first). */
    private static Path project(Path work) throws IOException {
        Path project = work.resolve("project");
        Path migrations = Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.schemamigrate.it</groupId>
                  <artifactId>fleet-bench</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.schemamigrate</groupId>
                        <artifactId>migration-maven-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(System.getProperty("plugin.version")));
        for (int v = 1; v <= MIGRATIONS; v++) {
            String base = String.format(Locale.ROOT, "%02d_step_%d", v, v);
            Files.writeString(migrations.resolve(base + ".up.sql"), "CREATE TABLE t" + v + " (id INT PRIMARY KEY,"
                    + " label VARCHAR(40));\nINSERT INTO t" + v + " VALUES (1, 'a'), (2, 'b'), (3, 'c');\n");
            Files.writeString(migrations.resolve(base + ".down.sql"), "DROP TABLE t" + v + ";\n");
        }
        String settings = Files.readString(Path.of(System.getProperty("it.settings")), StandardCharsets.UTF_8);
        Files.writeString(work.resolve("settings.xml"), settings.replace("@localRepositoryUrl@",
                Path.of(System.getProperty("it.userRepo")).toUri().toString()));
        return project;
    }
}
