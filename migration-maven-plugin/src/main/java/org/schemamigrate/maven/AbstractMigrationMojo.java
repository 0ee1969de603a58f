package org.schemamigrate.maven;

import java.io.File;
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
        try {
            ResolvedConnection connection = resolveConnection();
            MigrationSession.Options options = new MigrationSession.Options(dir.toPath(), schema, table,
                    Durations.parse(lockTimeout, "migration.lockTimeout"), outOfOrder, dryRun(),
                    sandboxDir.toPath(), basedir == null ? null : basedir.toPath());
            try (MigrationSession session = MigrationSession.open(connection, options, getLog())) {
                run(session);
            }
        } catch (RuntimeException e) {
            Failures.rethrow(e);
        }
    }

    /** True for goals that only show what they would do. */
    protected boolean dryRun() {
        return false;
    }

    protected abstract void run(MigrationSession session) throws MojoFailureException;
}
