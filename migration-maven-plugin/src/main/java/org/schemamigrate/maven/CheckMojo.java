package org.schemamigrate.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when the entities and the migrations disagree: the CI guard that replaces
 * hbm2ddl.auto=validate. With -Dmigration.from=database it also reports the live database's pending migrations and
 * its drift from them, each group with its own code (see CheckReport). Also fails on an invalid directory. With
 * migration.targets*: each target's live schema against the migrations, targets grouped by difference.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class CheckMojo extends MigrationMojo {

    @Override
    protected void run() throws MojoFailureException {
        FleetOptions fleet = FleetOptions.of(this, "check");
        DiffOptions options = DiffOptions.of(this, "check", false);
        if (fleet != null) {
            fleet.check(this, options, getLog());
            return;
        }
        CheckReport.checkOneDatabase(options, ConnectionOptions.of(this), getLog());
    }
}
