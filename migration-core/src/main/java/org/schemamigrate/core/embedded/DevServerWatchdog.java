package org.schemamigrate.core.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A small detached JVM beside a {@link SharedDevServer}: it stops the server once no build has used it for the
 * idle timeout (no live file in {@code users/}, last use longer ago than the timeout), and ends itself when the
 * server is gone (stopped by {@code migration:stop-dev} or otherwise). Uses only the JDK and this class's jar.
 */
public final class DevServerWatchdog {
    private DevServerWatchdog() {
    }

    /** Starts the watchdog for {@code home} in a JVM of its own that outlives this one; its PID, if it started. */
    static Optional<Long> spawn(Path home, Duration idleTimeout) {
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classpath = Path.of(DevServerWatchdog.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI()).toString();
            File log = home.resolve("watchdog.log").toFile();
            return Optional.of(new ProcessBuilder(java, "-Xmx16m", "-XX:+UseSerialGC", "-cp", classpath,
                    DevServerWatchdog.class.getName(), home.toAbsolutePath().toString(),
                    String.valueOf(idleTimeout.toMillis()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null").exists()
                            ? new File("/dev/null") : new File("NUL")))
                    .start().pid());
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // no watchdog: the server runs until migration:stop-dev or a restart of the machine
            return Optional.empty();
        }
    }

    /** Ends the watchdog with that PID (when the server stops at once), never another program that now has it. */
    static void stop(long pid) {
        if (pid == ProcessHandle.current().pid()) {
            return;   // the watchdog itself is stopping the server
        }
        ProcessHandle.of(pid).filter(p -> p.info().commandLine().orElse("").contains(DevServerWatchdog.class
                .getName())).ifPresent(p -> {
                    p.destroy();
                    awaitExit(p, 10_000);
                });
    }

    /**
     * Waits until the process has ended. Polled: a detached process belongs to init, which may take a second or two
     * to reap it, and until then it is a zombie that isAlive() still reports.
     */
    static void awaitExit(ProcessHandle process, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        try {
            while (process.isAlive() && !zombie(process.pid()) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean zombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 1).strip().startsWith("Z");
        } catch (IOException | RuntimeException e) {
            return false;   // not Linux, or already gone
        }
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        long idle = Long.parseLong(args[1]);
        // short: a stopped server's watchdog must not outlive the build that stopped it by long
        long poll = Math.max(200, Math.min(idle / 4, 2_000));
        while (true) {
            Thread.sleep(poll);
            if (!Files.isRegularFile(home.resolve("lease.properties"))) {
                return;   // stopped, or the home removed: never re-create it
            }
            boolean done = SharedDevServer.locked(home, () -> {
                Properties lease = SharedDevServer.readLease(home);
                if (lease == null || !processAlive(lease)) {
                    return true;
                }
                long lastUsed = Long.parseLong(lease.getProperty("lastUsed", "0"));
                if (!inUse(home) && System.currentTimeMillis() - lastUsed >= idle) {
                    SharedDevServer.stopQuietly(home, lease);
                    System.out.println("Stopped the dev server after " + idle + " ms idle");
                    return true;
                }
                return false;
            });
            if (done) {
                return;
            }
        }
    }

    private static boolean processAlive(Properties lease) {
        return ProcessHandle.of(Long.parseLong(lease.getProperty("pid", "-1"))).map(ProcessHandle::isAlive)
                .orElse(false);
    }

    /** A build holds the server while its file in users/ exists and its process lives; stale files are removed. */
    static boolean inUse(Path home) throws IOException {
        Path users = home.resolve("users");
        if (!Files.isDirectory(users)) {
            return false;
        }
        boolean any = false;
        try (Stream<Path> files = Files.list(users)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                long pid = Long.parseLong(name.substring(0, Math.max(name.indexOf('-'), 1)).replaceAll("\\D", "0"));
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    any = true;
                } else {
                    Files.deleteIfExists(file);
                }
            }
        }
        return any;
    }
}
