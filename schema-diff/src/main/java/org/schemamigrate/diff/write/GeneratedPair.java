package org.schemamigrate.diff.write;

import org.schemamigrate.diff.plan.Plan;

/**
 * One proven migration of a generated chain, ready to write: its plans and file texts. {@code suffix} is appended
 * to the migration name ("" for the first pair, {@code _concurrently} for an online plan's second one).
 */
public record GeneratedPair(String suffix, Plan upPlan, Plan downPlan, MigrationFileText.Composed up,
                            MigrationFileText.Composed down) {
}
