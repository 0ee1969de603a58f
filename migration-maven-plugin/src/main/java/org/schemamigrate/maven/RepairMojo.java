package org.schemamigrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.schemamigrate.core.source.MigrationDirectory;

/**
 * Records the current checksum of applied version -Dmigration.version=V after a reviewed edit of its file, saying
 * what changed (Flyway's repair, Liquibase's clearCheckSums for one version). Refused on a dirty database. Runs no
 * migration SQL.
 */
@Mojo(name = "repair", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RepairMojo extends MigrationMojo {

    @Override
    protected void run() {
        long v = Versions.required(version, "migration.version", "migration:repair");
        try (MigrationSession session = openSession(false)) {
            ResultReporter.history(session.migrator().repair(v), "repair").forEach(getLog()::info);
        }
        if (!MigrationDirectory.load("filesystem:" + dir, null).integrityProblems().isEmpty()) {
            getLog().warn("migration.sum still records the files as they were: run migration:hash to record the"
                    + " reviewed edit there too (validate checks both).");
        }
    }
}
