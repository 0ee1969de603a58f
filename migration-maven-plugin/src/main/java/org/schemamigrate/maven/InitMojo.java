package org.schemamigrate.maven;

import java.time.Clock;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.workflow.DiffGenerator;
import org.schemamigrate.diff.workflow.DiffResult;
import org.schemamigrate.diff.workflow.InitGenerator;
import org.schemamigrate.diff.workflow.InitRequest;
import org.schemamigrate.diff.workflow.InitResult;

/**
 * Starts managing an existing database (one that hbm2ddl.auto=update has shaped): its schema becomes the first
 * migration, proven on the dev database, and it is baselined at that version without running anything. Then
 * shows how far the entities are from it, as migration:check would.
 */
@Mojo(name = "init", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class InitMojo extends AbstractDiffMojo {

    /** The name of the first migration. */
    @Parameter(property = "name", defaultValue = "baseline_schema")
    private String name;

    @Override
    protected boolean fromDatabase() {
        return true;
    }

    @Override
    protected String migrationName() {
        return name;
    }

    @Override
    protected void run(Inputs inputs) throws MojoFailureException {
        LiveDatabase live = inputs.live();
        InitResult result = new InitGenerator(Clock.systemUTC()).init(new InitRequest(inputs.dev().dataSource(),
                inputs.dev().kind(), new org.schemamigrate.core.db.UrlDataSource(live.url(), live.user(),
                live.password()), inputs.schema(), live.label(), inputs.directory().toPath(), name, false,
                inputs.lockTimeout()));
        getLog().info("Wrote the first migration from " + live.label() + " (" + result.tables() + " tables), proven"
                + " on the dev database:");
        getLog().info("  " + result.up());
        getLog().info("  " + result.down() + " (drops everything: destructive by design)");
        result.baseline().changes().forEach(change -> getLog().info("Baseline: " + change));
        result.skipped().forEach(object -> getLog().warn("Not included (the model does not cover it; it stays in"
                + " the database): " + object));
        checkEntities(inputs);
    }

    private void checkEntities(Inputs inputs) {
        DiffResult check;
        try {
            check = new DiffGenerator(Clock.systemUTC()).check(inputs.request(false));
        } catch (MigrationException e) {
            if (e.code() == ErrorCode.CONFIGURATION && e.getMessage().startsWith("No JPA entities found")) {
                getLog().info("No JPA entities found, so there is nothing to compare with; set migration.packages"
                        + " or migration.desired to compare.");
                return;
            }
            throw e;
        }
        if (check.upToDate()) {
            getLog().info("The entities match the database exactly: nothing to migrate.");
            return;
        }
        getLog().warn("The entities differ from the database in " + check.upPlan().steps().size() + " step(s):");
        describe(check).forEach(getLog()::warn);
        getLog().warn("Commit the first migration, then run migration:diff -Dname=<what_changed> for these.");
    }
}
