package org.schemamigrate.core;

import java.time.Instant;

/**
 * One up run (a deployment): the migrations it applied carry its id in their history rows.
 * {@code deployment} is the optional label given by the operator (CI pipeline id, release version).
 * {@code outcome} is running, success or failed; a batch still "running" whose lock is gone died mid-way.
 */
public record Batch(String id, String deployment, String performedBy, String host, Instant startedAt,
                    Instant finishedAt, String outcome, String detail) {
    public static final String RUNNING = "running";
    public static final String SUCCESS = "success";
    public static final String FAILED = "failed";

    public boolean succeeded() {
        return SUCCESS.equals(outcome);
    }

    /** "deployment release-42 (batch 1b2c…) by ci@host-1 at …" for messages. */
    public String describe() {
        return (deployment == null ? "batch " + id : "deployment " + deployment + " (batch " + id + ")")
                + " by " + performedBy + (host == null ? "" : "@" + host) + " at " + startedAt;
    }
}
