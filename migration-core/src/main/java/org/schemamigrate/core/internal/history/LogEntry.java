package org.schemamigrate.core.internal.history;

/**
 * One line of the append-only event log: every up, down, force and baseline, with its outcome.
 * {@code version} is 0 for entries that concern no single version.
 */
public record LogEntry(String runId, String action, long version, String name, String outcome, String detail,
                       String performedBy, String host, long executionMs) {
}
