package org.schemamigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.schemamigrate.core.MigrationResult;
import org.schemamigrate.core.Migrator;

/** Applies pending migrations: all of them, at most -Dsteps=N, or up to and including -Dto=VERSION. */
@Mojo(name = "up", threadSafe = true)
public class UpMojo extends AbstractMigrationMojo {

    /** Apply at most this many pending migrations; default: all. */
    @Parameter(property = "steps")
    private Integer steps;

    /** Stop after this version (it is applied). */
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
        MigrationResult result = to != null && !to.isBlank() ? migrator.upTo(Versions.parse(to, "to"))
                : steps != null ? migrator.up(steps) : migrator.up();
        ResultReporter.migration(result, "apply", "Applied").forEach(getLog()::info);
    }
}
