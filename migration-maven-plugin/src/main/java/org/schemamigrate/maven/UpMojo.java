package org.schemamigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugin.MojoFailureException;
import org.schemamigrate.core.Migrator;

/**
 * Applies pending migrations: all of them, at most -Dmigration.steps=N, or up to and including
 * -Dmigration.to=VERSION; -Dmigration.deployment labels the run, -Dmigration.singleTransaction applies all or none.
 */
@Mojo(name = "up", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class UpMojo extends MigrationMojo {

    @Override
    protected void run() throws MojoFailureException {
        StepRun.run(this, "up", "apply", "Applied",
                (fleet, options) -> options.steps() == null ? fleet.up() : fleet.up(options.steps()),
                (session, options) -> {
                    Migrator migrator = session.migrator(deployment, singleTransaction);
                    return options.to() != null ? migrator.upTo(options.to())
                            : options.steps() != null ? migrator.up(options.steps()) : migrator.up();
                });
    }
}
