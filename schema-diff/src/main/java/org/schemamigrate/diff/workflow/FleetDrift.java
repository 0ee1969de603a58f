package org.schemamigrate.diff.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.VersionInfo;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.fleet.Fleet;
import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.dialect.DiffDialect;
import org.schemamigrate.diff.inspect.Exclusions;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.inspect.ScratchSpace;
import org.schemamigrate.diff.inspect.UnmanagedObjects;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.workflow.FleetDriftReport.Difference;
import org.schemamigrate.diff.workflow.FleetDriftReport.TargetDrift;

/**
 * migration:check over a fleet: each target's live schema against the schema the migrations produce at the
 * target's own version (hand-made hotfixes on one tenant). The directory is replayed once for the whole fleet, in
 * one scratch namespace of the dev database that is read at each version some target stands at; each target is
 * read where it lives, with the same inspector, and targets with the same difference are reported together.
 */
public final class FleetDrift {
    private final DataSource dev;
    private final DatabaseKind kind;
    private final Path directory;
    private final String historyTable;
    private final Exclusions exclusions;

    /**
     * @param dev          a server where a scratch namespace may be created, of the fleet's kind
     * @param directory    the migration directory the targets were migrated from
     * @param historyTable the targets' history table (null: migration_history); never part of the difference
     * @param exclusions   tables left out on both sides ({@code migration.exclude}, other tools' history tables)
     */
    public FleetDrift(DataSource dev, DatabaseKind kind, Path directory, String historyTable, Exclusions exclusions) {
        this.dev = dev;
        this.kind = kind;
        this.directory = directory;
        this.historyTable = historyTable == null ? InspectOptions.DEFAULT_HISTORY_TABLE : historyTable;
        this.exclusions = exclusions;
    }

    /** Reads every target of {@code fleet}, replays the directory once and groups the targets by difference. */
    public FleetDriftReport check(Fleet fleet) {
        long start = System.nanoTime();
        List<Observed> observed = fleet.each(reach -> observe(reach));
        List<TargetDrift> results = new ArrayList<>();
        try (ScratchSpace scratch = new ScratchSpace(dev, kind, exclusions)) {
            Map<Long, Expected> expected = replay(scratch, observed);
            for (Observed o : observed) {
                results.add(compare(o, expected.get(o.version() == null ? null : o.version().version())));
            }
        }
        return new FleetDriftReport(results, Duration.ofNanos(System.nanoTime() - start));
    }

    /** What one target holds: its version and its live schema, or why it could not be read. */
    private record Observed(org.schemamigrate.core.fleet.FleetTarget target, VersionInfo version, Schema schema,
                            List<String> unmanaged, DiffDialect dialect, ErrorCode code, String error) {
    }

    /** The migrations' schema at one version, or why the directory does not reach it. */
    private record Expected(Schema schema, List<String> unmanaged, ErrorCode code, String error) {
    }

    private Observed observe(Fleet.Reach reach) {
        VersionInfo version = null;
        try {
            version = reach.migrator().version();
            String schema = reach.target().schema();
            try (Connection c = reach.dataSource().getConnection()) {
                if (schema != null) {
                    select(c, schema);
                }
                DiffDialect dialect = DiffDialect.of(Features.of(c));
                Schema live = dialect.inspector(exclusions.applyTo(new InspectOptions(schema, historyTable, List.of())))
                        .inspect(c);
                return new Observed(reach.target(), version, live, UnmanagedObjects.list(c, kind, live.name()),
                        dialect, null, null);
            }
        } catch (MigrationException e) {
            return new Observed(reach.target(), version, null, null, null, e.code(), firstLine(e.getMessage()));
        } catch (SQLException | RuntimeException e) {
            return new Observed(reach.target(), version, null, null, null, CoreErrorCode.DATABASE_ERROR,
                    "Could not read the schema: " + firstLine(e.getMessage()));
        }
    }

    /** Unqualified names in defaults and checks print as in the scratch namespace: relative to the schema. */
    private void select(Connection c, String schema) throws SQLException {
        if (kind == DatabaseKind.POSTGRESQL) {
            try (Statement s = c.createStatement()) {
                s.execute("SET search_path TO " + kind.quote(schema));
            }
        } else {
            c.setCatalog(schema);
        }
    }

    /** One replay of the directory, read at every version a target stands at (lowest first). */
    private Map<Long, Expected> replay(ScratchSpace scratch, List<Observed> observed) {
        TreeSet<Long> versions = new TreeSet<>();
        observed.stream().filter(o -> o.schema() != null).forEach(o -> versions.add(o.version().version()));
        Map<Long, Expected> expected = new HashMap<>();
        if (versions.isEmpty()) {
            return expected;
        }
        DiffDialect dialect = DiffDialect.of(scratch.features());
        String space = scratch.create("migrations");
        Migrator replay = Files.isDirectory(directory) ? Migrator.builder()
                .dataSource(scratch.dataSource(space)).directory(directory).schema(scratch.schemaOf(space))
                .allowDestructive(true).preChecks(false).build() : null;
        Expected failed = null;
        for (long version : versions) {
            if (failed == null && version > 0) {
                failed = replayTo(replay, version);
            }
            expected.put(version, failed != null ? failed : read(scratch, space, dialect));
        }
        return expected;
    }

    /** Null when the directory reached the version; else why not (a missing version, a failing migration). */
    private Expected replayTo(Migrator replay, long version) {
        try {
            if (replay == null) {
                throw new MigrationException(CoreErrorCode.UNKNOWN_VERSION, "The migration directory " + directory
                        + " does not exist.");
            }
            replay.upTo(version);
            return null;
        } catch (MigrationException e) {
            return new Expected(null, null, e.code(), "Replaying the migrations up to version " + version
                    + " on the dev database failed: " + firstLine(e.getMessage()));
        }
    }

    private Expected read(ScratchSpace scratch, String space, DiffDialect dialect) {
        // a fleet's targets are read without their neighbour schemas (tenants share a database): so is this
        Schema schema = scratch.inspect(space, options -> dialect.inspector(options.withOtherSchemas(false)));
        try (Connection c = scratch.connect(space)) {
            return new Expected(schema, UnmanagedObjects.list(c, kind, scratch.schemaOf(space)), null, null);
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not read the replayed migrations on"
                    + " the dev database: " + e.getMessage(), e);
        }
    }

    private static TargetDrift compare(Observed o, Expected expected) {
        if (o.schema() == null) {
            return new TargetDrift(o.target(), o.version(), null, o.code(), o.error());
        }
        if (expected.schema() == null) {
            return new TargetDrift(o.target(), o.version(), null, expected.code(), expected.error());
        }
        // from the migrations' schema to the live one: what was changed by hand, as SQL
        Difference difference = new Difference(o.dialect().planner().plan(o.dialect().differ()
                .diff(expected.schema(), o.schema())).steps(), only(o.unmanaged(), expected.unmanaged()),
                only(expected.unmanaged(), o.unmanaged()));
        return new TargetDrift(o.target(), o.version(), difference, null, null);
    }

    private static List<String> only(List<String> in, List<String> notIn) {
        return in.stream().filter(x -> !notIn.contains(x)).toList();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
