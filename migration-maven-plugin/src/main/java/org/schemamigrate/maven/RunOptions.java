package org.schemamigrate.maven;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * What up and down share: how many migrations (steps, or a version to go to), the safety options around the
 * statements they run (the destructive guard, row backups, pre-checks) and the dry run.
 */
record RunOptions(Integer steps, Long to, boolean dryRun, boolean allowDestructive, Path backupDirectory,
                  boolean preChecks) {
    private static final DateTimeFormatter RUN_FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    /** Checks the settings (steps and to are exclusive, to is a version) before anything connects. */
    static RunOptions of(MigrationParameters p) {
        Versions.onlyOne(p.steps, p.to);
        Long to = p.to == null || p.to.isBlank() ? null : Versions.parse(p.to, "migration.to");
        return new RunOptions(p.steps, to, p.dryRun, p.allowDestructive,
                p.backup ? backupDirectory(p.backupDir.toPath(), Instant.now()) : null, p.preChecks);
    }

    /** The directory of one run: the time it started, UTC, to the second. */
    static Path backupDirectory(Path base, Instant now) {
        return base.resolve(RUN_FOLDER.format(now));
    }

    void applyTo(MigrationSession session) {
        session.safety(allowDestructive, backupDirectory, preChecks);
    }
}
