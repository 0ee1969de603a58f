package org.schemamigrate.diff.plan;

import java.util.Objects;

/** One SQL statement of a plan (no trailing semicolon), with a one-line comment for the reviewer. */
public record PlanStep(String sql, String comment, Safety safety) {

    public PlanStep {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(safety, "safety");
    }

    public boolean canLoseData() {
        return safety == Safety.DESTRUCTIVE;
    }
}
