package org.schemamigrate.maven;

import java.io.File;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** The directory settings every database goal shares; the goals only say what to do. */
public abstract class AbstractMigrationMojo extends AbstractConnectionMojo {

    /** The directory of the golang-migrate style pairs {@code <version>_<name>.up.sql} / {@code .down.sql}. */
    @Parameter(property = "migration.dir", defaultValue = "${project.basedir}/src/main/resources/db/migration")
    private File dir;

    /** Schema of the history table, and the session's default schema; default: the connection's. */
    @Parameter(property = "migration.schema")
    private String schema;

    /** Name of the history table (its event log is {@code <table>_log}); default: migration_history. */
    @Parameter(property = "migration.table")
    private String table;

    /** How long to wait for another migrator's lock: 30 (seconds), 30s, 5m, PT5M; default 10 minutes. */
    @Parameter(property = "migration.lockTimeout")
    private String lockTimeout;

    /** Allow applying pending migrations whose version is below the highest applied one. */
    @Parameter(property = "migration.outOfOrder", defaultValue = "false")
    private boolean outOfOrder;

    /**
     * Comma-separated packages of the project whose JavaMigration classes run with the SQL files (only each
     * package itself). The goals read the compiled classes: compile first (mvn compile migration:up).
     */
    @Parameter(property = "migration.javaPackages", defaultValue = "db.migration")
    private String javaPackages;

    @Parameter(defaultValue = "${project.runtimeClasspathElements}", readonly = true)
    private List<String> classpathElements;

    /** Skip the goal. */
    @Parameter(property = "migration.skip", defaultValue = "false")
    private boolean skip;

    /** Where the embedded sandbox keeps its data (one folder per database kind). */
    @Parameter(property = "migration.sandboxDir", defaultValue = "${project.build.directory}/migration-db")
    private File sandboxDir;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping: migration.skip is true.");
            return;
        }
        try (URLClassLoader projectClasses = classpathElements == null ? null
                : ProjectClasses.loader(classpathElements)) {
            ResolvedConnection connection = resolveConnection();
            MigrationSession.Options options = new MigrationSession.Options(dir.toPath(), schema, table,
                    Durations.parse(lockTimeout, "migration.lockTimeout"), outOfOrder, dryRun(),
                    sandboxDir.toPath(), basedir == null ? null : basedir.toPath(), projectClasses, packages());
            try (MigrationSession session = MigrationSession.open(connection, options, getLog())) {
                run(session);
            }
        } catch (RuntimeException e) {
            Failures.rethrow(e);
        } catch (java.io.IOException e) {
            throw new MojoExecutionException("Could not close the project's class loader: " + e.getMessage(), e);
        }
    }

    private List<String> packages() {
        return javaPackages == null || javaPackages.isBlank() ? List.of()
                : Arrays.stream(javaPackages.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** True for goals that only show what they would do. */
    protected boolean dryRun() {
        return false;
    }

    protected abstract void run(MigrationSession session) throws MojoFailureException;
}
