package org.schemamigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.schemamigrate.core.embedded.SharedDevServer;

/**
 * Stops the shared embedded PostgreSQL dev server that diff and check leave running for the next goal
 * ({@code migration.devServerIdle}); its data directory stays for a quick restart. Needs no project.
 */
@Mojo(name = "stop-dev", requiresProject = false, threadSafe = true)
public class StopDevMojo extends MigrationMojo {

    @Override
    protected void run() {
        boolean stopped = SharedDevServer.stop(SharedDevServer.defaultHome());
        getLog().info(stopped ? "Stopped the shared dev server in " + SharedDevServer.defaultHome() + "."
                : "No shared dev server was running (" + SharedDevServer.defaultHome() + ").");
    }
}
