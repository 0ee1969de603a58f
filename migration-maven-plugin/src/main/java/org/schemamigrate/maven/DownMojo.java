package org.schemamigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.schemamigrate.core.MigrationResult;
import org.schemamigrate.core.Migrator;

/** Rolls back -Dsteps=N migrations (default 1, never all by accident), or down to just after -Dto=VERSION. */
@Mojo(name = "down", threadSafe = true)
public class DownMojo extends AbstractMigrationMojo {

    /** How many migrations to roll back, newest first. Default: 1. */
    @Parameter(property = "steps")
    private Integer steps;

    /** Roll back every migration above this version (it stays applied); 0 rolls back everything. */
    @Parameter(property = "to")
    private String to;

    /** Print the SQL that would run and change nothing. */
    @Parameter(property = "migration.dryRun", defaultValue = "false")
    private boolean dryRun;

    @Override
    protected boolean dryRun() {
        return dryRun;
    }

    @Override
    protected void run(MigrationSession session) {
        Versions.onlyOne(steps, to);
        Migrator migrator = session.migrator();
        MigrationResult result = to != null && !to.isBlank() ? migrator.downTo(Versions.parse(to, "to"))
                : migrator.down(steps == null ? 1 : steps);
        ResultReporter.migration(result, "roll back", "Rolled back").forEach(getLog()::info);
    }
}
