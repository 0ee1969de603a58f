package org.schemamigrate.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Proves every migration's down on a scratch database: up, down (must restore exactly), up again. */
@Mojo(name = "test", threadSafe = true)
public class TestMojo extends AbstractDirectoryMojo {
    /** postgresql (default), mysql or mariadb: the kind of the embedded dev server. */
    @Parameter(property = "migration.dialect") private String dialect;
    /** A dev database for the scratch schemas; default: a temporary embedded server. Never the target. */
    @Parameter(property = "migration.devUrl") private String devUrl;
    /** User for migration.devUrl. */
    @Parameter(property = "migration.devUser") private String devUser;
    /** Password for migration.devUrl. */
    @Parameter(property = "migration.devPassword") private String devPassword;
    /** A directory of {@code <version>.sql} files that insert rows after that version's up (the data check). */
    @Parameter(property = "migration.testData") private File testData;
    /** Fail on a migration without a down file instead of reporting it as irreversible. */
    @Parameter(property = "migration.requireDown", defaultValue = "false") private boolean requireDown;
    /** Test only the newest N migrations, the older ones applied once; default: all. */
    @Parameter(property = "migration.latest") private Integer latest;
    /** text (default) or json (on standard output; use -q to get only the JSON). */
    @Parameter(property = "migration.format", defaultValue = "text") private String format;
    /** Also write the JSON report to this file. */
    @Parameter(property = "migration.output") private File output;

    @Override
    protected void run(Path dir) throws MojoFailureException {
        MigrationTestGoal.run(new MigrationTestGoal.Settings(dir, dialect, devUrl, devUser, devPassword, testData,
                requireDown, latest, format, output), getLog());
    }
}
