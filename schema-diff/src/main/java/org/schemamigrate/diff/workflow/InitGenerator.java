package org.schemamigrate.diff.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.HistoryUpdate;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.VersionInfo;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.source.MigrationDirectory;
import org.schemamigrate.core.source.MigrationWriter;
import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.dialect.DiffDialect;
import org.schemamigrate.diff.diff.SchemaDiffer;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.inspect.ScratchSpace;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.plan.PlanOptions;
import org.schemamigrate.diff.plan.Planner;
import org.schemamigrate.diff.prove.CatalogFingerprint;
import org.schemamigrate.diff.prove.CatalogProof;
import org.schemamigrate.diff.prove.Proof;
import org.schemamigrate.diff.prove.UnsupportedKinds;
import org.schemamigrate.diff.write.GeneratedPair;
import org.schemamigrate.diff.write.LockTimeout;
import org.schemamigrate.diff.write.MigrationFileText;
import org.schemamigrate.diff.write.PairWriter;

/**
 * migration:init: start managing a database that something else (usually hbm2ddl.auto=update) has shaped.
 * The live schema becomes the first migration (up recreates it, down drops it), proven on an empty dev
 * database with the same {@link Proof} as migration:diff, written by the same {@link PairWriter}, and the live
 * database is baselined at that version without running anything.
 */
public final class InitGenerator {
    private final Clock clock;
    private final PhaseListener phases;

    public InitGenerator(Clock clock) {
        this(clock, PhaseListener.SILENT);
    }

    /** @param phases told as each long phase (inspecting, planning, proving, writing) starts and ends */
    public InitGenerator(Clock clock, PhaseListener phases) {
        this.clock = clock;
        this.phases = phases;
    }

    public InitResult init(InitRequest request) {
        boolean createdDirectory = refuseExistingMigrations(request);
        Migrator live = Migrator.builder().dataSource(request.live()).directory(request.directory())
                .schema(request.schema()).build();
        VersionInfo current = live.version();
        if (!current.equals(VersionInfo.NONE)) {
            if (createdDirectory) {
                deleteQuietly(request);
            }
            throw new MigrationException(CoreErrorCode.ILLEGAL_STATE, request.liveLabel() + " already has a migration"
                    + " history (current version " + current + "): it is managed already. Use migration:diff for"
                    + " new changes.");
        }
        phases.started("inspecting " + request.liveLabel());
        long inspecting = System.nanoTime();
        Schema schema;
        List<String> skipped;
        List<String> excluded;
        CatalogFingerprint liveCatalog;
        try (Connection c = request.live().getConnection()) {
            String name = request.schema() != null ? request.schema() : currentSchema(c, request.kind());
            InspectOptions options = request.exclusions().applyTo(InspectOptions.defaults()).withSchema(name)
                    .withOtherSchemas(true);
            schema = DiffDialect.of(Features.of(c)).inspector(options).inspect(c);
            liveCatalog = CatalogFingerprint.reader(request.kind()).read(c, options);
            // views, functions, triggers, policies, extensions, routines and events are in the model: init takes them
            skipped = List.of();
            excluded = request.exclusions().found(c, name);
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not inspect " + request.liveLabel() + ": "
                    + e.getMessage() + ". Check migration.url and its credentials.", e);
        }
        phases.ended("inspecting " + request.liveLabel(), (System.nanoTime() - inspecting) / 1_000_000);
        if (schema.tables().isEmpty() && schema.sequences().isEmpty() && schema.enumTypes().isEmpty()) {
            throw new MigrationException(CoreErrorCode.ILLEGAL_STATE, request.liveLabel() + " has no tables, sequences"
                    + " or types to start from. Nothing was written; for a new database use migration:diff.");
        }
        Schema empty = Schema.empty(schema.name());
        try (ScratchSpace scratch = new ScratchSpace(request.devDatabase(), request.kind(), request.exclusions())) {
            DiffDialect dialect = DiffDialect.of(scratch.features());
            takeDefaults(scratch, request, schema.name());
            String space = scratch.create("init");
            SchemaDiffer differ = dialect.differ();
            Planner planner = dialect.planner(PlanOptions.defaults().withDefaultCollation(scratch.defaultCollation()));
            Plan up = phases.phase("planning", () -> planner.plan(differ.diff(empty, schema)));
            Plan down = planner.plan(differ.diff(schema, empty));
            String proofDb = scratch.serverDescription();
            LockTimeout lockTimeout = new LockTimeout(request.kind(), request.lockTimeout());
            String upText = header(request, proofDb, skipped, excluded, "recreates the schema of "
                    + request.liveLabel())
                    + lockTimeout.prelude(true) + up.script() + lockTimeout.epilogue(true);
            String downText = header(request, proofDb, List.of(), List.of(), "drops everything the up creates:"
                    + " every table and its data. Destructive by design") + lockTimeout.prelude(true) + down.script()
                    + lockTimeout.epilogue(true);
            Proof proof = new Proof(scratch, space, dialect, planner);
            phases.phase("proving up", () -> {
                proof.prove(new Proof.Claim(upText, up, schema, "up", request.liveLabel()));
                // the baseline must print as the adopted database does, not only match its model
                CatalogProof.require(null,
                        UnsupportedKinds.withoutSkipped(scratch.fingerprint(space), request.kind()),
                        UnsupportedKinds.withoutSkipped(liveCatalog, request.kind()), "up", request.liveLabel(), up);
            });
            phases.phase("proving down", () -> proof.prove(new Proof.Claim(downText, down, empty, "down",
                    "an empty schema")));
            // init's header lists the objects left out instead of findings
            GeneratedPair pair = new GeneratedPair("", up, down, new MigrationFileText.Composed(upText, List.of(),
                    false), new MigrationFileText.Composed(downText, List.of(), false));
            MigrationWriter.WrittenPair written = phases.phase("writing", () -> new PairWriter(clock).write(
                    request.directory(), request.name(), request.sequenceVersions(), List.of(pair)).pairs().get(0));
            long version = Long.parseLong(written.version());
            HistoryUpdate baseline = Migrator.builder().dataSource(request.live()).directory(request.directory())
                    .schema(request.schema()).build().baseline(version);
            return new InitResult(written.up(), written.down(), version, schema.tables().size(), baseline, skipped,
                    excluded, scratch.limitation());
        }
    }

    /** MySQL family: the scratch database takes the live database's default character set and collation. */
    private static void takeDefaults(ScratchSpace scratch, InitRequest request, String schema) {
        try (Connection c = request.live().getConnection()) {
            scratch.takeDefaultsFrom(c, schema);
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not read the default character set of "
                    + request.liveLabel() + ": " + e.getMessage(), e);
        }
    }

    /** Refuses a directory with migrations; returns true when it had to create the directory. */
    private static boolean refuseExistingMigrations(InitRequest request) {
        boolean existed = Files.isDirectory(request.directory());
        try {
            Files.createDirectories(request.directory());
        } catch (IOException e) {
            throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, "Cannot create the migration directory "
                    + request.directory().toAbsolutePath() + ": " + e.getMessage(), e);
        }
        if (!MigrationDirectory.load(request.directory().toString(), null).isEmpty()) {
            throw new MigrationException(CoreErrorCode.ILLEGAL_STATE, "The migration directory "
                    + request.directory().toAbsolutePath() + " already has migrations: init writes the first one."
                    + " Use migration:diff for new changes, or point migration.dir at an empty directory.");
        }
        return !existed;
    }

    private static void deleteQuietly(InitRequest request) {
        try {
            Files.deleteIfExists(request.directory());
        } catch (IOException e) {
            // an empty directory left behind is harmless
        }
    }

    private static String currentSchema(Connection c, DatabaseKind kind) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                kind == DatabaseKind.POSTGRESQL ? "SELECT current_schema()" : "SELECT DATABASE()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private String header(InitRequest request, String proofDb, List<String> skipped, List<String> excluded,
                          String what) {
        StringBuilder sb = new StringBuilder()
                .append("-- Generated by schemamigrate (migration:init) at ")
                .append(clock.instant().truncatedTo(ChronoUnit.SECONDS)).append('\n')
                .append("-- From: ").append(request.liveLabel()).append('\n')
                .append("-- Proven on ").append(proofDb).append(": this file ").append(what).append(".\n");
        if (!skipped.isEmpty()) {
            sb.append("-- Not included (object kinds the model does not cover; they stay in the database):\n");
            skipped.forEach(o -> sb.append("--   ").append(o).append('\n'));
        }
        if (!excluded.isEmpty()) {
            sb.append("-- Excluded (they stay in the database, unmanaged):\n");
            excluded.forEach(t -> sb.append("--   ").append(t).append('\n'));
        }
        return sb.append('\n').toString();
    }
}
