package org.schemamigrate.diff.workflow;

import java.nio.file.Files;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.internal.sql.ScriptSplitter;
import org.schemamigrate.core.lint.StatementLinter;
import org.schemamigrate.core.source.Migration;
import org.schemamigrate.core.source.MigrationDirectory;
import org.schemamigrate.core.source.MigrationWriter;
import org.schemamigrate.diff.change.SchemaChange.CreateIndex;
import org.schemamigrate.diff.change.SchemaChange.DropIndex;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.dialect.DiffDialect;
import org.schemamigrate.diff.diff.RenameAnnotations;
import org.schemamigrate.diff.diff.RenameHints;
import org.schemamigrate.diff.diff.Renames;
import org.schemamigrate.diff.diff.SchemaDiffer;
import org.schemamigrate.diff.inspect.ScratchSpace;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Planner;
import org.schemamigrate.diff.prove.Proof;
import org.schemamigrate.diff.prove.UnsupportedKinds;
import org.schemamigrate.diff.write.GeneratedPair;
import org.schemamigrate.diff.write.LockTimeout;
import org.schemamigrate.diff.write.MigrationFileText;
import org.schemamigrate.diff.write.PairWriter;

/**
 * The migration:diff workflow (Atlas "dev database" style) over the stages: desired and current schemas are built
 * in scratch namespaces of the dev database and read by the same inspector ({@link ScratchSchemas}), diffed,
 * planned both ways, proven on the dev database ({@link Proof}: current + up must inspect equal to desired, and
 * desired + down equal to current), and only then written ({@link PairWriter}).
 */
public final class DiffGenerator {
    /** The name suffix of the second, no-transaction migration of an online plan. */
    public static final String CONCURRENT_SUFFIX = "_concurrently";

    private final Clock clock;
    private final PhaseListener phases;
    private final boolean replayCache;

    public DiffGenerator(Clock clock) {
        this(clock, PhaseListener.SILENT);
    }

    /** @param phases told as each long phase (replaying, inspecting, planning, proving, writing) starts and ends */
    public DiffGenerator(Clock clock, PhaseListener phases) {
        this(clock, phases, false);
    }

    private DiffGenerator(Clock clock, PhaseListener phases, boolean replayCache) {
        this.clock = clock;
        this.phases = phases;
        this.replayCache = replayCache;
    }

    /**
     * A generator that keeps the replayed directory on a PostgreSQL dev server as a template database
     * ({@code smcache_<key>}, at most a few) and clones it on the next run instead of replaying every file again;
     * the desired schema's database likewise ({@code smdesired_<key>}, {@link DesiredTemplate}). On MySQL and
     * MariaDB the replay is kept as a copied database of the same name ({@link MySqlReplayCopies}).
     */
    public DiffGenerator withReplayCache(boolean enabled) {
        return new DiffGenerator(clock, phases, enabled);
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
        try (ScratchSpace scratch = new ScratchSpace(request.devDatabase(), request.kind(), request.exclusions())) {
            return run(request, write, scratch, null);
        }
    }

    /**
     * migration:check of the entities against a directory the caller has already replayed in full in
     * {@code replayed}, a namespace of {@code scratch} (the proofs then run there).
     */
    DiffResult check(DiffRequest request, ScratchSpace scratch, String replayed) {
        return run(request, false, scratch, replayed);
    }

    private DiffResult run(DiffRequest request, boolean write, ScratchSpace scratch, String replayed) {
        DiffDialect dialect = DiffDialect.of(scratch.features());
        ScratchSchemas schemas = new ScratchSchemas(scratch, dialect, request.exclusions());
        schemas.takeDefaults(request);
        BuiltSchemas built = BuiltSchemas.build(phases, scratch, dialect, schemas, request, replayCache, replayed);
        String desiredSpace = built.desiredSpace();
        Schema desired = built.desired();
        Schema current = built.current();
        if (request.desiredFromEntities()) {
            // entities cannot express other schemas: those stay as the migrations made them
            desired = scratch.narrowed(desired, desired.managedOnly());
            current = scratch.narrowed(current, current.managedOnly());
            // entities cannot express partitioning either: a table the migrations partitioned keeps it
            desired = KeptPartitioning.keep(scratch, dialect, desiredSpace, desired, current,
                    built.currentSpace());
        }
        // entities declare plain column indexes only: other indexes the migrations made stay (after the objects
        // and extensions they may use)
        HandWrittenObjects kept = request.desiredFromEntities()
                ? KeptIndexes.keep(scratch, dialect, desiredSpace,
                HandWrittenObjects.keep(scratch, dialect, desiredSpace, desired, current), current)
                : HandWrittenObjects.none(desired);
        DiffResult result = diff(request, write, scratch, dialect, kept, current, built.currentSpace(), desiredSpace);
        return result.withUndeclaredIndexes(!result.upToDate()
                ? KeptIndexes.undeclared(current, kept.desired()) : List.of())
                .withScratchFacts(schemas.excluded(), scratch.limitation());
    }

    private DiffResult diff(DiffRequest given, boolean write, ScratchSpace scratch, DiffDialect dialect,
                            HandWrittenObjects kept, Schema current, String currentSpace,
                            String desiredSpace) {
        Schema desired = kept.desired();
        // a SQL desired schema may name its renames itself (sqldef's -- @renamed from=old)
        DiffRequest request = given.desiredFromEntities() ? given : given.withRenames(
                RenameAnnotations.resolve(given.desired(), given.kind(), current, given.renames()));
        if (!request.desiredFromEntities()) {
            OtherSchemas.refuseUnmentioned(scratch.fingerprintOf(current), scratch.fingerprintOf(desired));
        }
        // kinds the model does not hold (domains, partitioning, …) must not differ unseen: refused by name
        UnsupportedKinds.refuseChanges(scratch.fingerprintOf(current), scratch.fingerprintOf(desired),
                scratch.kind());

        SchemaDiffer differ = dialect.differ();
        Planner planner = dialect.planner(request.planOptions().withDefaultCollation(scratch.defaultCollation()));
        phases.started("planning");
        long planning = System.nanoTime();
        List<SchemaChange> changes = diff(differ, current, desired, request.renames());
        if (request.desiredFromEntities() && scratch.kind() == DatabaseKind.POSTGRESQL) {
            OtherSchemaViews.refuseBrokenBy(scratch, currentSpace, changes);
        }
        List<SchemaChange> later = planner.concurrently(changes).stream()
                .filter(c -> !current.partitioned(c.table()) && !desired.partitioned(c.table())).toList();
        Plan up = planner.plan(changes.stream().filter(c -> !later.contains(c)).toList());
        phases.ended("planning", (System.nanoTime() - planning) / 1_000_000);
        if (up.isEmpty() && later.isEmpty()) {
            // never "up to date" while the server prints the two differently
            UnsupportedKinds.refuseUnplanned(scratch.fingerprintOf(current), scratch.fingerprintOf(desired));
            return new DiffResult(up, planner.plan(diff(differ, desired, current, request.renames().inverse())),
                    null, null, 0);
        }
        List<String> hints = RenameHints.find(changes);
        // down is proven in the desired database itself, which nothing reads after this (PostgreSQL databases)
        boolean managedOnly = request.desiredFromEntities();
        Pairs pairs = new Pairs(new Proof(scratch, currentSpace, dialect, planner, current).managedOnly(managedOnly),
                differ, planner, request, scratch.serverDescription(), hints, kept.rebuiltBy(changes),
                () -> scratch.clonesDatabases()
                ? new Proof(scratch, desiredSpace, dialect, planner, desired).managedOnly(managedOnly) : null);
        List<GeneratedPair> generated = later.isEmpty()
                ? List.of(pairs.single(up, planner.plan(diff(differ, desired, current,
                request.renames().inverse())), current, desired))
                : pairs.twoStage(up, later, current, desired);
        PairWriter.Written written = write ? phases.phase("writing", () -> new PairWriter(clock).write(
                request.directory(), request.name(), request.sequenceVersions(), generated))
                : new PairWriter.Written(List.of(), List.of());
        return result(generated, written, hints);
    }

    /** Composes each file of the migration chain and proves it as written before the next one is planned. */
    private final class Pairs {
        private final Proof proof;
        private final SchemaDiffer differ;
        private final Planner planner;
        private final DiffRequest request;
        private final String proofDb;
        private final List<String> renameHints;
        private final List<String> kept;
        private final Supplier<Proof> downOnDesiredClone;
        private StatementLinter history;
        private StatementLinter afterUp;

        Pairs(Proof proof, SchemaDiffer differ, Planner planner, DiffRequest request, String proofDb,
              List<String> renameHints, List<String> kept, Supplier<Proof> downOnDesiredClone) {
            this.kept = kept;
            this.downOnDesiredClone = downOnDesiredClone;
            this.proof = proof;
            this.differ = differ;
            this.planner = planner;
            this.request = request;
            this.proofDb = proofDb;
            this.renameHints = renameHints;
        }

        GeneratedPair single(Plan up, Plan down, Schema current, Schema desired) {
            Map<String, List<String>> upOrder = ColumnOrder.reached(request.kind(), current, desired,
                    request.renames());
            Map<String, List<String>> downOrder = ColumnOrder.reached(request.kind(), desired, current,
                    request.renames().inverse());
            MigrationFileText.Composed upText = compose(up, false, "this file turns the current schema into the"
                    + " desired one exactly" + (upOrder.isEmpty() ? "." : ", but for column order (below)."),
                    renameHints, ColumnOrder.header(upOrder, current, desired, "the desired schema",
                    request.renames()), false);
            MigrationFileText.Composed downText = compose(down, false, "this file turns the desired schema back into"
                    + " the current one exactly" + (downOrder.isEmpty() ? "." : ", but for column order (below)."),
                    List.of(), ColumnOrder.header(downOrder, desired, current, "the current schema",
                    request.renames().inverse()), true);
            BothProofs.prove(phases, proof, new Proof.Claim(upText.text(), up, desired, "up", "the desired schema",
                    upOrder), downOnDesiredClone, new Proof.Claim(downText.text(), down, current, "down",
                    "the current schema", downOrder));
            return new GeneratedPair("", up, down, upText, downText);
        }

        /**
         * Online PostgreSQL: the index changes run CONCURRENTLY in a second, no-transaction pair. Its down undoes
         * them CONCURRENTLY; the first pair's down is planned from the schema the first up leaves behind.
         */
        List<GeneratedPair> twoStage(Plan up, List<SchemaChange> later, Schema current, Schema desired) {
            String first = MigrationWriter.normaliseName(request.name(), "-Dname");
            String second = first + CONCURRENT_SUFFIX;
            Map<String, List<String>> upOrder = ColumnOrder.reached(request.kind(), current, desired,
                    request.renames());
            MigrationFileText.Composed upText = compose(up, false, "this file and then " + second + " turn the"
                    + " current schema into the desired one exactly" + (upOrder.isEmpty() ? "."
                    : ", but for column order (below)."), renameHints,
                    ColumnOrder.header(upOrder, current, desired, "the desired schema",
                    request.renames()), false);
            Plan laterUp = planner.planConcurrently(later);
            Plan laterDown = planner.planConcurrently(undo(later));
            MigrationFileText.Composed laterUpText = compose(laterUp, true, "this file runs after "
                    + first + " and builds or drops its indexes CONCURRENTLY, which cannot run in a"
                    + " transaction; together they reach the desired schema exactly.", List.of());
            MigrationFileText.Composed laterDownText = composeDown(laterDown, true, "this file undoes the index"
                    + " changes of " + second + " CONCURRENTLY, before the down of " + first + " runs.");
            Schema middle = current;
            if (!up.isEmpty()) {
                middle = phases.phase("proving up", () -> {
                    proof.run(upText.text(), up, "up");
                    return proof.inspect();
                });
            }
            prove(new Proof.Claim(laterUpText.text(), laterUp, desired, "up (" + second + ")",
                    "the desired schema", upOrder));
            prove(new Proof.Claim(laterDownText.text(), laterDown, middle, "down (" + second + ")",
                    "the schema between the two migrations"));
            GeneratedPair concurrent = new GeneratedPair(CONCURRENT_SUFFIX, laterUp, laterDown, laterUpText,
                    laterDownText);
            if (up.isEmpty()) {
                return List.of(concurrent);
            }
            Plan down = planner.plan(diff(differ, middle, current, request.renames().inverse()));
            Map<String, List<String>> downOrder = ColumnOrder.reached(request.kind(), middle, current,
                    request.renames().inverse());
            MigrationFileText.Composed downText = compose(down, false, "after the down of " + second + ", this"
                    + " file turns the schema back into the current one exactly" + (downOrder.isEmpty() ? "."
                    : ", but for column order (below)."), List.of(),
                    ColumnOrder.header(downOrder, middle, current, "the current schema",
                    request.renames().inverse()), true);
            prove(new Proof.Claim(downText.text(), down, current, "down", "the current schema", downOrder));
            return List.of(new GeneratedPair("", up, down, upText, downText), concurrent);
        }

        private void prove(Proof.Claim claim) {
            phases.phase("proving " + claim.direction(), () -> proof.prove(claim));
        }

        /** The file's text: header (with the rename hints, for the up file), lock timeout lines and plan. */
        private MigrationFileText.Composed compose(Plan plan, boolean noTransaction, String what, List<String> hints) {
            return compose(plan, noTransaction, what, hints, List.of(), false);
        }

        /** A down file: carries the reviewed directive when it destroys data (see MigrationFileText). */
        private MigrationFileText.Composed composeDown(Plan plan, boolean noTransaction, String what) {
            return compose(plan, noTransaction, what, List.of(), List.of(), true);
        }

        private MigrationFileText.Composed compose(Plan plan, boolean noTransaction, String what, List<String> hints,
                                                   List<String> columnOrder, boolean rollback) {
            List<String> lines = new ArrayList<>(List.of(
                    "-- Generated by schemamigrate (migration:diff) at " + clock.instant().truncatedTo(ChronoUnit.SECONDS),
                    "-- Desired: " + request.desiredLabel(),
                    "-- Current: " + (request.current() instanceof DiffRequest.FromDatabase live ? live.label()
                            : "the migrations in " + request.directoryLabel()),
                    "-- Proven on " + proofDb + ": " + what));
            if (!kept.isEmpty()) {
                lines.add("-- Rebuilt around this change, kept as written by hand (entities cannot express them): "
                        + String.join(", ", kept));
            }
            lines.addAll(columnOrder);
            if (!hints.isEmpty()) {
                lines.add("-- Possible renames (planned as drop + add):");
                hints.forEach(hint -> lines.add("--   " + hint));
            }
            // an up starts where the directory (or the up before it) ends; a down where the last up ended
            StatementLinter linter = (afterUp != null ? afterUp : history()).branch();
            if (!rollback) {
                afterUp = linter;
            }
            return MigrationFileText.compose(request.kind(), lines, plan, noTransaction,
                    new LockTimeout(request.kind(), request.planOptions().lockTimeout()), rollback, linter);
        }

        /**
         * A linter that has read the directory's up files, so a varchar widening in a generated file is judged
         * against the column's old definition (no risk, as migration:lint says of the same file later). From a
         * live database the directory may not be what it holds: nothing is learnt then.
         */
        private StatementLinter history() {
            if (history == null) {
                history = new StatementLinter(request.kind());
                if (request.current() instanceof DiffRequest.FromMigrations && request.directory() != null
                        && Files.isDirectory(request.directory())) {
                    ScriptSplitter splitter = RunnerDialect.of(request.kind()).splitter();
                    for (Migration m : MigrationDirectory.load(request.directory().toString(), null).migrations()) {
                        if (m.up() != null && !m.up().isJava()) {
                            history.learn(splitter.split(m.up().content(), m.up().location()));
                        }
                    }
                }
            }
            return history;
        }
    }

    /** The differ's changes, with columns that follow their table's collation written without one. */
    private static List<SchemaChange> diff(SchemaDiffer differ, Schema from, Schema to, Renames renames) {
        return InheritedCollations.apply(differ.diff(from, to, renames), from, to);
    }

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

    private static DiffResult result(List<GeneratedPair> pairs, PairWriter.Written written, List<String> hints) {
        List<PlanStep> up = new ArrayList<>();
        List<PlanStep> down = new ArrayList<>();
        for (GeneratedPair pair : pairs) {
            up.addAll(pair.upPlan().steps());
            down.addAll(0, pair.downPlan().steps());
        }
        MigrationWriter.WrittenPair first = written.pairs().isEmpty() ? null : written.pairs().get(0);
        return new DiffResult(new Plan(up), new Plan(down), first == null ? null : first.up(),
                first == null ? null : first.down(), first == null ? 0 : Long.parseLong(first.version()),
                written.pairs(), written.findings(), hints);
    }
}
