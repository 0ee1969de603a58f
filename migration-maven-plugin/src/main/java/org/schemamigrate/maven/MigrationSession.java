package org.schemamigrate.maven;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.logging.Log;
import org.schemamigrate.core.Migrator;
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
    private final Migrator.Builder builder;
    private final ClassLoader projectClasses;

    private MigrationSession(Sandbox sandbox, Migrator.Builder builder, ClassLoader projectClasses) {
        this.sandbox = sandbox;
        this.builder = builder;
        this.projectClasses = projectClasses;
    }

    public static MigrationSession open(ResolvedConnection connection, Options options, Log log) {
        String url = connection.url();
        String user = connection.user();
        String password = connection.password();
        Sandbox sandbox = null;
        if (connection.embedded()) {
            Sandbox.Kind kind = connection.sandbox();
            log.info(sandboxLine(connection, display(kind.dataDirectory(options.sandboxDir()), options.basedir())));
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
            Migrator.Builder builder = Migrator.builder()
                    .dataSource(new UrlDataSource(url, user, password))
                    .directory(options.dir())
                    .schema(options.schema())
                    .table(options.table())
                    .lockTimeout(options.lockTimeout())
                    .outOfOrder(options.outOfOrder())
                    .dryRun(options.dryRun())
                    .listener(new LogListener(log));
            if (options.projectClasses() != null) {
                // Java migrations live in the project's compiled classes
                builder.classLoader(options.projectClasses()).javaPackages(options.javaPackages()
                        .toArray(String[]::new));
            }
            return new MigrationSession(sandbox, builder, options.projectClasses());
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
