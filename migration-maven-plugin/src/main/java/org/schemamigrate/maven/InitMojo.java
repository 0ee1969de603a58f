package org.schemamigrate.maven;

import java.time.Clock;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.schemamigrate.diff.workflow.InitGenerator;
import org.schemamigrate.diff.workflow.InitRequest;
import org.schemamigrate.diff.workflow.InitResult;

/**
 * Starts managing an existing database (one that hbm2ddl.auto=update has shaped): its schema becomes the first
 * migration (-Dmigration.name, default baseline_schema), proven on the dev database, and it is baselined at that
 * version without running anything. Then shows how far the entities are from it, as migration:check would.
 */
@Mojo(name = "init", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class InitMojo extends MigrationMojo {

    @Override
    protected void run() {
        String pairName = name == null || name.isBlank() ? "baseline_schema" : name;
        DiffOptions options = DiffOptions.of(this, pairName, true);
        try (DiffWorkspace workspace = options.open(ConnectionOptions.of(this), false, getLog())) {
            LiveDatabase live = workspace.live();
            InitResult result = new InitGenerator(Clock.systemUTC(), new PhaseLog(getLog())).init(new InitRequest(workspace.dev()
                    .dataSource(), workspace.dev().kind(), live.dataSource(), options.schema(), live.label(),
                    options.dir(), pairName, false, options.plan().lockTimeout(), options.exclusions()));
            getLog().info("Wrote the first migration from " + live.label() + " (" + result.tables() + " tables),"
                    + " proven on the dev database:");
            getLog().info("  " + result.up());
            getLog().info("  " + result.down() + " (drops everything: destructive by design)");
            result.baseline().changes().forEach(change -> getLog().info("Baseline: " + change));
            result.skipped().forEach(object -> getLog().warn("Not included (the model does not cover it; it stays"
                    + " in the database): " + object));
            DiffReport.scratchFacts(result.excluded(), result.scratchLimitation(), getLog());
            DiffReport.entitiesAgainstFirstMigration(workspace, getLog());
        }
    }
}
