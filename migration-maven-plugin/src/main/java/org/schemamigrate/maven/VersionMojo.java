package org.schemamigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.schemamigrate.core.VersionInfo;

/** Prints the database's current version and whether it is dirty. */
@Mojo(name = "version", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class VersionMojo extends MigrationMojo {

    @Override
    protected void run() {
        try (MigrationSession session = openSession(false)) {
            VersionInfo v = session.migrator().version();
            if (v.version() == 0) {
                getLog().info("Current version: none (no migration applied)");
            } else if (v.dirty()) {
                getLog().warn("Current version: " + v.version() + " " + v.name() + " (dirty: it failed half-way;"
                        + " repair the database by hand, then run migration:force -Dmigration.version=<the version"
                        + " it is at>)");
            } else {
                getLog().info("Current version: " + v.version() + " " + v.name() + " (clean)");
            }
        }
    }
}
