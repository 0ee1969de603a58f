package org.schemamigrate.maven;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.lint.Category;
import org.schemamigrate.core.lint.LintReport;
import org.schemamigrate.core.lint.MigrationLint;
import org.schemamigrate.core.source.MigrationDirectory;

/**
 * Reports what the migration files risk (destructive, backward-incompatible, data-dependent, locking), file by
 * file, without a database, and fails on findings at or above migration.failOn. Up and down files are linted:
 * a down that drops a table is what a rollback would destroy.
 */
@Mojo(name = "lint", threadSafe = true)
public class LintMojo extends AbstractDirectoryMojo {

    /** The SQL dialect: postgresql, mysql or mariadb; default: the kind of migration.url if set, else postgresql. */
    @Parameter(property = "migration.dialect")
    private String dialect;

    /** Only read for the dialect (jdbc:mariadb:… or embedded:mariadb); lint never connects. */
    @Parameter(property = "migration.url")
    private String url;

    /** text (default, grouped by file) or json (one line on standard output; use -q to get only the JSON). */
    @Parameter(property = "migration.format", defaultValue = "text")
    private String format;

    /** Fail on findings at or above: destructive (default), backward-incompatible, data-dependent, locking, none. */
    @Parameter(property = "migration.failOn", defaultValue = "destructive")
    private String failOn;

    /** Which files: both (default), up (what a deployment runs) or down (what a rollback runs). */
    @Parameter(property = "migration.direction", defaultValue = "both")
    private String direction;

    /** Lint only the newest N migrations (e.g. 1 in a pull request); default: all. */
    @Parameter(property = "migration.latest")
    private Integer latest;

    @Override
    protected void run(Path dir) throws MojoFailureException {
        if (latest != null && latest < 1) {
            throw new ConfigurationException("migration.latest must be 1 or more (got " + latest + ").");
        }
        Category threshold = LintReport.failOn(failOn, "migration.failOn");
        StatusOutput.Format output = StatusOutput.Format.parse(format);
        MigrationLint lint = new MigrationLint(kind(), MigrationLint.Sides.parse(direction, "migration.direction"),
                latest == null ? 0 : latest);
        LintRenderer renderer = new LintRenderer(lint.lint(MigrationDirectory.load("filesystem:" + dir, null)),
                threshold);
        if (output == StatusOutput.Format.JSON) {
            System.out.println(renderer.json());
            System.out.flush();
        } else {
            renderer.text().forEach(getLog()::info);
        }
        if (!renderer.failing().isEmpty()) {
            throw new MojoFailureException(renderer.failureMessage());
        }
    }

    private DatabaseKind kind() {
        if (dialect != null && !dialect.isBlank()) {
            return DialectSetting.parse(dialect);
        }
        DatabaseKind fromUrl = url == null ? null : url.strip().equalsIgnoreCase("embedded:mariadb")
                ? DatabaseKind.MARIADB : DatabaseKind.fromUrl(url.strip());
        return fromUrl != null ? fromUrl : DatabaseKind.POSTGRESQL;
    }
}
