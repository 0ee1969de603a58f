package org.schemamigrate.maven;

import java.time.ZoneId;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugin.MojoFailureException;
import org.schemamigrate.core.StatusReport;
import org.schemamigrate.core.fleet.Fleet;

/**
 * One line per migration (version, name, state, applied at, duration) and a summary line. With
 * -Dmigration.format=json, one line of JSON on standard output (use -q to get only the JSON) or in
 * migration.output.
 */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StatusMojo extends MigrationMojo {

    @Override
    protected void run() throws MojoFailureException {
        StatusOutput.Format outputFormat = StatusOutput.Format.parse(format);
        FleetOptions fleet = FleetOptions.of(this, "status");
        try (MigrationSession session = openSession(false)) {
            if (fleet != null) {
                fleet.run(session, Fleet::status, getLog());
                return;
            }
            StatusReport report = session.migrator().status();
            new StatusOutput(new StatusRenderer(ZoneId.systemDefault()), getLog(), System.out)
                    .write(report, outputFormat, output == null ? null : output.toPath());
        }
    }
}
