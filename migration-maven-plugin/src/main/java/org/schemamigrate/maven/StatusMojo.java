package org.schemamigrate.maven;

import java.io.File;
import java.time.ZoneId;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;
import org.schemamigrate.core.StatusReport;

/**
 * One line per migration (version, name, state, applied at, duration) and a summary line. With
 * -Dmigration.format=json, one line of JSON on standard output (use -q to get only the JSON) or in
 * migration.output.
 */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StatusMojo extends AbstractMigrationMojo {

    /** text (default) or json. */
    @Parameter(property = "migration.format", defaultValue = "text")
    private String format;

    /** Write the report to this file instead (text without colours, or JSON). */
    @Parameter(property = "migration.output")
    private File output;

    @Override
    protected void run(MigrationSession session) {
        StatusReport report = session.migrator().status();
        new StatusOutput(new StatusRenderer(ZoneId.systemDefault()), getLog(), System.out)
                .write(report, StatusOutput.Format.parse(format), output == null ? null : output.toPath());
    }
}
