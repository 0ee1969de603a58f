package org.schemamigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugin.MojoFailureException;
import org.schemamigrate.core.MigrationResult;
import org.schemamigrate.core.Migrator;

/**
 * Applies pending migrations: all of them, at most -Dmigration.steps=N, or up to and including
 * -Dmigration.to=VERSION; -Dmigration.deployment labels the run, -Dmigration.singleTransaction applies all or none.
 */
@Mojo(name = "up", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class UpMojo extends MigrationMojo {

    @Override
    protected void run() throws MojoFailureException {
        RunOptions options = RunOptions.of(this);
        FleetOptions fleet = FleetOptions.of(this, "up");
        try (MigrationSession session = openSession(options.dryRun())) {
            options.applyTo(session);
            if (fleet != null) {
                fleet.run(session, f -> options.steps() == null ? f.up() : f.up(options.steps()), getLog());
                return;
            }
            Migrator migrator = session.migrator(deployment, singleTransaction);
            MigrationResult result = options.to() != null ? migrator.upTo(options.to())
                    : options.steps() != null ? migrator.up(options.steps()) : migrator.up();
            ResultReporter.migration(result, "apply", "Applied").forEach(getLog()::info);
        }
    }
}
