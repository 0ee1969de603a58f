package org.schemamigrate.core.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
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
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a killed build or a killed server leaves behind is recovered, and builds in separate JVMs (separate
 * {@code mvn} runs) share one server through the home's file lock, which the operating system releases when a
 * JVM dies, so it never goes stale.
 */
class SharedDevServerRecoveryTest {
    @TempDir
    Path home;

    @AfterEach
    void stop() {
        SharedDevServer.stop(home);
    }

    private static boolean answers(SharedDevServer server) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), server.user(), "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
            return rs.next();
        }
    }

    private void writeLease(long pid, int port) throws Exception {
        Files.createDirectories(home);
        Properties lease = new Properties();
        lease.setProperty("port", String.valueOf(port));
        lease.setProperty("pid", String.valueOf(pid));
        lease.setProperty("lastUsed", "0");
        try (OutputStream out = Files.newOutputStream(home.resolve("lease.properties"))) {
            lease.store(out, null);
        }
    }

    @Test
    void aServerKilledHardIsStartedAfresh() throws Exception {
        long pid;
        try (SharedDevServer server = SharedDevServer.acquire(home, Duration.ofMinutes(5))) {
            pid = Long.parseLong(SharedDevServer.readLease(home).getProperty("pid"));
        }
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        postmaster.destroyForcibly();   // kill -9: postmaster.pid and the lease stay behind
        postmaster.onExit().get(60, TimeUnit.SECONDS);
        assertThat(SharedDevServer.running(home)).isFalse();
        try (SharedDevServer server = SharedDevServer.acquire(home, Duration.ofMinutes(5))) {
            assertThat(server.started()).isTrue();
            assertThat(answers(server)).isTrue();
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})   // sleep and true as stand-ins for other programs
    void aStaleLeaseNeverSignalsTheProgramThatNowHasItsPid() throws Exception {
        Process unrelated = new ProcessBuilder("sleep", "120").start();
        try {
            writeLease(unrelated.pid(), 1);
            try (SharedDevServer server = SharedDevServer.acquire(home, Duration.ofMinutes(5))) {
                assertThat(server.started()).isTrue();
                assertThat(answers(server)).isTrue();
            }
            assertThat(unrelated.isAlive()).as("the PID's new owner is left alone").isTrue();
        } finally {
            unrelated.destroy();
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aLeaseOfADeadProcessIsReplaced() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        writeLease(gone.pid(), 1);
        Files.createDirectories(home.resolve("users"));
        Files.createFile(home.resolve("users").resolve(gone.pid() + "-killed-build"));
        try (SharedDevServer server = SharedDevServer.acquire(home, Duration.ofMinutes(5))) {
            assertThat(server.started()).isTrue();
            assertThat(answers(server)).isTrue();
        }
        assertThat(DevServerWatchdog.inUse(home)).as("a killed build's user file does not keep it up").isFalse();
    }

    @Test
    void twoJvmsAtOnceShareOneServer() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> builds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            builds.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    SharedDevServerUser.class.getName(), home.toString(), "1500").redirectErrorStream(true).start());
        }
        List<String> said = new ArrayList<>();
        for (Process build : builds) {
            String out = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(build.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(build.exitValue()).as(out).isZero();
            said.add(out.lines().filter(l -> l.startsWith("started ") || l.startsWith("reused ")).findFirst()
                    .orElseThrow(() -> new AssertionError(out)));
        }
        assertThat(said).as("one started it, the other used the same server")
                .anyMatch(l -> l.startsWith("started ")).anyMatch(l -> l.startsWith("reused "));
        assertThat(said.get(0).substring(said.get(0).indexOf(' ')))
                .isEqualTo(said.get(1).substring(said.get(1).indexOf(' ')));
    }
}
