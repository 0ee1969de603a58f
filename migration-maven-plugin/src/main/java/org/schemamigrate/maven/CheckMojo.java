package org.schemamigrate.maven;

import java.time.Clock;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.schemamigrate.diff.workflow.DiffRequest;
import org.schemamigrate.diff.workflow.SchemaCheck;

/**
 * Fails the build when the entities and the migrations disagree: the CI guard that replaces
 * hbm2ddl.auto=validate. With -Dmigration.from=database it also reports the live database's pending migrations and
 * its drift from them, each group with its own code (see CheckReport). Also fails on an invalid directory.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class CheckMojo extends MigrationMojo {

    @Override
    protected void run() {
        DiffOptions options = DiffOptions.of(this, "check", false);
        try (DiffWorkspace workspace = options.open(ConnectionOptions.of(this), true, getLog())) {
            LiveDatabase live = workspace.live();
            SchemaCheck.Result result = new SchemaCheck(Clock.systemUTC(), new PhaseLog(getLog())).check(
                    workspace.request(false), live == null ? null : (DiffRequest.FromDatabase) workspace.request(true)
                            .current());
            DiffReport.scratchFacts(result.entities().excluded(), result.entities().scratchLimitation(), getLog());
            if (result.clean()) {
                getLog().info(live == null ? "The migrations produce exactly the desired schema."
                        : "The migrations produce exactly the desired schema, and " + live.label() + " has applied"
                        + " them all and matches them.");
                return;
            }
            DiffReport.possibleRenames(result.entities(), getLog());
            throw CheckReport.failure(result, live == null ? "" : live.label());
        }
    }
}
