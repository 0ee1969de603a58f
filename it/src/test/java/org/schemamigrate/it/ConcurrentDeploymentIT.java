package org.schemamigrate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.embedded.EmbeddedPostgres;

/**
 * Issue 9: several servers of one deployment start the migrator at once. Real, separate {@code mvn migration:up}
 * processes (the Maven running this build, the plugin installed by invoker:install) against one embedded
 * PostgreSQL: exactly one applies, the others wait for the lock and report the first attempt's outcome.
 * A test-held advisory lock (7341) keeps the first migration waiting until every process is inside the migrator.
 */
class ConcurrentDeploymentIT {
    private static final int PROCESSES = 3;
    private static final long GATE = 7341;
    private static EmbeddedPostgres server;
    private static Path work;

    @BeforeAll
    static void start() throws IOException {
        server = EmbeddedPostgres.start(null);
        work = Path.of(System.getProperty("it.workDir", "target/concurrent-deployment")).toAbsolutePath();
        Files.createDirectories(work);
        // the scenarios' settings: the plugin's dependencies in local-repo are recorded as coming from local.central
        String settings = Files.readString(Path.of(System.getProperty("it.settings", "src/it/settings.xml")));
        Files.writeString(work.resolve("settings.xml"), settings.replace("@localRepositoryUrl@",
                Path.of(System.getProperty("it.userRepo")).toUri().toString()));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void oneProcessAppliesTheOthersReportAlreadyApplied() throws Exception {
        String db = "deploy_ok";
        List<Run> runs = deployAtOnce(db, "release-7", "ok");

        assertThat(runs).as(describe(runs)).allSatisfy(r -> assertThat(r.exit).isZero());
        assertThat(runs).as(describe(runs)).filteredOn(r -> r.log.contains("Applied 3 migrations;")).hasSize(1);
        String batch = single(db, "SELECT id FROM migration_history_batch WHERE deployment = 'release-7'"
                + " AND outcome = 'success'");
        assertThat(runs).as(describe(runs))
                .filteredOn(r -> r.log.contains("Nothing to apply: already applied by deployment release-7 (batch "
                        + batch + ") by "))
                .hasSize(PROCESSES - 1)
                .allSatisfy(r -> assertThat(r.log).contains("Waiting for ").doesNotContain("Applied 1 "));
        assertThat(rows(db, "SELECT version, COUNT(*) FROM apply_log GROUP BY version"))
                .isEqualTo(Map.of("1", "1", "2", "1", "3", "1"));
        assertThat(rows(db, "SELECT run_id, COUNT(*) FROM migration_history GROUP BY run_id"))
                .isEqualTo(Map.of(batch, "3"));
        assertThat(single(db, "SELECT COUNT(*) FROM migration_history_batch")).isEqualTo("1");
    }

    @Test
    void aFailedFirstAttemptIsNotRetriedAndEveryProcessFailsWithItsError() throws Exception {
        String db = "deploy_failed";
        List<Run> runs = deployAtOnce(db, "release-8", "failing");

        assertThat(runs).as(describe(runs)).allSatisfy(r -> {
            assertThat(r.exit).isEqualTo(1);
            assertThat(r.log).contains("BUILD FAILURE").contains("relation \"no_such_table\" does not exist");
        });
        assertThat(runs).as(describe(runs)).filteredOn(r -> r.log.contains("Failed to apply 2 broken")).hasSize(1);
        assertThat(runs).as(describe(runs))
                .filteredOn(r -> r.log.contains("Deployment release-8 was already attempted (deployment release-8"))
                .hasSize(PROCESSES - 1)
                .allSatisfy(r -> assertThat(r.log).contains("It is not attempted again").doesNotContain("Applied 1 "));
        // migration 2 ran once (the sequence ignores the rollback), migration 1 stayed applied once
        assertThat(single(db, "SELECT last_value FROM attempts_of_2")).isEqualTo("1");
        assertThat(rows(db, "SELECT version, COUNT(*) FROM apply_log GROUP BY version")).isEqualTo(Map.of("1", "1"));
        assertThat(rows(db, "SELECT deployment, outcome FROM migration_history_batch"))
                .isEqualTo(Map.of("release-8", "failed"));
    }

    /** Starts the processes together while the gate is held, lets them go once all but one wait for the lock. */
    private List<Run> deployAtOnce(String db, String deployment, String dir) throws Exception {
        server.createDatabase(db);
        Path project = copyProject(db);
        List<Run> runs = new ArrayList<>();
        try (Connection gate = connect(db); Statement s = gate.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + GATE + ")");
            for (int i = 1; i <= PROCESSES; i++) {
                runs.add(Run.start(project, i, List.of("migration:up", "-Dmigration.url=" + server.jdbcUrl(db),
                        "-Dmigration.user=" + server.user(), "-Dmigration.deployment=" + deployment,
                        "-Dmigration.dir=" + dir, "-Dmigration.lockTimeout=3m")));
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (System.nanoTime() < deadline && runs.stream().allMatch(r -> r.process.isAlive())
                    && runs.stream().filter(Run::waitingForLock).count() < PROCESSES - 1) {
                Thread.sleep(200);
            }
            s.execute("SELECT pg_advisory_unlock(" + GATE + ")");
        }
        for (Run run : runs) {
            run.finish();
        }
        return runs;
    }

    private static Path copyProject(String name) throws IOException {
        Path source = Path.of(System.getProperty("it.projectDir", "src/test/projects/concurrent-deployment"));
        Path target = work.resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path pom = target.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("@project.version@",
                System.getProperty("plugin.version", "0.1.0-SNAPSHOT")));
        return target;
    }

    private static Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(db), server.user(), server.password());
    }

    private static String single(String db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        assertThat(values).as(sql).hasSize(1);
        return values.get(0);
    }

    /** First column → second column of every row. */
    private static Map<String, String> rows(String db, String sql) throws SQLException {
        Map<String, String> result = new TreeMap<>();
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getString(2));
            }
        }
        return result;
    }

    private static String describe(List<Run> runs) {
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append("\n===== process ").append(r.number).append(" exit ").append(r.exit)
                .append(" =====\n").append(r.log));
        return sb.toString();
    }

    /** One {@code mvn} process of the scenario project, its output in a file. */
    private static final class Run {
        final int number;
        final Process process;
        final Path logFile;
        int exit = -1;
        String log = "";

        private Run(int number, Process process, Path logFile) {
            this.number = number;
            this.process = process;
            this.logFile = logFile;
        }

        static Run start(Path project, int number, List<String> goals) throws IOException {
            String mavenHome = System.getProperty("maven.home");
            assertThat(mavenHome).as("maven.home (the Maven running this build)").isNotBlank();
            List<String> command = new ArrayList<>(List.of(Path.of(mavenHome, "bin", "mvn").toString(), "-B", "-o",
                    "-s", work.resolve("settings.xml").toString(),
                    "-Dmaven.repo.local=" + System.getProperty("it.localRepo")));
            command.addAll(goals);
            Path logFile = project.resolve("process-" + number + ".log");
            ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile())
                    .redirectErrorStream(true).redirectOutput(logFile.toFile());
            Map<String, String> env = pb.environment();
            Stream.of("MIGRATION_URL", "MIGRATION_USER", "MIGRATION_PASSWORD", "MAVEN_ARGS", "MAVEN_OPTS",
                    "MAVEN_PROJECTBASEDIR").forEach(env::remove);
            env.put("MAVEN_OPTS", "-Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
            return new Run(number, pb.start(), logFile);
        }

        boolean waitingForLock() {
            try {
                return Files.exists(logFile) && Files.readString(logFile, StandardCharsets.UTF_8)
                        .contains("Waiting for ");
            } catch (IOException e) {
                return false;
            }
        }

        void finish() throws Exception {
            if (!process.waitFor(4, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
            exit = process.waitFor();
            log = Files.readString(logFile, StandardCharsets.UTF_8);
        }
    }
}
