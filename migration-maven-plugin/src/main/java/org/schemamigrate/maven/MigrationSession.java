package org.schemamigrate.maven;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.schemamigrate.core.ValidationProblem;
import org.schemamigrate.core.ValidationReport;
import org.apache.maven.plugin.logging.Log;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.fleet.Fleet;
import org.schemamigrate.core.db.UrlDataSource;

/**
 * One goal run's database: starts the sandbox when that is where the goal works, says where it connects
 * (password masked), and builds the Migrator. Closing it stops the sandbox; its data stays on disk.
 */
public final class MigrationSession implements AutoCloseable {

    /** The goal's settings that are not about the connection. */
    public record Options(Path dir, String schema, String table, Duration lockTimeout, boolean outOfOrder,
                          boolean dryRun, Path sandboxDir, Path basedir, ClassLoader projectClasses,
                          List<String> javaPackages) {
    }

    private final Sandbox sandbox;
    /** Where the sandbox keeps its data, as the first line showed it (null: not the sandbox). */
    private final String sandboxWhere;
    private final Migrator.Builder builder;
    private final ClassLoader projectClasses;
    private final DataSource dataSource;
    /** The settings of every Migrator of this run but its data source and log listener (shared with a fleet). */
    private final Consumer<Migrator.Builder> shared;
    private boolean allowDestructive;
    private Path backupDirectory;
    private boolean preChecks = true;

    private MigrationSession(Sandbox sandbox, String sandboxWhere, DataSource dataSource,
                             Consumer<Migrator.Builder> shared, Log log, ClassLoader projectClasses) {
        this.sandbox = sandbox;
        this.sandboxWhere = sandboxWhere;
        this.dataSource = dataSource;
        this.shared = shared;
        this.builder = Migrator.builder().dataSource(dataSource).listener(new LogListener(log));
        shared.accept(builder);
        this.projectClasses = projectClasses;
    }

    public static MigrationSession open(ResolvedConnection connection, Options options, Log log) {
        String url = connection.url();
        String user = connection.user();
        String password = connection.password();
        Sandbox sandbox = null;
        String sandboxWhere = null;
        if (connection.embedded()) {
            Sandbox.Kind kind = connection.sandbox();
            sandboxWhere = display(kind.dataDirectory(options.sandboxDir()), options.basedir());
            log.info(sandboxLine(connection, sandboxWhere));
            if (!log.isDebugEnabled()) {
                Sandbox.quietLaunchers();
            }
            sandbox = Sandbox.start(kind, options.sandboxDir());
            url = sandbox.url();
            if (user == null && password == null) {
                user = sandbox.user();
                password = sandbox.password();
            }
        }
        try {
            log.info("Database: " + ResolvedConnection.mask(url) + (user == null ? "" : " as " + user
                    + (connection.userSource() == null ? "" : " (from " + connection.userSource() + ")")));
            Consumer<Migrator.Builder> shared = builder -> {
                builder.directory(options.dir()).schema(options.schema()).table(options.table())
                        .lockTimeout(options.lockTimeout()).outOfOrder(options.outOfOrder()).dryRun(options.dryRun());
                if (options.projectClasses() != null) {
                    // Java migrations live in the project's compiled classes
                    builder.classLoader(options.projectClasses()).javaPackages(options.javaPackages()
                            .toArray(String[]::new));
                }
            };
            return new MigrationSession(sandbox, sandboxWhere, new UrlDataSource(url, user, password), shared, log,
                    options.projectClasses());
        } catch (RuntimeException e) {
            if (sandbox != null) {
                sandbox.close();
            }
            closeQuietly(options.projectClasses());
            throw e;
        }
    }

    /** The one line that says the goal works on the sandbox, and where its data is. */
    static String sandboxLine(ResolvedConnection connection, String where) {
        Sandbox.Kind kind = connection.sandbox();
        String kept = "kept between runs; mvn clean deletes it";
        return connection.defaulted()
                ? "no migration.url set: using the embedded sandbox database at " + where + " ("
                        + kind.displayName() + ", " + kept + ")"
                : "embedded:" + kind.name().toLowerCase(Locale.ROOT) + " asked for: using the embedded "
                        + kind.displayName() + " sandbox at " + where + " (" + kept + ")";
    }

    /**
     * On the sandbox an edited applied file has a way out a real database never has: start the sandbox over. The
     * file is then applied as it is now. Empty on a real database, where the file must be restored.
     */
    String sandboxResetHint(ValidationReport report) {
        boolean edited = report.problems().stream().anyMatch(p -> p.kind() == ValidationProblem.Kind.EDITED);
        return sandbox == null || !edited ? "" : "\nThis is the embedded sandbox at " + sandboxWhere + ", not a real"
                + " database: while the migration is still yours to change, `mvn clean` (or deleting that folder)"
                + " resets it and the next migration:up applies every file as it is now. On a real database"
                + " restore the file instead.";
    }

    /** A path relative to the project when it lies inside it: shorter, and what the person typed. */
    static String display(Path path, Path basedir) {
        Path abs = path.toAbsolutePath().normalize();
        if (basedir != null) {
            Path base = basedir.toAbsolutePath().normalize();
            if (abs.startsWith(base) && !abs.equals(base)) {
                return base.relativize(abs).toString();
            }
        }
        return abs.toString();
    }

    /**
     * The guard (allowDestructive), row backups into {@code backupDirectory} (null: none) and pre-checks, for the
     * goals that run migrations.
     */
    public void safety(boolean allowDestructive, Path backupDirectory, boolean preChecks) {
        builder.allowDestructive(allowDestructive).backupDirectory(backupDirectory).preChecks(preChecks);
        this.allowDestructive = allowDestructive;
        this.backupDirectory = backupDirectory;
        this.preChecks = preChecks;
    }

    /**
     * A fleet on this session's server: every target's Migrator has this run's settings and safety (row backups
     * in a folder per target), without the per-migration log lines (the fleet logs one line per target).
     */
    public Fleet.Builder fleet() {
        return Fleet.builder().server(dataSource).backupDirectory(backupDirectory)
                .migrator(b -> shared.andThen(s -> s.allowDestructive(allowDestructive).preChecks(preChecks))
                        .accept(b));
    }

    /** The server connection, for target queries and patterns. */
    DataSource dataSource() {
        return dataSource;
    }

    public Migrator migrator() {
        return builder.build();
    }

    /** The migrator of an up run that is labelled as a deployment and/or applies everything in one transaction. */
    public Migrator migrator(String deployment, boolean singleTransaction) {
        return builder.deployment(deployment).singleTransaction(singleTransaction).build();
    }

    @Override
    public void close() {
        try {
            if (sandbox != null) {
                sandbox.close();
            }
        } finally {
            closeQuietly(projectClasses);
        }
    }

    /** The project's class loader is opened for the session only; a failure to close it changes nothing. */
    private static void closeQuietly(ClassLoader loader) {
        if (loader instanceof java.io.Closeable closeable) {
            try {
                closeable.close();
            } catch (java.io.IOException e) {
                // the jars stay open until the JVM ends: harmless for a goal
            }
        }
    }
}
