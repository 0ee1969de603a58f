package org.schemamigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

/** Records an existing database as being at -Dversion=V without running anything. */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class BaselineMojo extends AbstractMigrationMojo {

    /** The version the existing database corresponds to. Required. */
    @Parameter(property = "version")
    private String version;

    @Override
    protected void run(MigrationSession session) {
        long v = Versions.required(version, "version", "migration:baseline");
        ResultReporter.history(session.migrator().baseline(v), "baseline").forEach(getLog()::info);
    }
}
