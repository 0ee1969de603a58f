package org.schemamigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugin.MojoFailureException;
import org.schemamigrate.core.Migrator;

/**
 * Rolls back -Dmigration.steps=N migrations (default 1, never all by accident), down to just after
 * -Dmigration.to=VERSION, or the migrations of the last up run with -Dmigration.batch=last.
 */
@Mojo(name = "down", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DownMojo extends MigrationMojo {

    @Override
    protected void run() throws MojoFailureException {
        boolean lastBatch = BatchOption.last(batch, steps, to);
        StepRun.run(this, "down", "roll back", "Rolled back",
                (fleet, options) -> fleet.down(options.steps() == null ? 1 : options.steps()),
                (session, options) -> {
                    Migrator migrator = session.migrator();
                    return lastBatch ? migrator.downLastBatch()
                            : options.to() != null ? migrator.downTo(options.to())
                            : migrator.down(options.steps() == null ? 1 : options.steps());
                });
    }
}
