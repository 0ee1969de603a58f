package org.schemamigrate.diff.workflow;

import java.nio.file.Path;
import org.schemamigrate.diff.plan.Plan;

/**
 * The outcome of a diff: the proven plans, and the written files when there was a difference to write.
 * {@code up}/{@code down} paths are null when nothing was written (up to date, or a check).
 */
public record DiffResult(Plan upPlan, Plan downPlan, Path up, Path down, long version) {

    public boolean upToDate() {
        return upPlan.isEmpty();
    }
}
