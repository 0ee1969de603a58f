package org.schemamigrate.core;

import java.time.Duration;
import java.util.List;

/** One migration that ran (or, in a dry run, would run), with its statements. */
public record MigrationRun(long version, String name, Direction direction, String file,
                           List<SqlStatement> statements, Duration duration) {
}
