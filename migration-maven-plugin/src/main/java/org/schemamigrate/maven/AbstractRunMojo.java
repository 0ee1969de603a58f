package org.schemamigrate.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What up and down share: the safety options around the statements they run (the destructive guard, row backups,
 * pre-checks) and the dry run.
 */
public abstract class AbstractRunMojo extends AbstractMigrationMojo {
    private static final DateTimeFormatter RUN_FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    /**
     * Before each destructive statement (DROP TABLE, ALTER TABLE … DROP COLUMN, TRUNCATE, DELETE without WHERE)
     * save the rows it would destroy as CSV, with a restore.sql that puts them back once the schema is back, in
     * {@code <migration.backupDir>/<UTC yyyyMMdd-HHmmss>/}. Each saved file is logged.
     */
    @Parameter(property = "migration.backup", defaultValue = "false")
    private boolean backup;

    /** The folder under which each run with migration.backup=true gets its own timestamped directory. */
    @Parameter(property = "migration.backupDir", defaultValue = "${project.build.directory}/migration-backups")
    private File backupDir;

    /**
     * Before SET NOT NULL / MODIFY … NOT NULL, a unique constraint or index, a primary key or a foreign key, count
     * the rows that would make it fail and stop with the count and an example row, before the migration is
     * half-applied. false turns the pre-checks off.
     */
    @Parameter(property = "migration.preChecks", defaultValue = "true")
    private boolean preChecks;

    /**
     * Run migrations with destructive statements (drop table, drop column, truncate, …; see migration:lint). Without
     * it such a run is refused before anything runs, listing the statements, unless the file carries the
     * {@code -- migration:allow-destructive} directive (a reviewed migration).
     */
    @Parameter(property = "migration.allowDestructive", defaultValue = "false")
    private boolean allowDestructive;

    /** Print the SQL that would run and change nothing. */
    @Parameter(property = "migration.dryRun", defaultValue = "false")
    private boolean dryRun;

    @Override
    protected boolean dryRun() {
        return dryRun;
    }

    @Override
    protected final void run(MigrationSession session) throws MojoFailureException {
        session.safety(allowDestructive, backup ? backupDirectory(backupDir.toPath(), Instant.now()) : null,
                preChecks);
        migrate(session);
    }

    /** The directory of one run: the time it started, UTC, to the second. */
    static Path backupDirectory(Path base, Instant now) {
        return base.resolve(RUN_FOLDER.format(now));
    }

    protected abstract void migrate(MigrationSession session) throws MojoFailureException;
}
