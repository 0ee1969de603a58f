package org.schemamigrate.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.schemamigrate.core.VersionInfo;

/** Prints the database's current version and whether it is dirty (also under mvn -q: see GoalOutput). */
@Mojo(name = "version", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class VersionMojo extends MigrationMojo {

    @Override
    protected void run() {
        try (MigrationSession session = openSession(false)) {
            VersionInfo v = session.migrator().version();
            GoalOutput out = GoalOutput.of(getLog());
            if (v.version() == 0) {
                out.info(List.of("Current version: none (no migration applied)"));
            } else if (v.dirty()) {
                out.warn("Current version: " + v.version() + " " + v.name() + " (dirty: it failed half-way;"
                        + " repair the database by hand, then run migration:force -Dmigration.version=<the version"
                        + " it is at>)");
            } else {
                out.info(List.of("Current version: " + v.version() + " " + v.name() + " (clean)"));
            }
        }
    }
}
