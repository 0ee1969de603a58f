package org.schemamigrate.maven;

import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.schemamigrate.core.FailureDetails.CheckFailed;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.DiffErrorCode;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.workflow.DiffRequest;
import org.schemamigrate.diff.workflow.SchemaCheck;

/**
 * migration:check's failure: one paragraph per group (pending, drift, needed), each with its code and its own
 * remedy, so that drift is never advised to be generated again and a pending migration never duplicated.
 */
final class CheckReport {
    /**
     * Found in the PostgreSQL trial: an index written by hand in a migration (CREATE INDEX CONCURRENTLY) is not in
     * the entities, so check asks for a migration that drops it; generating that migration undoes the user's work.
     * Only a plain column index is dropped so (one no entity could declare stays: KeptIndexes in schema-diff).
     */
    static final String UNDECLARED_INDEX = "An index that a migration created but the entities do not declare is"
            + " dropped by that migration: to keep it, declare it on the entity (@Table(indexes = @Index(name ="
            + " \"…\", columnList = \"…\"))), or in migration.desired's schema.";

    private CheckReport() {
    }

    /** The entities, the migrations and (with migration.from=database) the live database, for one database. */
    static void checkOneDatabase(DiffOptions options, ConnectionOptions connection, Log log) {
        try (DiffWorkspace workspace = options.open(connection, true, log)) {
            LiveDatabase live = workspace.live();
            SchemaCheck.Result result = workspace.check().check(
                    workspace.request(false), live == null ? null : (DiffRequest.FromDatabase) workspace.request(true)
                            .current());
            DiffReport.scratchFacts(result.entities().excluded(), result.entities().scratchLimitation(), log);
            if (result.clean()) {
                log.info(live == null ? "The migrations produce exactly the desired schema."
                        : "The migrations produce exactly the desired schema, and " + live.label() + " has applied"
                        + " them all and matches them.");
                return;
            }
            DiffReport.possibleRenames(result.entities(), log);
            throw failure(result, live == null ? "" : live.label());
        }
    }

    /** The failure for a result that is not clean; its code is the first group's, its details hold every group. */
    static MigrationException failure(SchemaCheck.Result result, String liveLabel) {
        CheckFailed details = result.details();
        StringBuilder sb = new StringBuilder("migration:check found ").append(details.groups().size() == 1
                ? "one problem" : details.groups().size() + " kinds of problem").append(':');
        if (!result.pending().isEmpty()) {
            sb.append("\n[").append(DiffErrorCode.PENDING_MIGRATIONS.code()).append("] ")
                    .append(result.pending().size()).append(" migration(s) not applied to ").append(liveLabel)
                    .append(" yet; apply them with mvn migration:up (nothing to generate for them):");
            result.pending().forEach(m -> sb.append("\n  ").append(m));
        }
        if (!result.drift().isEmpty()) {
            sb.append("\n[").append(DiffErrorCode.SCHEMA_DRIFT.code()).append("] ").append(liveLabel)
                    .append(" differs from what its applied migrations produce, by ")
                    .append(result.drift().steps().size()).append(" change(s) that no migration holds (made by"
                    + " hand?). Undo them in the database, or keep them by writing a migration for them:");
            lines(result.drift().steps()).forEach(line -> sb.append("\n").append(line));
        }
        if (!result.entities().upToDate()) {
            sb.append("\n[").append(DiffErrorCode.MIGRATION_NEEDED.code()).append("] The entities need ")
                    .append(result.entities().upPlan().steps().size()).append(" step(s) that the migrations do"
                    + " not have:");
            DiffReport.steps(result.entities()).forEach(line -> sb.append("\n").append(line));
            sb.append("\nas SQL:\n").append(result.entities().upPlan().script()).append("Generate the migration"
                    + " with mvn migration:diff -Dmigration.name=<what_changed>, review it and commit it.");
            if (!result.entities().undeclaredIndexes().isEmpty()) {
                sb.append("\n").append(UNDECLARED_INDEX).append(" (")
                        .append(String.join(", ", result.entities().undeclaredIndexes())).append(')');
            }
        }
        return new MigrationException(details.groups().get(0).code(), sb.toString(), details, null);
    }

    private static List<String> lines(List<PlanStep> steps) {
        return steps.stream().map(step -> "  " + step.comment()).toList();
    }
}
