package org.schemamigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.schemamigrate.core.embedded.SharedDevServer;

/**
 * Stops the shared embedded dev servers (PostgreSQL and MariaDB) that diff and check leave running for the next
 * goal ({@code migration.devServerIdle}); their data directories stay for a quick restart. Needs no project.
 */
@Mojo(name = "stop-dev", requiresProject = false, threadSafe = true)
public class StopDevMojo extends MigrationMojo {

    @Override
    protected void run() {
        for (java.nio.file.Path home : SharedDevServer.defaultHomes()) {
            boolean stopped = SharedDevServer.stop(home);
            getLog().info(stopped ? "Stopped the shared dev server in " + home + "."
                    : "No shared dev server was running (" + home + ").");
        }
    }
}
