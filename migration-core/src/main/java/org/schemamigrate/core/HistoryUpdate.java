package org.schemamigrate.core;

import java.util.List;

/** What force or baseline changed in the history, line by line, without running any migration SQL. */
public record HistoryUpdate(VersionInfo before, VersionInfo after, List<String> changes) {
}
