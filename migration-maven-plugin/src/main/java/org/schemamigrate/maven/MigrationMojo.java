package org.schemamigrate.maven;

import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The one base of every goal: refuses unknown properties, reads the bare aliases, honours migration.skip and turns
 * the libraries' errors into build failures. A goal implements {@link #run} and composes the option groups it needs.
 */
public abstract class MigrationMojo extends MigrationParameters {

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        try {
            checkProperties();
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

    /** A -Dmigration.* property or a configuration key that nothing reads fails before anything runs. */
    private void checkProperties() {
        String goal = getClass().getSimpleName().replaceFirst("Mojo$", "").toLowerCase(java.util.Locale.ROOT);
        Xpp3Dom[] config = mojoExecution == null ? new Xpp3Dom[2] : PropertyCheck.configurations(project,
                mojoExecution.getPlugin().getKey(), mojoExecution.getExecutionId());
        PropertyCheck.check(goal, userProperties(), config[0], config[1]);
        PropertyCheck.overridden(userProperties(), config[0], config[1]).forEach(getLog()::warn);
        Set<String> all = new HashSet<>(given);
        all.addAll(PropertyCheck.given(userProperties(), config[0], config[1]));
        given = all;
    }

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
