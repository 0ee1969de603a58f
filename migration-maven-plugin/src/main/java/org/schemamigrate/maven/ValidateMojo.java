package org.schemamigrate.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.schemamigrate.core.StatusReport;
import org.schemamigrate.core.ValidationReport;

/**
 * Fails the build when the directory and the database disagree (edited, missing, out-of-order or dirty
 * migrations), listing each problem with its fix. Pending migrations are not a problem.
 */
@Mojo(name = "validate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ValidateMojo extends MigrationMojo {

    @Override
    protected void run() throws MojoFailureException {
        FleetOptions fleet = FleetOptions.of(this, "validate");
        try (MigrationSession session = openSession(false)) {
            if (fleet != null) {
                fleet.run(session, org.schemamigrate.core.fleet.Fleet::validate, getLog());
                return;
            }
            StatusReport status = session.migrator().status();
            ValidationReport report = new ValidationReport(status.problems());
            if (!report.ok()) {
                throw new MojoFailureException("Validation failed: " + report.describe()
                        + session.sandboxResetHint(report));
            }
            getLog().info(report.describe() + " " + status.summary() + ".");
        }
    }
}
