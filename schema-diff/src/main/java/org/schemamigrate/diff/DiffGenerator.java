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
import org.schemamigrate.core.lint.Finding;
import org.schemamigrate.core.source.MigrationWriter;
import org.schemamigrate.core.source.SumFile;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.change.SchemaChange.CreateIndex;
import org.schemamigrate.diff.change.SchemaChange.DropIndex;
import org.schemamigrate.diff.differ.RenameHints;
import org.schemamigrate.diff.differ.SchemaDiffer;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Planner;
import org.schemamigrate.diff.plan.LockTimeout;
import org.schemamigrate.diff.prove.CatalogFingerprint;
import org.schemamigrate.diff.prove.CatalogProof;
import org.schemamigrate.diff.prove.UnsupportedKinds;
import org.schemamigrate.diff.workflow.DiffRequest;
import org.schemamigrate.diff.workflow.DiffResult;
import org.schemamigrate.diff.workflow.MigrationFileText;
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
            UnsupportedKinds.refuseChanges(scratch.fingerprintOf(current), scratch.fingerprintOf(desired));

            SchemaDiffer differ = new SchemaDiffer(Dialects.hooks(request.kind()));
            Planner planner = Dialects.planner(features(scratch, currentSpace), request.planOptions());
            List<SchemaChange> changes = differ.diff(current, desired, request.renames());
            List<SchemaChange> later = planner.concurrently(changes);
            Plan up = planner.plan(changes.stream().filter(c -> !later.contains(c)).toList());
            if (up.isEmpty() && later.isEmpty()) {
                return new DiffResult(up, planner.plan(differ.diff(desired, current, request.renames().inverse())),
                        null, null, 0);
            }
            List<String> hints = RenameHints.find(changes);
            Proof proof = new Proof(scratch, currentSpace, differ, planner, request,
                    describe(scratch, currentSpace), hints);
            List<GeneratedPair> pairs = later.isEmpty()
                    ? List.of(proof.single(up, planner.plan(differ.diff(desired, current, request.renames().inverse())),
                    current, desired))
                    : proof.twoStage(up, later, current, desired);
            return write ? write(request, pairs, hints) : result(pairs, List.of(), List.of(), hints);
        }
    }

    /** One migration of the generated chain: its texts and plans, the second one with a name suffix. */
    private record GeneratedPair(String suffix, Plan upPlan, Plan downPlan, MigrationFileText.Composed up,
                                 MigrationFileText.Composed down) {
    }

    /** Builds each file's text and runs it as written on the scratch copy of the current schema. */
    private final class Proof {
        private final ScratchSpace scratch;
        private final String space;
        private final SchemaDiffer differ;
        private final Planner planner;
        private final DiffRequest request;
        private final String proofDb;
        private final List<String> renameHints;

        Proof(ScratchSpace scratch, String space, SchemaDiffer differ, Planner planner, DiffRequest request,
              String proofDb, List<String> renameHints) {
            this.scratch = scratch;
            this.space = space;
            this.differ = differ;
            this.planner = planner;
            this.request = request;
            this.proofDb = proofDb;
            this.renameHints = renameHints;
        }

        GeneratedPair single(Plan up, Plan down, Schema current, Schema desired) {
            MigrationFileText.Composed upText = compose(up, false,
                    "this file turns the current schema into the desired one exactly.", renameHints);
            MigrationFileText.Composed downText = compose(down, false,
                    "this file turns the desired schema back into the current one exactly.", List.of());
            prove(scratch, space, upText.text(), up, desired, "up", "the desired schema", differ, planner);
            prove(scratch, space, downText.text(), down, current, "down", "the current schema", differ, planner);
            return new GeneratedPair("", up, down, upText, downText);
        }

        /**
         * Online PostgreSQL: the index changes run CONCURRENTLY in a second, no-transaction pair. Its down undoes
         * them CONCURRENTLY; the first pair's down is planned from the schema the first up leaves behind.
         */
        List<GeneratedPair> twoStage(Plan up, List<SchemaChange> later, Schema current, Schema desired) {
            String first = MigrationWriter.normaliseName(request.name(), "-Dname");
            String second = first + CONCURRENT_SUFFIX;
            MigrationFileText.Composed upText = compose(up, false, "this file and then " + second + " turn the"
                    + " current schema into the desired one exactly.", renameHints);
            Plan laterUp = planner.planConcurrently(later);
            Plan laterDown = planner.planConcurrently(undo(later));
            MigrationFileText.Composed laterUpText = compose(laterUp, true, "this file runs after "
                    + first + " and builds or drops its indexes CONCURRENTLY, which cannot run in a"
                    + " transaction; together they reach the desired schema exactly.", List.of());
            MigrationFileText.Composed laterDownText = compose(laterDown, true, "this file undoes the index changes"
                    + " of " + second + " CONCURRENTLY, before the down of " + first + " runs.", List.of());
            Schema middle = current;
            if (!up.isEmpty()) {
                runProof(upText.text(), up, "up");
                middle = scratch.inspect(space);
            }
            prove(scratch, space, laterUpText.text(), laterUp, desired, "up (" + second + ")", "the desired schema",
                    differ, planner);
            prove(scratch, space, laterDownText.text(), laterDown, middle, "down (" + second + ")",
                    "the schema between the two migrations", differ, planner);
            GeneratedPair concurrent = new GeneratedPair(CONCURRENT_SUFFIX, laterUp, laterDown, laterUpText,
                    laterDownText);
            if (up.isEmpty()) {
                return List.of(concurrent);
            }
            Plan down = planner.plan(differ.diff(middle, current, request.renames().inverse()));
            MigrationFileText.Composed downText = compose(down, false, "after the down of " + second + ", this"
                    + " file turns the schema back into the current one exactly.", List.of());
            prove(scratch, space, downText.text(), down, current, "down", "the current schema", differ, planner);
            return List.of(new GeneratedPair("", up, down, upText, downText), concurrent);
        }

        private void runProof(String text, Plan plan, String direction) {
            try {
                scratch.execute(space, text, "the generated " + direction + " migration");
            } catch (ScratchSpace.ScriptFailure e) {
                throw planFailed(direction, e, plan);
            }
        }

        /** The file's text: header (with the rename hints, for the up file), lock timeout lines and plan. */
        private MigrationFileText.Composed compose(Plan plan, boolean noTransaction, String what, List<String> hints) {
            List<String> lines = new ArrayList<>(List.of(
                    "-- Generated by schemamigrate (migration:diff) at " + clock.instant().truncatedTo(ChronoUnit.SECONDS),
                    "-- Desired: " + request.desiredLabel(),
                    "-- Current: " + (request.current() instanceof DiffRequest.FromDatabase live ? live.label()
                            : "the migrations in " + request.directoryLabel()),
                    "-- Proven on " + proofDb + ": " + what));
            if (!hints.isEmpty()) {
                lines.add("-- Possible renames (planned as drop + add):");
                hints.forEach(hint -> lines.add("--   " + hint));
            }
            return MigrationFileText.compose(request.kind(), lines, plan, noTransaction,
                    new LockTimeout(request.kind(), request.planOptions().lockTimeout()));
        }
    }

    /** The name suffix of the second, no-transaction migration of an online plan. */
    public static final String CONCURRENT_SUFFIX = "_concurrently";

    /** The index changes that undo {@code changes}, last first. */
    private static List<SchemaChange> undo(List<SchemaChange> changes) {
        List<SchemaChange> undo = new ArrayList<>();
        for (SchemaChange change : changes) {
            if (change instanceof CreateIndex c) {
                undo.add(0, new DropIndex(c.table(), c.index()));
            } else if (change instanceof DropIndex c) {
                undo.add(0, new CreateIndex(c.table(), c.index()));
            } else {
                throw new IllegalArgumentException("Only index changes are undone concurrently: " + change);
            }
        }
        return undo;
    }

    private DiffResult write(DiffRequest request, List<GeneratedPair> pairs, List<String> hints) {
        MigrationWriter writer = new MigrationWriter(clock);
        String name = MigrationWriter.normaliseName(request.name(), "-Dname");
        MigrationWriter.Versioning versioning = request.sequenceVersions() ? MigrationWriter.Versioning.SEQUENCE
                : MigrationWriter.Versioning.TIMESTAMP;
        List<MigrationWriter.WrittenPair> written = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (GeneratedPair pair : pairs) {
            MigrationWriter.WrittenPair files = writer.write(request.directory(), name + pair.suffix(), versioning,
                    pair.up().text(), pair.down().text());
            written.add(files);
            findings.addAll(pair.up().in(files.up().getFileName().toString()));
            findings.addAll(pair.down().in(files.down().getFileName().toString()));
        }
        SumFile.write(request.directory());
        return result(pairs, written, findings, hints);
    }

    private static DiffResult result(List<GeneratedPair> pairs, List<MigrationWriter.WrittenPair> written,
                                     List<Finding> findings, List<String> hints) {
        List<PlanStep> up = new ArrayList<>();
        List<PlanStep> down = new ArrayList<>();
        for (GeneratedPair pair : pairs) {
            up.addAll(pair.upPlan().steps());
            down.addAll(0, pair.downPlan().steps());
        }
        MigrationWriter.WrittenPair first = written.isEmpty() ? null : written.get(0);
        return new DiffResult(new Plan(up), new Plan(down), first == null ? null : first.up(),
                first == null ? null : first.down(), first == null ? 0 : Long.parseLong(first.version()), written,
                findings, hints);
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

    /** Runs a file's text as written and requires the namespace to inspect equal to {@code target}. */
    static void prove(ScratchSpace scratch, String space, String text, Plan plan, Schema target, String direction,
                      String targetName, SchemaDiffer differ, Planner planner) {
        CatalogFingerprint before = scratch.fingerprintOf(target) == null ? null : scratch.fingerprint(space);
        try {
            scratch.execute(space, text, "the generated " + direction + " migration");
        } catch (ScratchSpace.ScriptFailure e) {
            throw planFailed(direction, e, plan);
        }
        Schema reached = scratch.inspect(space);
        List<SchemaChange> residual = differ.diff(reached, target);
        if (!residual.isEmpty()) {
            throw new MigrationException(ErrorCode.PROOF_FAILED, "The generated " + direction + " migration ran but"
                    + " did not reach " + targetName + " exactly, so nothing was written. Still different, as the SQL"
                    + " that would remain:\n" + planner.plan(residual).script() + "\nThe plan was:\n" + plan.script()
                    + "\nThis is a bug in schemamigrate's differ or planner; please report it with both scripts.");
        }
        CatalogProof.require(before, scratch.fingerprintOf(reached), scratch.fingerprintOf(target), direction,
                targetName, plan);
    }

    private static MigrationException planFailed(String direction, ScratchSpace.ScriptFailure e, Plan plan) {
        return new MigrationException(ErrorCode.PROOF_FAILED, "The generated " + direction + " migration failed"
                + " on the dev database, so nothing was written: " + e.getMessage() + "\nThe plan was:\n"
                + plan.script() + "\nThis is a bug in schemamigrate's planner; please report it with the plan.", e);
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
}
