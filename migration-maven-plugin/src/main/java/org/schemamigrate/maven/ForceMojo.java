package org.schemamigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Records -Dmigration.version=V as the current, clean version without running SQL: the way out of a dirty state
 * after repairing the database by hand. Prints exactly what it changed in the history.
 */
@Mojo(name = "force", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ForceMojo extends MigrationMojo {

    @Override
    protected void run() {
        long v = Versions.required(version, "migration.version", "migration:force");
        try (MigrationSession session = openSession(false)) {
            ResultReporter.history(session.migrator().force(v), "force").forEach(getLog()::info);
        }
    }
}
