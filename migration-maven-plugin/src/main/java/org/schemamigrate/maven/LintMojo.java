package org.schemamigrate.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.schemamigrate.core.source.MigrationDirectory;

/**
 * Reports what the migration files risk (destructive, backward-incompatible, data-dependent, locking), file by
 * file, without a database, and fails on findings at or above migration.failOn. Up and down files are linted:
 * a down that drops a table is what a rollback would destroy.
 */
@Mojo(name = "lint", threadSafe = true)
public class LintMojo extends MigrationMojo {

    @Override
    protected void run() throws MojoFailureException {
        LintOptions options = LintOptions.of(this);
        LintRenderer renderer = new LintRenderer(options.lint().lint(MigrationDirectory.load("filesystem:" + dir,
                null)), options.threshold());
        if (options.format() == StatusOutput.Format.JSON) {
            System.out.println(renderer.json());
            System.out.flush();
        } else {
            renderer.text().forEach(getLog()::info);
        }
        if (!renderer.failing().isEmpty()) {
            throw new MojoFailureException(renderer.failureMessage(options.format() == StatusOutput.Format.JSON));
        }
    }
}
