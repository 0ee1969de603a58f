package org.schemamigrate.core.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared dev server: started once, reused by the next build, shared by two builds at once (each works in its
 * own database while the other holds it), stopped on request and when idle.
 */
class SharedDevServerTest {
    @TempDir
    Path home;

    @AfterEach
    void stop() {
        SharedDevServer.stop(home);
    }

    private static String query(SharedDevServer server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aSecondBuildReusesTheServerAndStopDevStopsIt() throws Exception {
        String pid;
        try (SharedDevServer first = SharedDevServer.acquire(home, Duration.ofMinutes(30))) {
            assertThat(first.started()).isTrue();
            pid = query(first, "SELECT pg_postmaster_start_time()::text");
        }
        assertThat(SharedDevServer.running(home)).as("up after the build that started it").isTrue();
        try (SharedDevServer second = SharedDevServer.acquire(home, Duration.ofMinutes(30))) {
            assertThat(second.started()).isFalse();
            assertThat(query(second, "SELECT pg_postmaster_start_time()::text")).isEqualTo(pid);
        }
        long watchdog = Long.parseLong(SharedDevServer.readLease(home).getProperty("watchdog"));
        assertThat(SharedDevServer.stop(home)).isTrue();
        assertThat(SharedDevServer.running(home)).isFalse();
        assertThat(ProcessHandle.of(watchdog).filter(ProcessHandle::isAlive)).as("its watchdog ended too").isEmpty();
        assertThat(home.resolve("lease.properties")).doesNotExist();
        try (SharedDevServer again = SharedDevServer.acquire(home, Duration.ofMinutes(30))) {
            assertThat(again.started()).as("started afresh from the kept data directory").isTrue();
        }
    }

    @Test
    void twoBuildsAtOnceShareOneServer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch bothIn = new CountDownLatch(2);
        try {
            List<Future<String>> builds = List.of(0, 1).stream().map(i -> pool.submit(() -> {
                try (SharedDevServer server = SharedDevServer.acquire(home, Duration.ofMinutes(30))) {
                    bothIn.countDown();
                    bothIn.await();   // both hold the server now
                    try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), "");
                         Statement s = c.createStatement()) {
                        s.execute("CREATE DATABASE build_" + i);
                        s.execute("DROP DATABASE build_" + i);
                    }
                    return server.jdbcUrl("postgres") + " " + query(server, "SELECT pg_postmaster_start_time()");
                }
            })).toList();
            assertThat(builds.get(0).get()).isEqualTo(builds.get(1).get());
        } finally {
            pool.shutdown();
        }
        try (var files = Files.list(home.resolve("users"))) {
            assertThat(files.count()).as("each build removed its user file").isZero();
        }
        assertThat(SharedDevServer.running(home)).isTrue();
    }

    @Test
    void theWatchdogStopsAnIdleServerButNotOneInUse() throws Exception {
        try (SharedDevServer server = SharedDevServer.acquire(home, Duration.ofSeconds(2))) {
            Thread.sleep(4_000);   // idle time passes while a build holds it: it stays
            assertThat(SharedDevServer.running(home)).isTrue();
        }
        // released: the watchdog stops it once the idle timeout has passed (polled, not timed)
        for (int i = 0; i < 120 && SharedDevServer.running(home); i++) {
            Thread.sleep(500);
        }
        assertThat(SharedDevServer.running(home)).isFalse();
        assertThat(Files.readString(home.resolve("watchdog.log"))).contains("Stopped the dev server");
    }
}
