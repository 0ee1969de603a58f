package org.schemamigrate.core.internal.engine;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.MigrationResult;
import org.schemamigrate.core.MigratorConfig;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.event.MigrationListener;
import org.schemamigrate.core.internal.history.AppliedMigration;
import org.schemamigrate.core.Batch;

/**
 * Up runs as deployments: each run that applies something (or carries a deployment label) is recorded as a
 * batch with its outcome; a labelled deployment is attempted once, later runs report the first outcome.
 */
final class Batches {
    private final Engine.Context ctx;
    private final MigratorConfig config;
    private final MigrationListener listener;

    Batches(Engine.Context ctx, MigratorConfig config, MigrationListener listener) {
        this.ctx = ctx;
        this.config = config;
        this.listener = listener;
    }

    /** Plans under the batch record (a refusal is an attempt too), then runs and records the outcome. */
    MigrationResult record(Supplier<List<MigrationExecutor.Step>> plan,
                           Function<List<MigrationExecutor.Step>, MigrationResult> run) {
        if (config.dryRun()) {
            return run.apply(plan.get());
        }
        String deployment = config.deployment();
        if (deployment != null) {
            Batch previous = Engine.readBatches(ctx.session()).stream()
                    .filter(b -> deployment.equals(b.deployment())).findFirst().orElse(null);
            if (previous != null) {
                return repeat(previous);
            }
        }
        boolean recording = deployment != null;
        if (recording) {
            start();
        }
        try {
            List<MigrationExecutor.Step> steps = plan.get();
            if (!recording && !steps.isEmpty()) {
                start();
                recording = true;
            }
            MigrationResult result = run.apply(steps);
            if (recording) {
                finish(Batch.SUCCESS, null);
            }
            return new MigrationResult(false, result.before(), result.after(), result.runs(),
                    recording ? ctx.session().runId() : null, null);
        } catch (MigrationException e) {
            if (recording) {
                finish(Batch.FAILED, e.getMessage());
            }
            throw e;
        }
    }

    private MigrationResult repeat(Batch previous) {
        listener.onEvent(new MigrationEvent.DeploymentAlreadyAttempted(previous.deployment(), previous.describe(),
                previous.succeeded()));
        if (previous.succeeded()) {
            return new MigrationResult(false, ctx.state().current(), ctx.state().current(), List.of(), null,
                    previous);
        }
        String what = Batch.RUNNING.equals(previous.outcome())
                ? "did not finish (its process or connection died while migrating)"
                : "failed: " + previous.detail();
        throw new MigrationException(CoreErrorCode.DEPLOYMENT_FAILED, "Deployment " + previous.deployment()
                + " was already attempted (" + previous.describe() + ") and " + what + "\nIt is not attempted"
                + " again; the database is at version " + ctx.state().current() + ". Fix the cause, then deploy"
                + " with a new deployment id.");
    }

    private void start() {
        Session s = ctx.session();
        try {
            s.history().startBatch(s.connection(), s.runId(), config.deployment(), s.user(), s.host());
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not record the start of this run in "
                    + s.history().qualifiedName() + "_batch: " + e.getMessage() + ". Nothing was applied.", e);
        }
    }

    private void finish(String outcome, String detail) {
        Session s = ctx.session();
        try {
            s.history().finishBatch(s.connection(), s.runId(), outcome, detail);
        } catch (SQLException e) {
            listener.onEvent(new MigrationEvent.Warning("Could not record the outcome (" + outcome + ") of batch "
                    + s.runId() + ": " + e.getMessage()));
        }
    }

    /** Single-transaction batches need transactional DDL and files that can run in a transaction. */
    static void refuseSingleTransaction(Session session, List<MigrationExecutor.Step> pending) {
        if (!session.dialect().transactionalDdl()) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "Nothing was applied: single-transaction mode"
                    + " needs a database that can roll back DDL, and " + session.dialect().displayName() + " commits"
                    + " each DDL statement immediately. Run without migration.singleTransaction.");
        }
        for (MigrationExecutor.Step step : pending) {
            if (step.script().noTransaction()) {
                throw new MigrationException(CoreErrorCode.CONFIGURATION, "Nothing was applied: "
                        + step.script().location() + " is marked -- migration:no-transaction, so it cannot run"
                        + " inside the single transaction. Apply it separately (up -Dto=" + step.migration().version()
                        + " without migration.singleTransaction), or run without migration.singleTransaction.");
            }
        }
    }

    /** The applied rows of the newest batch that still has any, newest version first. */
    static List<AppliedMigration> lastBatchRows(Engine.Context ctx, List<Batch> batches, MigrationListener listener) {
        for (int i = batches.size() - 1; i >= 0; i--) {
            Batch batch = batches.get(i);
            List<AppliedMigration> rows = ctx.state().applied().stream()
                    .filter(r -> batch.id().equals(r.runId()))
                    .sorted(Comparator.comparingLong(AppliedMigration::version).reversed()).toList();
            if (!rows.isEmpty()) {
                listener.onEvent(new MigrationEvent.BatchRollbackPlanned(batch.describe(),
                        rows.stream().map(AppliedMigration::version).toList()));
                return rows;
            }
        }
        throw new MigrationException(CoreErrorCode.ILLEGAL_STATE, "No up run (batch) has applied migrations left to"
                + " roll back (migrations recorded by baseline or force belong to no batch). Nothing was rolled"
                + " back; use down -Dsteps=N instead.");
    }
}
