package org.schemamigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Records an existing database as being at -Dmigration.version=V without running anything. */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class BaselineMojo extends MigrationMojo {

    @Override
    protected void run() {
        long v = Versions.required(version, "migration.version", "migration:baseline");
        try (MigrationSession session = openSession(false)) {
            ResultReporter.history(session.migrator().baseline(v), "baseline").forEach(getLog()::info);
        }
    }
}
