package org.schemamigrate.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.schemamigrate.diff.workflow.DiffGenerator;
import org.schemamigrate.diff.workflow.DiffRequest;
import org.schemamigrate.diff.workflow.DiffResult;

/**
 * Fails the build when the entities and the migrations disagree, printing the difference: the CI guard that
 * replaces hbm2ddl.auto=validate. Also fails on an invalid migration directory. Writes nothing.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class CheckMojo extends AbstractDiffMojo {

    /**
     * Tables and columns that are renamed rather than dropped and added, as for migration:diff: comma-separated
     * entries, old:new for a table and table.old:new for a column (the table as it is now, or its new name when it
     * is renamed too). The missing steps are then printed as RENAME.
     */
    @Parameter(property = "migration.renames")
    private String renames;

    @Override
    protected String renames() {
        return renames;
    }

    @Override
    protected String migrationName() {
        return "check";
    }

    @Override
    protected void report(DiffGenerator generator, DiffRequest request) throws MojoFailureException {
        DiffResult result = generator.check(request);
        if (result.upToDate()) {
            getLog().info("The migrations produce exactly the desired schema.");
            return;
        }
        warnPossibleRenames(result);
        throw new MojoFailureException("The entities and the migrations disagree: the migrations are missing "
                + result.upPlan().steps().size() + " step(s):\n" + String.join("\n", describe(result))
                + "\nas SQL:\n" + result.upPlan().script()
                + "Generate the migration with mvn migration:diff -Dname=<what_changed>, review it and commit it.");
    }
}
