package org.schemamigrate.core.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * An embedded PostgreSQL dev server that outlives the goal that started it, shared by every build of the user.
 * Its home (default {@code ~/.cache/schemamigrate/dev-postgres}) holds the data directory, {@code lease.properties}
 * (port, postmaster PID, last use), {@code lock} (a file lock held only while a build checks, starts or stops the
 * server) and {@code users/} (one file per build using it, named by its PID). A detached {@link DevServerWatchdog}
 * stops the server once no build has used it for the idle timeout; {@link #stop} stops it at once.
 */
public final class SharedDevServer implements AutoCloseable {
    /** Where the server lives unless told otherwise: the user's cache directory. */
    public static Path defaultHome() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("schemamigrate").resolve("dev-postgres");
    }

    /** File locks belong to the JVM: threads of one JVM queue here first. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();
    /** Servers started by this JVM: stopped through their launcher, which also releases its data-directory lock. */
    private static final java.util.Map<Path, EmbeddedPostgres> STARTED_HERE = new java.util.HashMap<>();
    static final String USER = "postgres";

    private final Path home;
    private final int port;
    private final Path userFile;
    private final boolean started;

    private SharedDevServer(Path home, int port, Path userFile, boolean started) {
        this.home = home;
        this.port = port;
        this.userFile = userFile;
        this.started = started;
    }

    /**
     * Uses the server in {@code home}, starting it (and its watchdog) when it is not running. Close the result
     * when the build is done with it: the server stays up for the next one.
     */
    public static SharedDevServer acquire(Path home, Duration idleTimeout) {
        return locked(home, () -> {
            Properties lease = readLease(home);
            boolean start = lease == null || !alive(home, lease);
            if (start) {
                stopQuietly(home, lease);
                lease = startServer(home);
                Optional<Long> watchdog = DevServerWatchdog.spawn(home, idleTimeout);
                if (watchdog.isPresent()) {
                    lease.setProperty("watchdog", String.valueOf(watchdog.get()));
                }
            }
            Path users = Files.createDirectories(home.resolve("users"));
            Path user = users.resolve(ProcessHandle.current().pid() + "-" + UUID.randomUUID());
            Files.createFile(user);
            touch(home, lease);
            return new SharedDevServer(home, Integer.parseInt(lease.getProperty("port")), user, start);
        });
    }

    /** Stops the server in {@code home} if one runs; true when there was one. */
    public static boolean stop(Path home) {
        return locked(home, () -> {
            Properties lease = readLease(home);
            boolean running = lease != null && alive(home, lease);
            stopQuietly(home, lease);
            return running;
        });
    }

    /** Whether a server of {@code home} is up (for status output and tests). */
    public static boolean running(Path home) {
        return locked(home, () -> {
            Properties lease = readLease(home);
            return lease != null && alive(home, lease);
        });
    }

    /** {@code stop <home>}: stops the server in that home (the it module runs this after its scenarios). */
    public static void main(String[] args) {
        if (args.length != 2 || !args[0].equals("stop")) {
            throw new IllegalArgumentException("usage: SharedDevServer stop <home>");
        }
        System.out.println((stop(Path.of(args[1])) ? "Stopped" : "No") + " shared dev server in " + args[1]);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public String user() {
        return USER;
    }

    /** Whether this build started the server (false: an earlier build's server was reused). */
    public boolean started() {
        return started;
    }

    public Path home() {
        return home;
    }

    /** This build is done: the server stays up, and its idle time counts from now. */
    @Override
    public void close() {
        locked(home, () -> {
            Files.deleteIfExists(userFile);
            Properties lease = readLease(home);
            if (lease != null) {
                touch(home, lease);
            }
            return null;
        });
    }

    interface Work<T> {
        T run() throws IOException;
    }

    /** Runs {@code work} holding the home's lock (other JVMs wait on the file lock, other threads here first). */
    static <T> T locked(Path home, Work<T> work) {
        IN_PROCESS.lock();
        try {
            Files.createDirectories(home);
            try (FileChannel channel = FileChannel.open(home.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                return work.run();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The shared dev server in " + home + ": " + e.getMessage(), e);
        } finally {
            IN_PROCESS.unlock();
        }
    }

    private static Properties startServer(Path home) throws IOException {
        Path data = home.resolve("data");
        EmbeddedPostgres server;
        try {
            server = EmbeddedPostgres.startDetached(data);
        } catch (RuntimeException e) {
            // a data directory of another PostgreSQL version, or left broken (fsync is off): made afresh
            deleteTree(data);
            server = EmbeddedPostgres.startDetached(data);
        }
        STARTED_HERE.put(home.toAbsolutePath().normalize(), server);
        Properties lease = new Properties();
        lease.setProperty("port", String.valueOf(server.port()));
        lease.setProperty("pid", String.valueOf(postmasterPid(data).orElse(-1L)));
        lease.setProperty("data", data.toAbsolutePath().toString());
        return lease;
    }

    /** The lease's server answers on its port and serves this home's data directory. */
    private static boolean alive(Path home, Properties lease) {
        long pid = Long.parseLong(lease.getProperty("pid", "-1"));
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + lease.getProperty("port")
                    + "/postgres", USER, ""); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT setting FROM pg_settings WHERE name = 'data_directory'")) {
                return rs.next() && Path.of(rs.getString(1)).toAbsolutePath().normalize()
                        .equals(home.resolve("data").toAbsolutePath().normalize());
            } catch (SQLException e) {
                return false;
            }
        }
        return false;
    }

    /** Stops the lease's postmaster (SIGTERM: it finishes when its sessions end) and watchdog; removes the lease. */
    static void stopQuietly(Path home, Properties lease) throws IOException {
        if (lease != null) {
            DevServerWatchdog.stop(Long.parseLong(lease.getProperty("watchdog", "-1")));
        }
        EmbeddedPostgres own = STARTED_HERE.remove(home.toAbsolutePath().normalize());
        Optional<Long> pid = postmasterPid(home.resolve("data"));
        if (own != null && pid.flatMap(ProcessHandle::of).isPresent()) {   // else pg_ctl complains: already gone
            try {
                own.close();
            } catch (RuntimeException e) {
                // already gone: the signal below finds nothing either
            }
            pid = postmasterPid(home.resolve("data"));
        }
        if (lease != null && pid.isEmpty()) {
            pid = Optional.of(Long.parseLong(lease.getProperty("pid", "-1")));
        }
        // a stale PID may by now belong to another program: only a postgres process gets the signal
        pid.flatMap(ProcessHandle::of).filter(SharedDevServer::isPostgres).ifPresent(process -> {
            process.destroy();
            DevServerWatchdog.awaitExit(process, 60_000);
        });
        Files.deleteIfExists(home.resolve("lease.properties"));
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> Path.of(c).getFileName().toString().startsWith("postgres"))
                .orElse(false);
    }

    /** The first line of postmaster.pid, while the server runs. */
    private static Optional<Long> postmasterPid(Path data) {
        try (Stream<String> lines = Files.lines(data.resolve("postmaster.pid"))) {
            return lines.findFirst().map(String::strip).map(Long::parseLong);
        } catch (IOException | NumberFormatException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    static Properties readLease(Path home) throws IOException {
        Path file = home.resolve("lease.properties");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties lease = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            lease.load(in);
        }
        return lease.getProperty("port") == null ? null : lease;
    }

    private static void touch(Path home, Properties lease) throws IOException {
        lease.setProperty("lastUsed", String.valueOf(System.currentTimeMillis()));
        try (OutputStream out = Files.newOutputStream(home.resolve("lease.properties"))) {
            lease.store(out, "schemamigrate shared dev server (stop it with mvn migration:stop-dev)");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
