package org.schemamigrate.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** Goals that work on the migration directory only, without a database (create, hash, lint). */
public abstract class AbstractDirectoryMojo extends AbstractMojo {

    /** The directory of the migration pairs. */
    @Parameter(property = "migration.dir", defaultValue = "${project.basedir}/src/main/resources/db/migration")
    private File dir;

    /** Skip the goal. */
    @Parameter(property = "migration.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping: migration.skip is true.");
            return;
        }
        try {
            run(dir.toPath());
        } catch (RuntimeException e) {
            Failures.rethrow(e);
        }
    }

    protected abstract void run(Path dir) throws MojoFailureException;
}
