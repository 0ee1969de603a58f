package org.schemamigrate.maven;

import java.util.function.BiFunction;
import org.apache.maven.plugin.MojoFailureException;
import org.schemamigrate.core.MigrationResult;
import org.schemamigrate.core.fleet.Fleet;
import org.schemamigrate.core.fleet.FleetReport;

/**
 * The run that up and down share: checks the steps/to/dry-run and fleet settings before connecting, opens the
 * session with the safety options, then runs over the fleet or the one database and reports the result.
 */
final class StepRun {
    private StepRun() {
    }

    /** {@code verb} and {@code done} word the closing line ("apply"/"Applied", "roll back"/"Rolled back"). */
    static void run(MigrationMojo mojo, String goal, String verb, String done,
                    BiFunction<Fleet, RunOptions, FleetReport> overFleet,
                    BiFunction<MigrationSession, RunOptions, MigrationResult> onDatabase)
            throws MojoFailureException {
        RunOptions options = RunOptions.of(mojo);
        FleetOptions fleet = FleetOptions.of(mojo, goal);
        try (MigrationSession session = mojo.openSession(options.dryRun())) {
            options.applyTo(session);
            if (fleet != null) {
                fleet.run(session, f -> overFleet.apply(f, options), mojo.getLog());
                return;
            }
            ResultReporter.migration(onDatabase.apply(session, options), verb, done).forEach(mojo.getLog()::info);
        }
    }
}
