package org.schemamigrate.core.fleet;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.MigrationResult;
import org.schemamigrate.core.MigrationStatus;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.StatusReport;
import org.schemamigrate.core.ValidationReport;
import org.schemamigrate.core.VersionInfo;
import org.schemamigrate.core.db.JdbcUrls;
import org.schemamigrate.core.fleet.TargetResult.Outcome;
import org.schemamigrate.core.internal.engine.LockedBatch;
import org.schemamigrate.core.source.MigrationDirectory;

/**
 * One migration directory applied to many targets as one operation: each target is migrated by its own
 * {@link Migrator} (its own history and lock, so two fleet runs at once still apply each migration once per
 * target), a bounded number at a time, after an optional canary of the first targets one by one. A run is
 * resumable: a second run finds every target's own history and applies only what is pending there.
 * <pre>{@code
 * FleetReport report = Fleet.builder().server(dataSource).targets(FleetTargets.pattern(dataSource, "tenant_%"))
 *         .migrator(b -> b.location("classpath:db/migration")).build().up();
 * }</pre>
 */
public final class Fleet {
    /**
     * How to resume a fleet run that stopped, in the words of each entry point: a Maven goal (migration.targets),
     * or this class called from Java, perhaps at application start. Each target's own history makes any of them
     * continue where that target stands.
     */
    public static final String RESUME = "start the same fleet run again: run the same Maven goal again (with the"
            + " same migration.targets), or call the same Fleet operation again from Java (restart the application"
            + " when it runs the fleet at start-up); each target then does only what is still pending there";
    private final Builder config;

    private Fleet(Builder config) {
        this.config = config;
    }

    public static Builder builder() {
        return new Builder();
    }

    public FleetReport up() {
        return run("up", true, m -> {
            MigrationResult r = m.up();
            return new Ran(r.before(), r.after(), r.runs().size(), 0);
        });
    }

    /** Applies at most {@code steps} pending migrations on every target. */
    public FleetReport up(int steps) {
        return run("up", true, m -> {
            MigrationResult r = m.up(steps);
            return new Ran(r.before(), r.after(), r.runs().size(), 0);
        });
    }

    public FleetReport down(int steps) {
        return run("down", true, m -> {
            MigrationResult r = m.down(steps);
            return new Ran(r.before(), r.after(), r.runs().size(), 0);
        });
    }

    public FleetReport status() {
        return run("status", false, m -> {
            StatusReport s = m.status();
            return new Ran(s.current(), s.current(), 0, (int) s.count(MigrationStatus.State.PENDING));
        });
    }

    /** Each target's directory and history agree; a target with problems fails with the first one. */
    public FleetReport validate() {
        return run("validate", false, m -> {
            ValidationReport v = m.validate();
            if (!v.ok()) {
                throw new MigrationException(CoreErrorCode.VALIDATION_FAILED, v.problems().get(0).message());
            }
            VersionInfo current = m.version();
            return new Ran(current, current, 0, 0);
        });
    }

    private record Ran(VersionInfo before, VersionInfo after, int ran, int pending) {
    }

    /** What {@link #each} hands the work for one target: the target, its Migrator and connections reaching it. */
    public record Reach(FleetTarget target, Migrator migrator, DataSource dataSource) {
    }

    /**
     * Runs read-only {@code work} (a drift check) on every target, at most {@code parallel} at once, with no canary
     * and no fail-fast; the results come back in target order. A schema target's connections are the server's
     * (reused, reset when given back): the work selects the schema itself. The work handles its own failures.
     */
    public <T> List<T> each(Function<Reach, T> work) {
        List<FleetTarget> targets = config.targets;
        refuseUnreachable(targets);
        MigrationDirectory directory = readDirectory();
        Object[] results = new Object[targets.size()];
        try (ReusedConnections connections = config.server == null ? null : new ReusedConnections(config.server)) {
            runInParallel(0, targets.size(), i -> {
                FleetTarget target = targets.get(i);
                DataSource reach = target.isUrl() ? config.urlConnector.apply(target.url()) : connections;
                results[i] = work.apply(new Reach(target, migratorFor(target, connections, directory, null), reach));
            });
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Arrays.asList(results);
        return list;
    }

    private FleetReport run(String operation, boolean locking, Function<Migrator, Ran> step) {
        List<FleetTarget> targets = config.targets;
        refuseUnreachable(targets);
        MigrationDirectory directory = readDirectory();
        try (ReusedConnections connections = config.server == null ? null : new ReusedConnections(config.server)) {
            return run(operation, locking, step, targets, connections, directory);
        }
    }

    /** Read once per run for every target (reading and hashing the files costs more than a no-op target). */
    private MigrationDirectory readDirectory() {
        Migrator.Builder builder = Migrator.builder();
        config.settings.accept(builder);
        return builder.readDirectory();
    }

    private FleetReport run(String operation, boolean locking, Function<Migrator, Ran> step,
                            List<FleetTarget> targets, ReusedConnections connections, MigrationDirectory directory) {
        long start = System.nanoTime();
        TargetResult[] results = new TargetResult[targets.size()];
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        BiConsumer<Integer, LockedBatch> runOne = (i, batch) -> {
            if (stop.get()) {
                results[i] = TargetResult.skipped(targets.get(i));
                return;
            }
            FleetTarget target = targets.get(i);
            TargetResult r = runOn(target, step, migratorFor(target, connections, directory, batch));
            results[i] = r;
            int failed = r.outcome() == Outcome.FAILED ? failures.incrementAndGet() : failures.get();
            if (r.outcome() == Outcome.FAILED && (config.failFast || i < config.canary)) {
                stop.set(true);
            }
            config.listener.targetFinished(r, done.incrementAndGet(), targets.size(), failed);
        };
        int canary = Math.min(config.canary, targets.size());
        for (int i = 0; i < canary; i++) {
            runOne.accept(i, null);
        }
        if (!locking || connections == null) {
            runInParallel(canary, targets.size(), i -> runOne.accept(i, null));
        } else {
            List<List<Integer>> batches = TargetBatches.split(targets, canary, config.effectiveParallel());
            runInParallel(0, batches.size(), b -> TargetBatches.run(batches.get(b), targets,
                    schemas -> migratorFor(targets.get(batches.get(b).get(0)), connections, directory, null)
                            .lockBatch(schemas), runOne));
        }
        return new FleetReport(operation, Arrays.asList(results), Duration.ofNanos(System.nanoTime() - start));
    }

    private void runInParallel(int from, int to, Consumer<Integer> runOne) {
        if (from >= to) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(config.effectiveParallel(), to - from));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = from; i < to; i++) {
                int index = i;
                futures.add(pool.submit(() -> runOne.accept(index)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException(CoreErrorCode.ILLEGAL_STATE, "The fleet run was interrupted before every"
                    + " target finished. Targets that finished keep what they did (each in its own history), the"
                    + " others stand where they stood. To resume, " + RESUME + ".", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private TargetResult runOn(FleetTarget target, Function<Migrator, Ran> step, Migrator migrator) {
        long start = System.nanoTime();
        try {
            Ran ran = step.apply(migrator);
            return new TargetResult(target, Outcome.DONE, ran.before(), ran.after(), ran.ran(), ran.pending(),
                    null, null, Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException e) {
            ErrorCode code = e instanceof MigrationException me ? me.code() : CoreErrorCode.DATABASE_ERROR;
            return new TargetResult(target, Outcome.FAILED, null, currentVersion(migrator), 0, 0, code,
                    firstLine(e.getMessage()), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** After a failure, where the target stands (dirty or not); null when even that cannot be read. */
    private static VersionInfo currentVersion(Migrator migrator) {
        try {
            return migrator.version();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Migrator migratorFor(FleetTarget target, DataSource connections, MigrationDirectory directory,
                                 LockedBatch batch) {
        Migrator.Builder builder = Migrator.builder();
        config.settings.accept(builder);
        builder.directory(directory).oneRoundTrip(true).batch(batch);
        if (config.backupDirectory != null) {
            // one folder per target: the same table name in two tenants must not share a CSV file
            builder.backupDirectory(config.backupDirectory.resolve(target.isUrl()
                    ? target.name().replaceAll("[^A-Za-z0-9._-]+", "_") : target.schema()));
        }
        if (target.isUrl()) {
            builder.dataSource(config.urlConnector.apply(target.url()));
        } else {
            builder.dataSource(connections).schema(target.schema());
        }
        return builder.build();
    }

    /** Unknown schemas and unreachable URLs are named before any target is touched. */
    private void refuseUnreachable(List<FleetTarget> targets) {
        List<String> problems = new ArrayList<>();
        if (targets.stream().anyMatch(t -> !t.isUrl())) {
            if (config.server == null) {
                throw new MigrationException(CoreErrorCode.CONFIGURATION, "Schema targets need the fleet's server"
                        + " (migration.url); only JDBC URL targets work without it.");
            }
            FleetTargets.missingSchemas(config.server, targets)
                    .forEach(t -> problems.add(t.name() + ": no such schema/database on the server"));
        }
        for (FleetTarget target : targets) {
            if (target.isUrl()) {
                try (Connection c = config.urlConnector.apply(target.url()).getConnection()) {
                    c.isValid(5);
                } catch (SQLException | RuntimeException e) {
                    problems.add(target.name() + ": cannot connect (" + JdbcUrls.maskPassword(
                            firstLine(e.getMessage())) + ")");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, problems.size() + " of " + targets.size()
                    + " targets cannot be migrated; nothing was applied anywhere:\n  " + String.join("\n  ",
                    problems) + "\nCreate them, or remove them from the target list.");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Builds a Fleet; the targets and either a server (schema targets) or URL targets are required. */
    public static final class Builder {
        private DataSource server;
        private Function<String, DataSource> urlConnector = url -> new org.schemamigrate.core.db.UrlDataSource(
                url, null, null);
        private List<FleetTarget> targets = List.of();
        private Consumer<Migrator.Builder> settings = b -> { };
        private int parallel = Runtime.getRuntime().availableProcessors();
        private int maxConnections = 32;
        private int canary;
        private boolean failFast;
        private FleetListener listener = (r, done, total, failures) -> { };
        private java.nio.file.Path backupDirectory;

        /** The server whose schemas/databases are the schema targets. */
        public Builder server(DataSource server) {
            this.server = server;
            return this;
        }

        /** How URL targets connect; default: the URL alone (credentials in it). */
        public Builder urlConnector(Function<String, DataSource> urlConnector) {
            this.urlConnector = urlConnector;
            return this;
        }

        public Builder targets(List<FleetTarget> targets) {
            this.targets = List.copyOf(targets);
            return this;
        }

        /** Settings every target's Migrator shares (location, table, allowDestructive, listeners, …). */
        public Builder migrator(Consumer<Migrator.Builder> settings) {
            this.settings = settings;
            return this;
        }

        /** Targets migrated at once; default the number of cores, capped by {@link #maxConnections}. */
        public Builder parallel(int parallel) {
            this.parallel = parallel;
            return this;
        }

        /** The connections the run may hold at once (each target uses two: work and lock); default 32. */
        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        /** The first {@code canary} targets run one by one before the rest; if one fails, nothing else runs. */
        public Builder canary(int canary) {
            this.canary = canary;
            return this;
        }

        /** Stop starting targets after the first failure (the others are reported as skipped). */
        public Builder failFast(boolean failFast) {
            this.failFast = failFast;
            return this;
        }

        /**
         * Row backups before destructive statements, in a folder per target below this one (set it here, not in
         * {@link #migrator}, where every target would write into the same folder).
         */
        public Builder backupDirectory(java.nio.file.Path backupDirectory) {
            this.backupDirectory = backupDirectory;
            return this;
        }

        public Builder listener(FleetListener listener) {
            this.listener = listener;
            return this;
        }

        int effectiveParallel() {
            return Math.max(1, Math.min(parallel, maxConnections / 2));
        }

        public Fleet build() {
            if (targets.isEmpty()) {
                throw new MigrationException(CoreErrorCode.CONFIGURATION, "A fleet needs targets: migration.targets,"
                        + " migration.targetsFile, migration.targetsQuery or migration.targetsPattern.");
            }
            if (parallel < 1 || maxConnections < 2 || canary < 0) {
                throw new MigrationException(CoreErrorCode.CONFIGURATION, "migration.parallel must be 1 or more,"
                        + " migration.maxConnections 2 or more and migration.canary 0 or more (got " + parallel
                        + ", " + maxConnections + ", " + canary + ").");
            }
            return new Fleet(this);
        }
    }
}
