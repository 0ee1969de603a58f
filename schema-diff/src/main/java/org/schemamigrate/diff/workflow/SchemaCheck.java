package org.schemamigrate.diff.workflow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.core.FailureDetails.CheckFailed;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.MigrationStatus;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.StatusReport;
import org.schemamigrate.diff.DiffErrorCode;
import org.schemamigrate.diff.dialect.DiffDialect;
import org.schemamigrate.diff.inspect.ScratchSpace;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.plan.PlanStep;

/**
 * migration:check in three groups, so that each gets its own remedy: migrations the live database has not applied
 * yet (apply them), drift of the live database from what its applied migrations produce (no migration holds it),
 * and what the entities still need beyond all the migrations (generate one). Without a live database only the
 * last group is known.
 */
public final class SchemaCheck {
    private final Clock clock;
    private final PhaseListener phases;
    private final boolean replayCache;

    public SchemaCheck(Clock clock, PhaseListener phases) {
        this(clock, phases, false);
    }

    private SchemaCheck(Clock clock, PhaseListener phases, boolean replayCache) {
        this.clock = clock;
        this.phases = phases;
        this.replayCache = replayCache;
    }

    /** A check whose entities group reuses the replayed directory (see {@link DiffGenerator#withReplayCache}). */
    public SchemaCheck withReplayCache(boolean enabled) {
        return new SchemaCheck(clock, phases, enabled);
    }

    /**
     * @param needed the entities against the migration directory ({@link DiffRequest.FromMigrations})
     * @param live   the live database to find pending migrations and drift in; null: none
     */
    public Result check(DiffRequest needed, DiffRequest.FromDatabase live) {
        if (live == null) {
            return new Result(List.of(), new Plan(List.of()),
                    new DiffGenerator(clock, phases).withReplayCache(replayCache).check(needed));
        }
        Migrator migrator = Migrator.builder().dataSource(live.database()).directory(needed.directory())
                .schema(live.schema()).table(live.historyTable()).build();
        StatusReport status = phases.phase("reading the history of " + live.label(), migrator::status);
        List<String> pending = status.migrations().stream().filter(m -> m.state() == MigrationStatus.State.PENDING
                || m.state() == MigrationStatus.State.OUT_OF_ORDER).map(m -> m.version() + " " + m.name()).toList();
        try (ScratchSpace scratch = new ScratchSpace(needed.devDatabase(), needed.kind(), needed.exclusions())) {
            // one replay: read at the live database's version for the drift, then on to the end for the entities
            DiffDialect dialect = DiffDialect.of(scratch.features());
            ScratchSchemas schemas = new ScratchSchemas(scratch, dialect, needed.exclusions());
            String replay = scratch.create("migrations");
            Plan drift = drift(needed, live, status, scratch, dialect, schemas, replay);
            long rest = status.migrations().stream().filter(m -> m.state() == MigrationStatus.State.PENDING
                    && m.version() > status.current().version()).count();
            if (rest > 0) {
                phases.phase("replaying the " + rest + " further migration" + (rest == 1 ? "" : "s"),
                        () -> schemas.replay(replay, needed, Migrator::up));
            }
            DiffResult entities = new DiffGenerator(clock, phases).withReplayCache(replayCache).check(needed, scratch,
                    replay);
            return new Result(pending, drift, entities);
        }
    }

    /** The changes that turn what the applied migrations produce (replayed in {@code replay}) into the live schema. */
    private Plan drift(DiffRequest needed, DiffRequest.FromDatabase live, StatusReport status, ScratchSpace scratch,
                       DiffDialect dialect, ScratchSchemas schemas, String replay) {
        long applied = applied(status);
        Schema replayed = phases.phase("replaying " + applied + " applied migration" + (applied == 1 ? "" : "s"),
                () -> {
                    replayApplied(needed, scratch, replay, status.current().version());
                    return scratch.inspect(replay, dialect::inspector);
                });
        String copy = scratch.create("live");
        Schema liveSchema = phases.phase("inspecting " + live.label(), () -> schemas.current(copy,
                new DiffRequest(needed.devDatabase(), needed.kind(), "", "", live, needed.directory(), "check", false,
                        null, null, null, needed.exclusions())));
        return phases.phase("planning the drift", () -> dialect.planner().plan(dialect.differ().diff(replayed,
                liveSchema)));
    }

    private static void replayApplied(DiffRequest needed, ScratchSpace scratch, String space, long version) {
        if (version == 0) {
            return;
        }
        try {
            // scratch space: migrations that drop what earlier ones created have nothing real to lose
            Migrator.builder().dataSource(scratch.dataSource(space)).directory(needed.directory())
                    .schema(scratch.schemaOf(space)).allowDestructive(true).build().upTo(version);
        } catch (MigrationException e) {
            throw ScratchFailures.replayFailed(e, "so what the applied migrations produce is unknown",
                    needed.directory(), scratch.kind());
        }
    }

    private static long applied(StatusReport status) {
        return status.count(MigrationStatus.State.APPLIED) + status.count(MigrationStatus.State.BASELINE)
                + status.count(MigrationStatus.State.EDITED) + status.count(MigrationStatus.State.DIRTY);
    }

    /**
     * The three groups; each is empty when there is nothing of its kind.
     *
     * @param pending  "version name" of each migration the live database has not applied
     * @param drift    the steps that would turn the applied migrations' schema into the live one
     * @param entities the entities against all migrations (upPlan: what a new migration would hold)
     */
    public record Result(List<String> pending, Plan drift, DiffResult entities) {

        public boolean clean() {
            return pending.isEmpty() && drift.isEmpty() && entities.upToDate();
        }

        /** The groups that are not empty, as structured details, in order: pending, drift, needed. */
        public CheckFailed details() {
            List<CheckFailed.Group> groups = new ArrayList<>();
            if (!pending.isEmpty()) {
                groups.add(new CheckFailed.Group(DiffErrorCode.PENDING_MIGRATIONS, pending));
            }
            if (!drift.isEmpty()) {
                groups.add(new CheckFailed.Group(DiffErrorCode.SCHEMA_DRIFT, comments(drift)));
            }
            if (!entities.upToDate()) {
                groups.add(new CheckFailed.Group(DiffErrorCode.MIGRATION_NEEDED, comments(entities.upPlan())));
            }
            return new CheckFailed(groups);
        }

        private static List<String> comments(Plan plan) {
            return plan.steps().stream().map(PlanStep::comment).toList();
        }
    }
}
