package org.schemamigrate.diff;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.source.MigrationWriter;
import org.schemamigrate.core.source.SumFile;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.differ.SchemaDiffer;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Planner;
import org.schemamigrate.diff.plan.Safety;
import org.schemamigrate.diff.workflow.DiffRequest;
import org.schemamigrate.diff.workflow.DiffResult;
import org.schemamigrate.diff.workflow.ScratchSpace;

/**
 * The migration:diff workflow (Atlas "dev database" style). Desired and current schemas are both built in
 * scratch namespaces of the dev database and read by the same inspector, so type spellings never cause false
 * differences. Up and down are planned, then proven on the dev database before anything is written:
 * current + up must inspect equal to desired, and desired + down equal to current.
 */
public final class DiffGenerator {
    private final Clock clock;

    public DiffGenerator(Clock clock) {
        this.clock = clock;
    }

    /** Diffs, proves and writes the pair; writes nothing when the schemas already agree. */
    public DiffResult generate(DiffRequest request) {
        return run(request, true);
    }

    /** Diffs and proves without writing: migration:check. */
    public DiffResult check(DiffRequest request) {
        return run(request, false);
    }

    private DiffResult run(DiffRequest request, boolean write) {
        try (ScratchSpace scratch = new ScratchSpace(request.devDatabase(), request.kind())) {
            String desiredSpace = scratch.create("desired");
            runScript(scratch, desiredSpace, request.desired(), "the desired schema (" + request.desiredLabel() + ")");
            Schema desired = scratch.inspect(desiredSpace);
            String currentSpace = scratch.create("current");
            Schema current = buildCurrent(scratch, currentSpace, request);

            SchemaDiffer differ = new SchemaDiffer(Dialects.hooks(request.kind()));
            Planner planner = Dialects.planner(features(scratch, currentSpace));
            Plan up = planner.plan(differ.diff(current, desired));
            Plan down = planner.plan(differ.diff(desired, current));
            if (up.isEmpty()) {
                return new DiffResult(up, down, null, null, 0);
            }
            prove(scratch, currentSpace, up, desired, "up", "the desired schema", differ, planner);
            prove(scratch, currentSpace, down, current, "down", "the current schema", differ, planner);
            if (!write) {
                return new DiffResult(up, down, null, null, 0);
            }
            String proofDb = describe(scratch, currentSpace);
            MigrationWriter.WrittenPair pair = new MigrationWriter(clock).write(request.directory(),
                    MigrationWriter.normaliseName(request.name(), "-Dname"),
                    request.sequenceVersions() ? MigrationWriter.Versioning.SEQUENCE
                            : MigrationWriter.Versioning.TIMESTAMP,
                    header(request, up, "turns the current schema into the desired one", proofDb) + up.script(),
                    header(request, down, "turns the desired schema back into the current one", proofDb)
                            + down.script());
            SumFile.write(request.directory());
            return new DiffResult(up, down, pair.up(), pair.down(), Long.parseLong(pair.version()));
        }
    }

    private static void runScript(ScratchSpace scratch, String space, String script, String what) {
        try {
            scratch.execute(space, script, what);
        } catch (ScratchSpace.ScriptFailure e) {
            throw new MigrationException(ErrorCode.CONFIGURATION, "The dev database rejected " + e.getMessage()
                    + "\nNothing was written.", e);
        }
    }

    private static Schema buildCurrent(ScratchSpace scratch, String space, DiffRequest request) {
        if (request.current() instanceof DiffRequest.FromDatabase live) {
            Schema schema;
            try (Connection c = live.database().getConnection()) {
                schema = Dialects.inspector(request.kind(), InspectOptions.defaults().withSchema(live.schema()))
                        .inspect(c);
            } catch (SQLException e) {
                throw new MigrationException(ErrorCode.DATABASE_ERROR, "Could not inspect " + live.label() + ": "
                        + e.getMessage() + ". Check migration.url and its credentials.", e);
            }
            // the live schema is rebuilt on the dev database so both proofs can run there
            Planner planner = Dialects.planner(features(scratch, space));
            Plan recreate = planner.plan(new SchemaDiffer(Dialects.hooks(request.kind()))
                    .diff(Schema.empty(space), schema));
            runScript(scratch, space, recreate.script(), "a copy of " + live.label());
            return scratch.inspect(space);
        }
        if (Files.isDirectory(request.directory())) {
            try {
                // a scratch schema: migrations that drop what earlier ones created have nothing real to lose
                Migrator.builder().dataSource(request.devDatabase()).directory(request.directory()).schema(space)
                        .allowDestructive(true).build().up();
            } catch (MigrationException e) {
                throw new MigrationException(e.code(), "Replaying the migration directory on the dev database"
                        + " failed, so the current schema is unknown; nothing was written.\n" + e.getMessage(), e);
            }
        }
        return scratch.inspect(space);
    }

    static void prove(ScratchSpace scratch, String space, Plan plan, Schema target, String direction,
                              String targetName, SchemaDiffer differ, Planner planner) {
        try {
            scratch.execute(space, plan.script(), "the generated " + direction + " migration");
        } catch (ScratchSpace.ScriptFailure e) {
            throw new MigrationException(ErrorCode.PROOF_FAILED, "The generated " + direction + " migration failed"
                    + " on the dev database, so nothing was written: " + e.getMessage() + "\nThe plan was:\n"
                    + plan.script() + "\nThis is a bug in schemamigrate's planner; please report it with the plan.",
                    e);
        }
        List<SchemaChange> residual = differ.diff(scratch.inspect(space), target);
        if (!residual.isEmpty()) {
            throw new MigrationException(ErrorCode.PROOF_FAILED, "The generated " + direction + " migration ran but"
                    + " did not reach " + targetName + " exactly, so nothing was written. Still different, as the SQL"
                    + " that would remain:\n" + planner.plan(residual).script() + "\nThe plan was:\n" + plan.script()
                    + "\nThis is a bug in schemamigrate's differ or planner; please report it with both scripts.");
        }
    }

    static Features features(ScratchSpace scratch, String space) {
        try (Connection c = scratch.connect(space)) {
            return Dialects.features(c);
        } catch (SQLException e) {
            throw new MigrationException(ErrorCode.DATABASE_ERROR, "Could not read the dev database's version: "
                    + e.getMessage(), e);
        }
    }

    static String describe(ScratchSpace scratch, String space) {
        try (Connection c = scratch.connect(space)) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return scratch.kind().displayName();
        }
    }

    private String header(DiffRequest request, Plan plan, String what, String proofDb) {
        List<String> lines = new ArrayList<>();
        lines.add("-- Generated by schemamigrate (migration:diff) at " + clock.instant().truncatedTo(ChronoUnit.SECONDS));
        lines.add("-- Desired: " + request.desiredLabel());
        lines.add("-- Current: " + (request.current() instanceof DiffRequest.FromDatabase live ? live.label()
                : "the migrations in " + request.directory().getFileName()));
        lines.add("-- Proven on " + proofDb + ": this file " + what + " exactly.");
        List<PlanStep> risky = plan.steps().stream().filter(s -> s.safety() != Safety.SAFE).toList();
        if (risky.isEmpty()) {
            lines.add("-- No step can lose data or fail on existing rows.");
        } else {
            for (Safety level : List.of(Safety.DESTRUCTIVE, Safety.DATA_DEPENDENT)) {
                List<PlanStep> steps = risky.stream().filter(s -> s.safety() == level).toList();
                if (!steps.isEmpty()) {
                    lines.add(level == Safety.DESTRUCTIVE ? "-- Steps that can lose data:"
                            : "-- Steps that may fail on existing rows:");
                    steps.forEach(s -> lines.add("--   " + s.comment()));
                }
            }
        }
        return String.join("\n", lines) + "\n\n";
    }
}
