package org.schemamigrate.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.schemamigrate.diff.workflow.DiffResult;

/**
 * Compares the entities with the schema the migrations produce and writes the proven pair
 * {@code <version>_<name>.up.sql} / {@code .down.sql}, plus migration.sum. Compiles the project first.
 */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class DiffMojo extends MigrationMojo {

    @Override
    protected void run() {
        if (name == null || name.isBlank()) {
            throw new ConfigurationException("migration:diff needs a name for the new migration:"
                    + " -Dmigration.name=add_email (or -Dname=add_email).");
        }
        DiffOptions options = DiffOptions.of(this, name, false);
        try (DiffWorkspace workspace = options.open(ConnectionOptions.of(this), true, getLog())) {
            DiffResult result = workspace.generator().generate(workspace.request(true));
            DiffReport.scratchFacts(result.excluded(), result.scratchLimitation(), getLog());
            if (result.upToDate()) {
                getLog().info("Schema is up to date: the migrations already produce the desired schema."
                        + " Nothing written.");
                return;
            }
            DiffReport.written(result, getLog());
        }
    }
}
