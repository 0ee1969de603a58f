package org.schemamigrate.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.schemamigrate.core.MigrationException;

/**
 * How a goal fails. The engine's and the resolver's messages are written for the user, so they pass unchanged;
 * the cause rides along and Maven shows its stack trace only with -e.
 */
final class Failures {
    private Failures() {
    }

    static void rethrow(RuntimeException e) throws MojoFailureException, MojoExecutionException {
        if (e instanceof MigrationException || e instanceof ConfigurationException) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        // anything else is not the user's input: an embedded server that did not start, a bug
        throw new MojoExecutionException(e.getMessage() == null ? e.getClass().getName() : e.getMessage(), e);
    }
}
