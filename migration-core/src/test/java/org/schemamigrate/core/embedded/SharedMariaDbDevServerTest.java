package org.schemamigrate.core.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * The shared dev server as MariaDB: the same lease, lock, watchdog, stop and recovery rules as the PostgreSQL one
 * ({@link SharedDevServerTest}, {@link SharedDevServerRecoveryTest}), on a real mariadbd started detached.
 */
class SharedMariaDbDevServerTest {
    private static final Duration IDLE = Duration.ofMinutes(5);

    @TempDir
    Path home;

    @AfterEach
    void stop() {
        SharedDevServer.stop(home);
    }

    private SharedDevServer acquire(Duration idle) {
        return SharedDevServer.acquire(DatabaseKind.MARIADB, home, idle);
    }

    /** Read under the home's lock: a build rewrites the lease when it acquires or releases the server. */
    private long serverPid() {
        return Long.parseLong(SharedDevServer.locked(home, () -> SharedDevServer.readLease(home)).getProperty("pid"));
    }

    /**
     * The process has ended. Started by this JVM, it stays a zombie (alive to Java) until this JVM's reaper has
     * collected it, a moment after it exited.
     */
    private static boolean ended(long pid) throws Exception {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isPresent()) {
            process.get().onExit().get(60, TimeUnit.SECONDS);
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty();
    }

    private static List<String> databases(SharedDevServer server) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("mysql"), server.user(), "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW DATABASES")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static void execute(SharedDevServer server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("mysql"), server.user(), "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void aSecondBuildReusesTheServerAndStopDevStopsIt() throws Exception {
        long pid;
        try (SharedDevServer first = acquire(IDLE)) {
            assertThat(first.started()).isTrue();
            assertThat(first.jdbcUrl("mysql")).startsWith("jdbc:mariadb:");
            execute(first, "CREATE DATABASE kept_marker");
            pid = serverPid();
        }
        assertThat(SharedDevServer.running(home)).as("up after the build that started it").isTrue();
        try (SharedDevServer second = acquire(IDLE)) {
            assertThat(second.started()).isFalse();
            assertThat(serverPid()).isEqualTo(pid);
            assertThat(databases(second)).contains("kept_marker");
        }
        assertThatThrownBy(() -> SharedDevServer.acquire(home, IDLE)).as("a PostgreSQL build is not let in")
                .isInstanceOf(IllegalStateException.class);
        assertThat(serverPid()).as("and leaves the running server alone").isEqualTo(pid);
        long watchdog = Long.parseLong(SharedDevServer.readLease(home).getProperty("watchdog"));
        assertThat(SharedDevServer.stop(home)).isTrue();
        assertThat(SharedDevServer.running(home)).isFalse();
        assertThat(ended(pid)).as("mariadbd ended").isTrue();
        assertThat(ProcessHandle.of(watchdog).filter(ProcessHandle::isAlive)).as("its watchdog ended too").isEmpty();
        try (SharedDevServer again = acquire(IDLE)) {
            assertThat(again.started()).as("started afresh from the kept data directory").isTrue();
            assertThat(databases(again)).contains("kept_marker");
        }
    }

    @Test
    void twoBuildsAtOnceShareOneServer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch bothIn = new CountDownLatch(2);
        try {
            List<Future<String>> builds = List.of(0, 1).stream().map(i -> pool.submit(() -> {
                try (SharedDevServer server = acquire(IDLE)) {
                    bothIn.countDown();
                    bothIn.await();   // both hold the server now
                    execute(server, "CREATE DATABASE build_" + i);
                    execute(server, "DROP DATABASE build_" + i);
                    return server.jdbcUrl("mysql") + " pid " + serverPid();
                }
            })).toList();
            assertThat(builds.get(0).get()).isEqualTo(builds.get(1).get());
        } finally {
            pool.shutdown();
        }
        assertThat(SharedDevServer.running(home)).isTrue();
    }

    @Test
    void aServerKilledHardIsStartedAfreshWithItsData() throws Exception {
        try (SharedDevServer server = acquire(IDLE)) {
            execute(server, "CREATE DATABASE kept_marker");
        }
        ProcessHandle mariadbd = ProcessHandle.of(serverPid()).orElseThrow();
        mariadbd.destroyForcibly();   // kill -9: the lease and the PID file stay behind
        mariadbd.onExit().get(60, TimeUnit.SECONDS);
        assertThat(SharedDevServer.running(home)).isFalse();
        try (SharedDevServer server = acquire(IDLE)) {
            assertThat(server.started()).isTrue();
            assertThat(databases(server)).contains("kept_marker");
        }
    }

    /** Also proves the server outlives the JVM that started it: the first build's JVM has ended. */
    @Test
    void buildsInTwoJvmsShareTheServerThatOutlivesThem() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> said = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Process build = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    SharedDevServerUser.class.getName(), home.toString(), "0", "MARIADB")
                    .redirectErrorStream(true).start();
            String out = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(build.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(build.exitValue()).as(out).isZero();
            said.add(out.lines().filter(l -> l.startsWith("started ") || l.startsWith("reused ")).findFirst()
                    .orElseThrow(() -> new AssertionError(out)));
        }
        assertThat(said.get(0)).startsWith("started ");
        assertThat(said.get(1)).isEqualTo("reused " + said.get(0).substring("started ".length()));
    }

    @Test
    void theWatchdogStopsAnIdleServer() throws Exception {
        try (SharedDevServer server = acquire(Duration.ofSeconds(2))) {
            assertThat(server.started()).isTrue();
        }
        long pid = serverPid();
        for (int i = 0; i < 120 && SharedDevServer.running(home); i++) {
            Thread.sleep(500);
        }
        assertThat(SharedDevServer.running(home)).isFalse();
        assertThat(ended(pid)).isTrue();
        assertThat(Files.readString(home.resolve("watchdog.log"))).contains("Stopped the dev server");
    }
}
