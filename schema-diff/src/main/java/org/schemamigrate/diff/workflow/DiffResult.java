package org.schemamigrate.diff.workflow;

import java.nio.file.Path;
import java.util.List;
import org.schemamigrate.diff.plan.Plan;

/**
 * The outcome of a diff: the proven plans, and the written files when there was a difference to write.
 * {@code up}/{@code down} paths are null when nothing was written (up to date, or a check). {@code renameHints}
 * are drop + add pairs of the up plan that may be renames, each saying how to plan the rename instead.
 */
public record DiffResult(Plan upPlan, Plan downPlan, Path up, Path down, long version, List<String> renameHints) {

    public DiffResult {
        renameHints = renameHints == null ? List.of() : List.copyOf(renameHints);
    }

    /** A result without rename hints. */
    public DiffResult(Plan upPlan, Plan downPlan, Path up, Path down, long version) {
        this(upPlan, downPlan, up, down, version, List.of());
    }

    public boolean upToDate() {
        return upPlan.isEmpty();
    }
}
