package org.schemamigrate.maven;

import java.util.List;
import java.util.Properties;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The one base of every goal: reads the bare aliases, honours migration.skip and turns the libraries' errors into
 * build failures. A goal implements {@link #run} and composes the option groups it needs.
 */
public abstract class MigrationMojo extends MigrationParameters {

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        try {
            Aliases.apply(this, userProperties());
            if (skip) {
                getLog().info("Skipping: migration.skip is true.");
                return;
            }
            run();
        } catch (RuntimeException e) {
            Failures.rethrow(e);
        }
    }

    /** The goal's work: check its settings first, then connect. */
    protected abstract void run() throws MojoFailureException;

    /** The -D properties of the Maven run (and the JVM's, e.g. from MAVEN_OPTS). */
    final List<Properties> userProperties() {
        return session == null ? List.of(System.getProperties())
                : List.of(session.getUserProperties(), session.getSystemProperties());
    }

    /** The database of a goal that runs the engine: connects, starting the sandbox when that is the target. */
    final MigrationSession openSession(boolean dryRun) {
        HistoryOptions history = HistoryOptions.of(this);
        return history.open(ConnectionOptions.of(this).resolve(), dryRun, getLog());
    }
}
