package org.schemamigrate.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What up/down/goTo did, or in a dry run what they would do. {@code batchId} identifies the up run in the
 * history (null when nothing was recorded). {@code previousAttempt} is set when the deployment had already
 * been applied by another run, so this one ran nothing.
 */
public record MigrationResult(boolean dryRun, VersionInfo before, VersionInfo after, List<MigrationRun> runs,
                              String batchId, Batch previousAttempt) {

    public MigrationResult(boolean dryRun, VersionInfo before, VersionInfo after, List<MigrationRun> runs) {
        this(dryRun, before, after, runs, null, null);
    }

    /** The SQL that ran or would run, each migration headed by a comment naming it. */
    public String sql() {
        return runs.stream().map(run -> "-- " + run.direction().dbValue() + " " + run.version() + " " + run.name()
                        + " (" + run.file() + ")\n" + run.statements().stream()
                        .map(s -> s.sql() + ";").collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n\n"));
    }
}
