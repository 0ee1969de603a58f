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
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * An embedded dev server (PostgreSQL or MariaDB, see {@link DevServerKind}) that outlives the goal that started it,
 * shared by every build of the user. Its home (default {@code ~/.cache/schemamigrate/dev-postgres} or
 * {@code dev-mariadb}) holds the data directory, {@code lease.properties}
 * (kind, port, server PID, last use), {@code lock} (a file lock held only while a build checks, starts or stops the
 * server) and {@code users/} (one file per build using it, named by its PID). A detached {@link DevServerWatchdog}
 * stops the server once no build has used it for the idle timeout; {@link #stop} stops it at once.
 */
public final class SharedDevServer implements AutoCloseable {
    /** Where the PostgreSQL server lives unless told otherwise: the user's cache directory. */
    public static Path defaultHome() {
        return defaultHome(DatabaseKind.POSTGRESQL);
    }

    /** Where the server for that dialect lives unless told otherwise (MariaDB's also serves MySQL). */
    public static Path defaultHome(DatabaseKind dialect) {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("schemamigrate").resolve(DevServerKind.of(dialect).directoryName);
    }

    /** Every kind's default home, for migration:stop-dev. */
    public static List<Path> defaultHomes() {
        return List.of(defaultHome(DatabaseKind.POSTGRESQL), defaultHome(DatabaseKind.MARIADB));
    }

    /** File locks belong to the JVM: threads of one JVM queue here first. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();
    /** Servers started by this JVM: stopped through their launcher, which also releases its data-directory lock. */
    private static final java.util.Map<Path, AutoCloseable> STARTED_HERE = new java.util.HashMap<>();

    private final DevServerKind kind;
    private final Path home;
    private final int port;
    private final Path userFile;
    private final boolean started;

    private SharedDevServer(DevServerKind kind, Path home, int port, Path userFile, boolean started) {
        this.kind = kind;
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
        return acquire(DatabaseKind.POSTGRESQL, home, idleTimeout);
    }

    /** As {@link #acquire(Path, Duration)}, for the dialect's kind of server (MariaDB for MySQL). */
    public static SharedDevServer acquire(DatabaseKind dialect, Path home, Duration idleTimeout) {
        DevServerKind kind = DevServerKind.of(dialect);
        return locked(home, () -> {
            Properties lease = readLease(home);
            if (lease != null && kindOf(home, lease) != kind && alive(home, lease)) {
                throw new IllegalStateException("The shared dev server in " + home + " is a " + kindOf(home, lease)
                        + " server, not " + kind + ": give each kind a home of its own");
            }
            boolean start = lease == null || !alive(home, lease);
            if (start) {
                stopQuietly(home, lease);
                lease = startServer(kind, home);
                Optional<Long> watchdog = DevServerWatchdog.spawn(home, idleTimeout);
                if (watchdog.isPresent()) {
                    lease.setProperty("watchdog", String.valueOf(watchdog.get()));
                }
            }
            Path users = Files.createDirectories(home.resolve("users"));
            Path user = users.resolve(ProcessHandle.current().pid() + "-" + UUID.randomUUID());
            Files.createFile(user);
            touch(home, lease);
            return new SharedDevServer(kind, home, Integer.parseInt(lease.getProperty("port")), user, start);
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

    /** {@code stop <home>...}: stops the servers in those homes (the it module runs this after its scenarios). */
    public static void main(String[] args) {
        if (args.length < 2 || !args[0].equals("stop")) {
            throw new IllegalArgumentException("usage: SharedDevServer stop <home>...");
        }
        for (String home : List.of(args).subList(1, args.length)) {
            System.out.println((stop(Path.of(home)) ? "Stopped" : "No") + " shared dev server in " + home);
        }
    }

    public String jdbcUrl(String database) {
        return kind.jdbcUrl(port, database);
    }

    public String user() {
        return kind.user;
    }

    /** A database that exists from the start ("postgres" or "mysql"). */
    public String defaultDatabase() {
        return kind.adminDatabase;
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

    private static Properties startServer(DevServerKind kind, Path home) throws IOException {
        Path data = home.resolve("data");
        DevServerKind.Started server;
        try {
            server = kind.start(data);
        } catch (RuntimeException e) {
            // a data directory of another server version, or left broken (durability is off): made afresh
            Trees.delete(data);
            server = kind.start(data);
        }
        if (server.own() != null) {
            STARTED_HERE.put(home.toAbsolutePath().normalize(), server.own());
        }
        Properties lease = new Properties();
        lease.setProperty("kind", kind.name());
        lease.setProperty("port", String.valueOf(server.port()));
        lease.setProperty("pid", String.valueOf(server.pid()));
        lease.setProperty("data", data.toAbsolutePath().toString());
        return lease;
    }

    /** The lease's kind; without a lease, the kind whose data directory the home holds. */
    private static DevServerKind kindOf(Path home, Properties lease) {
        if (lease != null) {
            return DevServerKind.named(lease.getProperty("kind"));
        }
        return Files.isDirectory(home.resolve("data").resolve("mysql")) ? DevServerKind.MARIADB
                : DevServerKind.POSTGRESQL;
    }

    /** The lease's server answers on its port and serves this home's data directory. */
    private static boolean alive(Path home, Properties lease) {
        DevServerKind kind = kindOf(home, lease);
        long pid = Long.parseLong(lease.getProperty("pid", "-1"));
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try (Connection c = DriverManager.getConnection(kind.jdbcUrl(Integer.parseInt(lease.getProperty("port")),
                    kind.adminDatabase), kind.user, ""); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery(kind.dataDirectoryQuery)) {
                return rs.next() && Path.of(rs.getString(1)).toAbsolutePath().normalize()
                        .equals(home.resolve("data").toAbsolutePath().normalize());
            } catch (SQLException e) {
                return false;
            }
        }
        return false;
    }

    /** Stops the lease's server (SIGTERM: it finishes when its sessions end) and watchdog; removes the lease. */
    static void stopQuietly(Path home, Properties lease) throws IOException {
        DevServerKind kind = kindOf(home, lease);
        if (lease != null) {
            DevServerWatchdog.stop(Long.parseLong(lease.getProperty("watchdog", "-1")));
        }
        AutoCloseable own = STARTED_HERE.remove(home.toAbsolutePath().normalize());
        Optional<Long> pid = kind.pidOf(home.resolve("data"));
        if (own != null && pid.flatMap(ProcessHandle::of).isPresent()) {   // else pg_ctl complains: already gone
            try {
                own.close();
            } catch (Exception e) {
                // already gone: the signal below finds nothing either
            }
            pid = kind.pidOf(home.resolve("data"));
        }
        if (lease != null && pid.isEmpty()) {
            pid = Optional.of(Long.parseLong(lease.getProperty("pid", "-1")));
        }
        // a stale PID may by now belong to another program: only a server process of the kind gets the signal
        pid.flatMap(ProcessHandle::of).filter(kind::isServerProcess).ifPresent(process -> {
            process.destroy();
            DevServerWatchdog.awaitExit(process, 60_000);
        });
        Files.deleteIfExists(home.resolve("lease.properties"));
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
}
