package org.schemamigrate.maven;

import java.time.Clock;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.schemamigrate.diff.workflow.DiffGenerator;
import org.schemamigrate.diff.workflow.DiffResult;

/**
 * Fails the build when the entities and the migrations disagree, printing the difference: the CI guard that
 * replaces hbm2ddl.auto=validate. Also fails on an invalid migration directory. Writes nothing. With
 * migration.targets*: each target's live schema against the migrations, targets grouped by difference.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
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
        try (DiffWorkspace workspace = options.open(ConnectionOptions.of(this), true, getLog())) {
            DiffResult result = new DiffGenerator(Clock.systemUTC()).check(workspace.request(true));
            if (result.upToDate()) {
                getLog().info("The migrations produce exactly the desired schema.");
                return;
            }
            DiffReport.possibleRenames(result, getLog());
            throw new MojoFailureException("The entities and the migrations disagree: the migrations are missing "
                    + result.upPlan().steps().size() + " step(s):\n" + String.join("\n", DiffReport.steps(result))
                    + "\nas SQL:\n" + result.upPlan().script() + "Generate the migration with mvn migration:diff"
                    + " -Dmigration.name=<what_changed>, review it and commit it.");
        }
    }
}
