package org.schemamigrate.diff.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.diff.workflow.ScratchFailures;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.source.Migration;
import org.schemamigrate.core.source.MigrationDirectory;
import org.schemamigrate.diff.inspect.Exclusions;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.prove.CatalogFingerprint;
import org.schemamigrate.diff.verify.MigrationVerdict.Failure;
import org.schemamigrate.diff.verify.MigrationVerdict.Outcome;
import org.schemamigrate.diff.inspect.ScratchSpace;

/**
 * Proves every migration's down on a scratch namespace of a dev database (never the target): for each migration
 * k in order, up(k) reaches F(k), down(k) must print exactly as F(k-1), and up(k) again exactly as F(k), where F is
 * the {@link CatalogFingerprint} the diff's proofs use. The {@link Migrator} applies the files, so its rules
 * (no-transaction directive, splitting, history) are the ones tested. The walk stops at the first failing step,
 * because the namespace is then in an unknown state.
 */
public final class MigrationTester {
    /** The failure step of a migration without a down when downs are required; the walk goes on after it. */
    public static final String MISSING_DOWN = "require-down";
    private final DataSource dev;
    private final DatabaseKind kind;
    private final Exclusions exclusions;

    /** @param exclusions tables no fingerprint or row count includes ({@code migration.exclude}) */
    public MigrationTester(DataSource dev, DatabaseKind kind, Exclusions exclusions) {
        this.dev = dev;
        this.kind = kind;
        this.exclusions = exclusions;
    }

    public MigrationTestReport test(MigrationTestOptions options) {
        if (options.latest() < 0) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION,
                    "migration.latest must be 0 (all) or a positive number of migrations; got " + options.latest() + ".");
        }
        ClassLoader loader = options.classLoader() != null ? options.classLoader()
                : Thread.currentThread().getContextClassLoader();
        List<Migration> migrations = MigrationDirectory.load(options.location(), loader).migrations();
        Map<Long, String> data = TestData.read(options.testData(), migrations);
        long started = System.nanoTime();
        try (ScratchSpace scratch = new ScratchSpace(dev, kind, exclusions)) {
            String namespace = scratch.create("test");
            Walk walk = new Walk(scratch, namespace, Migrator.builder().dataSource(scratch.dataSource(namespace))
                    .schema(scratch.schemaOf(namespace))
                    .location(options.location()).classLoader(loader).allowDestructive(true).build());
            List<MigrationVerdict> verdicts = walk.run(migrations, options, data);
            return new MigrationTestReport(kind, verdicts, millisSince(started));
        }
    }

    private final class Walk {
        private final ScratchSpace scratch;
        private final String namespace;
        private final Migrator migrator;
        private final InspectOptions inspect;

        Walk(ScratchSpace scratch, String namespace, Migrator migrator) {
            this.scratch = scratch;
            this.namespace = namespace;
            this.migrator = migrator;
            this.inspect = exclusions.applyTo(InspectOptions.defaults()).withSchema(scratch.schemaOf(namespace));
        }

        List<MigrationVerdict> run(List<Migration> migrations, MigrationTestOptions options, Map<Long, String> data) {
            int firstTested = options.latest() == 0 ? 0 : Math.max(0, migrations.size() - options.latest());
            List<MigrationVerdict> verdicts = new ArrayList<>();
            CatalogFingerprint before = fingerprint();
            boolean stopped = false;
            for (int i = 0; i < migrations.size(); i++) {
                Migration m = migrations.get(i);
                if (stopped) {
                    verdicts.add(verdict(m, Outcome.NOT_RUN, List.of(), List.of(), List.of(), null, -1, -1, -1));
                    continue;
                }
                MigrationVerdict v = i < firstTested ? applyOnce(m) : prove(m, before, options, data.get(m.version()));
                verdicts.add(v);
                // after a failed step or a second up that differs, the namespace no longer follows the directory
                stopped = v.failure() != null && !v.failure().step().equals(MISSING_DOWN)
                        || !v.residualAfterReapply().isEmpty();
                if (!stopped) {
                    before = fingerprint();
                }
            }
            return verdicts;
        }

        private MigrationVerdict applyOnce(Migration m) {
            long t = System.nanoTime();
            try {
                migrator.upTo(m.version());
            } catch (MigrationException e) {
                return failed(m, "up", e, millisSince(t), -1, -1);
            }
            return verdict(m, Outcome.APPLIED_ONCE, List.of(), List.of(), List.of(), null, millisSince(t), -1, -1);
        }

        private MigrationVerdict prove(Migration m, CatalogFingerprint before, MigrationTestOptions options,
                                       String dataScript) {
            long t = System.nanoTime();
            try {
                migrator.upTo(m.version());
            } catch (MigrationException e) {
                return failed(m, "up", e, millisSince(t), -1, -1);
            }
            long up = millisSince(t);
            CatalogFingerprint reached = fingerprint();
            if (!m.reversible()) {
                Failure missing = options.requireDown() ? new Failure(MISSING_DOWN, CoreErrorCode.CONFIGURATION.code(),
                        null, 0, "no down file (" + m.up().fileName().replace(".up.sql", ".down.sql") + "), and downs are"
                        + " required (migration.requireDown)") : null;
                return verdict(m, missing == null ? Outcome.IRREVERSIBLE : Outcome.FAILED, List.of(), List.of(),
                        List.of(), missing, up, -1, -1);
            }
            Map<String, Long> rows = Map.of();
            if (dataScript != null) {
                try {
                    scratch.execute(namespace, dataScript, m.version() + ".sql");
                } catch (RuntimeException e) {
                    return verdict(m, Outcome.FAILED, List.of(), List.of(), List.of(), new Failure("data",
                            null, m.version() + ".sql", 0, e.getMessage()), up, -1, -1);
                }
                rows = RowCounts.read(scratch, namespace, inspect);
            }
            t = System.nanoTime();
            try {
                migrator.down();
            } catch (MigrationException e) {
                return failed(m, "down", e, up, millisSince(t), -1);
            }
            long down = millisSince(t);
            List<String> afterDown = fingerprint().residual(before);
            List<String> lost = dataScript == null ? List.of() : RowCounts.lost(rows,
                    RowCounts.read(scratch, namespace, inspect));
            t = System.nanoTime();
            try {
                migrator.upTo(m.version());
            } catch (MigrationException e) {
                MigrationVerdict v = failed(m, "reapply", e, up, down, millisSince(t));
                // a down that left objects behind usually makes the second up fail: the residual is the cause
                return verdict(m, afterDown.isEmpty() ? Outcome.FAILED : Outcome.RESIDUAL, afterDown, List.of(), lost,
                        v.failure(), up, down, v.reapplyMillis());
            }
            long reapply = millisSince(t);
            List<String> afterReapply = fingerprint().residual(reached);
            Outcome outcome = !afterDown.isEmpty() || !afterReapply.isEmpty() ? Outcome.RESIDUAL
                    : !lost.isEmpty() ? Outcome.DESTRUCTIVE : Outcome.EXACT;
            return verdict(m, outcome, afterDown, afterReapply, lost, null, up, down, reapply);
        }

        private CatalogFingerprint fingerprint() {
            try (Connection c = scratch.connect(namespace)) {
                return CatalogFingerprint.reader(kind).read(c, inspect);
            } catch (SQLException e) {
                throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not read the catalog of the scratch"
                        + " namespace " + namespace + ": " + e.getMessage(), e);
            }
        }
    }

    private static MigrationVerdict failed(Migration m, String step, MigrationException e, long up, long down,
                                           long reapply) {
        String file = null;
        int line = 0;
        if (e.details().orElse(null) instanceof FailureDetails.StatementFailed sf) {
            file = sf.file();
            line = sf.line();
        }
        return verdict(m, Outcome.FAILED, List.of(), List.of(), List.of(),
                new Failure(step, e.code().code(), file, line,
                        ScratchFailures.whatFailed(e)), up, down, reapply);
    }

    private static MigrationVerdict verdict(Migration m, Outcome outcome, List<String> afterDown,
                                            List<String> afterReapply, List<String> lost, Failure failure,
                                            long up, long down, long reapply) {
        return new MigrationVerdict(m.version(), m.name(), outcome, afterDown, afterReapply, lost, failure, up, down,
                reapply);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** The {@code <version>.sql} files of the data check, checked against the directory before anything runs. */
    static final class TestData {
        private TestData() {
        }

        static Map<Long, String> read(Path directory, List<Migration> migrations) {
            if (directory == null) {
                return Map.of();
            }
            if (!Files.isDirectory(directory)) {
                throw new MigrationException(CoreErrorCode.CONFIGURATION, "migration.testData " + directory
                        + " is not a directory.");
            }
            java.util.TreeMap<Long, String> scripts = new java.util.TreeMap<>();
            try (var files = Files.list(directory)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(".sql")) {
                        continue;
                    }
                    String stem = name.substring(0, name.length() - 4);
                    if (!stem.matches("\\d{1,18}")) {
                        throw new MigrationException(CoreErrorCode.CONFIGURATION, "Test data file " + file
                                + " must be named <version>.sql (the version of the migration after whose up it runs).");
                    }
                    long version = Long.parseLong(stem);
                    if (migrations.stream().noneMatch(m -> m.version() == version)) {
                        throw new MigrationException(CoreErrorCode.CONFIGURATION, "Test data file " + file
                                + " names version " + version + ", which is not a migration of the directory.");
                    }
                    scripts.put(version, Files.readString(file));
                }
            } catch (java.io.IOException e) {
                throw new MigrationException(CoreErrorCode.CONFIGURATION, "Cannot read migration.testData "
                        + directory + ": " + e.getMessage(), e);
            }
            return scripts;
        }
    }
}
