package org.schemamigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Records -Dversion=V as the current, clean version without running SQL: the way out of a dirty state after
 * repairing the database by hand. Prints exactly what it changed in the history.
 */
@Mojo(name = "force", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ForceMojo extends AbstractMigrationMojo {

    /** The version to record as current (0 = nothing applied). Required. */
    @Parameter(property = "version")
    private String version;

    @Override
    protected void run(MigrationSession session) {
        long v = Versions.required(version, "version", "migration:force");
        ResultReporter.history(session.migrator().force(v), "force").forEach(getLog()::info);
    }
}
