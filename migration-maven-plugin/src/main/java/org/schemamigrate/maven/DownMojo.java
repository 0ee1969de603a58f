package org.schemamigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;
import org.schemamigrate.core.MigrationResult;
import org.schemamigrate.core.Migrator;

/**
 * Rolls back -Dsteps=N migrations (default 1, never all by accident), down to just after -Dto=VERSION, or the
 * migrations of the last up run with -Dmigration.batch=last.
 */
@Mojo(name = "down", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DownMojo extends AbstractRunMojo {

    /** How many migrations to roll back, newest first. Default: 1. */
    @Parameter(property = "steps")
    private Integer steps;

    /** Roll back every migration above this version (it stays applied); 0 rolls back everything. */
    @Parameter(property = "to")
    private String to;

    /**
     * last: roll back exactly the migrations of the most recent up run (batch, deployment) that still has applied
     * migrations, newest first; the goal names them before the first one runs. Not combinable with steps or to.
     */
    @Parameter(property = "migration.batch")
    private String batch;

    @Override
    protected void migrate(MigrationSession session) {
        boolean lastBatch = BatchOption.last(batch, steps, to);
        Versions.onlyOne(steps, to);
        Migrator migrator = session.migrator();
        MigrationResult result = lastBatch ? migrator.downLastBatch()
                : to != null && !to.isBlank() ? migrator.downTo(Versions.parse(to, "to"))
                : migrator.down(steps == null ? 1 : steps);
        ResultReporter.migration(result, "roll back", "Rolled back").forEach(getLog()::info);
    }
}
