package org.schemamigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;
import org.schemamigrate.core.MigrationResult;
import org.schemamigrate.core.Migrator;

/** Applies pending migrations: all of them, at most -Dsteps=N, or up to and including -Dto=VERSION. */
@Mojo(name = "up", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class UpMojo extends AbstractRunMojo {

    /** Apply at most this many pending migrations; default: all. */
    @Parameter(property = "steps")
    private Integer steps;

    /** Stop after this version (it is applied). */
    @Parameter(property = "to")
    private String to;

    /**
     * Labels this up run as a deployment (CI pipeline id, release version), attempted once: a later or concurrent
     * run with the same id runs nothing and says "already applied by deployment …", or fails with the first
     * attempt's error if that failed (use a new id after the fix). Not read from the environment.
     */
    @Parameter(property = "migration.deployment")
    private String deployment;

    /**
     * Apply all pending migrations in one transaction, all or none (PostgreSQL). Refused before anything runs on
     * MySQL/MariaDB and when a pending file is -- migration:no-transaction.
     */
    @Parameter(property = "migration.singleTransaction", defaultValue = "false")
    private boolean singleTransaction;

    @Override
    protected void migrate(MigrationSession session) {
        Versions.onlyOne(steps, to);
        Migrator migrator = session.migrator(deployment, singleTransaction);
        MigrationResult result = to != null && !to.isBlank() ? migrator.upTo(Versions.parse(to, "to"))
                : steps != null ? migrator.up(steps) : migrator.up();
        ResultReporter.migration(result, "apply", "Applied").forEach(getLog()::info);
    }
}
