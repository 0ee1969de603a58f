package org.schemamigrate.core.fleet;

import java.nio.file.Path;
import java.time.Duration;
import org.schemamigrate.core.db.UrlDataSource;

/** Runs a fleet up in a process of its own, so that FleetResumeTest can kill it with SIGKILL mid-run. */
public final class FleetKillProbe {
    private FleetKillProbe() {
    }

    /** Arguments: url user password directory comma-separated-schemas. */
    public static void main(String[] args) {
        Fleet.builder().server(new UrlDataSource(args[0], args[1], args[2]))
                .targets(FleetTargets.list(args[4], "arguments")).parallel(1)
                .migrator(b -> b.directory(Path.of(args[3])).lockTimeout(Duration.ofSeconds(30)))
                .build().up();
    }
}
