package org.schemamigrate.core.internal.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import org.schemamigrate.core.Direction;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.HistoryUpdate;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.MigrationResult;
import org.schemamigrate.core.MigrationRun;
import org.schemamigrate.core.MigratorConfig;
import org.schemamigrate.core.StatusReport;
import org.schemamigrate.core.ValidationProblem;
import org.schemamigrate.core.ValidationReport;
import org.schemamigrate.core.VersionInfo;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.event.MigrationListener;
import org.schemamigrate.core.internal.history.AppliedMigration;
import org.schemamigrate.core.internal.lock.MigrationLock;
import org.schemamigrate.core.internal.safety.RowBackup;
import org.schemamigrate.core.source.Migration;
import org.schemamigrate.core.source.MigrationDirectory;
import org.schemamigrate.core.source.Script;
import org.schemamigrate.core.SqlStatement;
import org.schemamigrate.core.source.JavaMigrations;

/**
 * Carries out the Migrator's operations: read the directory, open the session, take the lock, read the history
 * once, decide, then run. Decisions (what to apply, what to refuse) are made before the first statement runs.
 */
public final class Engine {
    private final MigratorConfig config;
    private final MigrationListener listener;

    /** Read once by whoever built the Migrator (a fleet, for all its targets); null: read on each operation. */
    private final MigrationDirectory loaded;

    /** Each SQL migration sent with its history row as one text where it can (a fleet's targets). */
    private final boolean oneRoundTrip;

    /** A fleet's batch holding this target's lock and its history as read under it; null: lock and read here. */
    private final LockedBatch batch;

    public Engine(MigratorConfig config) {
        this(config, null, false, null);
    }

    public Engine(MigratorConfig config, MigrationDirectory loaded, boolean oneRoundTrip, LockedBatch batch) {
        this.config = config;
        this.loaded = loaded;
        this.oneRoundTrip = oneRoundTrip;
        this.batch = batch;
        List<MigrationListener> listeners = config.listeners();
        this.listener = event -> listeners.forEach(l -> l.onEvent(event));
    }

    /** What an operation sees: the open session and the state of directory and history under the lock. */
    record Context(Session session, MigrationDirectory directory, StateAnalysis state, MigrationLock lock) {
    }

    /** Locks and reads a fleet's batch of schema targets at once, on this Migrator's connections. */
    public LockedBatch lockBatch(List<String> schemas) {
        return LockedBatch.take(config.dataSource(), schemas, config.table());
    }

    public StatusReport status() {
        MigrationDirectory directory = loadDirectory();
        try (Session session = Session.open(config.dataSource(), config.schema(), config.table())) {
            return analyse(session, directory, false).report(readBatches(session));
        }
    }

    public MigrationResult up(int steps, long toVersion) {
        return underLock(ctx -> up(ctx, steps, toVersion));
    }

    private MigrationResult up(Context ctx, int steps, long toVersion) {
        return new Batches(ctx, config, listener).record(() -> {
            refuseOnProblems(ctx.state(), true);
            VersionInfo before = ctx.state().current();
            if (toVersion != Long.MAX_VALUE) {
                requireKnown(ctx, toVersion);
                boolean anyPendingBelow = ctx.state().pending().stream().anyMatch(m -> m.version() <= toVersion);
                if (toVersion < before.version() && !anyPendingBelow) {
                    throw new MigrationException(CoreErrorCode.UNKNOWN_VERSION, "The database is at version "
                            + before + ", already above " + toVersion + ", so up has nothing to apply. To go back"
                            + " to " + toVersion + ", roll back with down -Dto=" + toVersion + ".");
                }
            }
            List<MigrationExecutor.Step> pending = ctx.state().pending().stream()
                    .filter(m -> m.version() <= toVersion).limit(steps)
                    .map(m -> step(ctx.session(), m, Direction.UP)).toList();
            if (config.singleTransaction()) {
                Batches.refuseSingleTransaction(ctx.session(), pending);
            }
            return guarded(ctx, pending);
        }, pending -> run(ctx, ctx.state().current(), pending));
    }

    /** Rolls back the migrations of the most recent batch that still has applied migrations. */
    public MigrationResult downLastBatch() {
        return underLock(ctx -> {
            refuseOnProblems(ctx.state(), false);
            List<AppliedMigration> targets = Batches.lastBatchRows(ctx, readBatches(ctx.session()), listener);
            List<MigrationExecutor.Step> planned = new ArrayList<>();
            for (AppliedMigration row : targets) {
                planned.add(step(ctx.session(), reversible(ctx, row), Direction.DOWN));
            }
            return run(ctx, ctx.state().current(), guarded(ctx, planned));
        });
    }

    /** Rolls back {@code steps} migrations, or, when {@code toVersion >= 0}, every one above that version. */
    public MigrationResult down(int steps, long toVersion) {
        return underLock(ctx -> down(ctx, steps, toVersion));
    }

    private MigrationResult down(Context ctx, int steps, long toVersion) {
        refuseOnProblems(ctx.state(), false);
        List<AppliedMigration> applied = ctx.state().appliedNewestFirst();
        List<AppliedMigration> targets;
        if (toVersion >= 0) {
            if (toVersion > 0) {
                requireKnown(ctx, toVersion);
            }
            targets = applied.stream().filter(r -> r.version() > toVersion).toList();
        } else {
            if (steps != Integer.MAX_VALUE && steps > applied.size()) {
                throw new MigrationException(CoreErrorCode.UNKNOWN_VERSION, "Asked to roll back " + steps
                        + " migrations but only " + applied.size() + " are applied (current version "
                        + ctx.state().current() + "). Nothing was rolled back. Use down -Dto=0 to roll back"
                        + " everything.");
            }
            targets = applied.subList(0, Math.min(steps, applied.size()));
        }
        List<MigrationExecutor.Step> planned = new ArrayList<>();
        for (AppliedMigration row : targets) {
            planned.add(step(ctx.session(), reversible(ctx, row), Direction.DOWN));
        }
        return run(ctx, ctx.state().current(), guarded(ctx, planned));
    }

    public MigrationResult goTo(long version) {
        if (version < 0) {
            throw new MigrationException(CoreErrorCode.UNKNOWN_VERSION, "Version must be 0 or more (got " + version + ").");
        }
        // the direction is decided under the lock, from the history read there, in the one session
        return underLock(ctx -> version >= ctx.state().current().version() && version > 0
                ? up(ctx, Integer.MAX_VALUE, version) : down(ctx, 0, version));
    }

    public HistoryUpdate force(long version) {
        return underLock(ctx -> new HistoryRepair(ctx, config.dryRun()).force(version));
    }

    public HistoryUpdate repair(long version) {
        return underLock(ctx -> new HistoryRepair(ctx, config.dryRun()).repair(version));
    }

    public HistoryUpdate baseline(long version) {
        return underLock(ctx -> new HistoryRepair(ctx, config.dryRun()).baseline(version));
    }

    /** The planned steps, once the guard has let them through: a refusal comes before anything runs. */
    private List<MigrationExecutor.Step> guarded(Context ctx, List<MigrationExecutor.Step> steps) {
        new DestructiveGuard(ctx.session().dialect(), config.allowDestructive(), listener)
                .check(steps, () -> ctx.state().applied().stream().map(r -> ctx.directory().find(r.version()))
                        .flatMap(java.util.Optional::stream).map(Migration::up).toList(),
                        ctx.state().current(), config.dryRun());
        return steps;
    }

    private MigrationResult run(Context ctx, VersionInfo before, List<MigrationExecutor.Step> steps) {
        List<MigrationRun> runs = new ArrayList<>();
        // recorded versions, kept up to date as steps run, so the history is read once per command
        TreeMap<Long, String> recorded = new TreeMap<>();
        ctx.state().applied().forEach(r -> recorded.put(r.version(), r.name()));
        if (config.dryRun()) {
            for (MigrationExecutor.Step step : steps) {
                runs.add(step.toRun(Duration.ZERO));
                track(recorded, step);
            }
            return new MigrationResult(true, before, versionOf(recorded), runs);
        }
        MigrationExecutor executor = new MigrationExecutor(ctx.session(), listener, config.backupDirectory() == null
                ? null : new RowBackup(config.backupDirectory()), config.preChecks()).guardedBy(ctx.lock());
        if (config.singleTransaction() && !steps.isEmpty() && steps.get(0).direction() == Direction.UP) {
            runs.addAll(executor.executeInOneTransaction(steps, before.version()));
            steps.forEach(s -> recorded.put(s.migration().version(), s.migration().name()));
        } else {
            List<MigrationRun> atOnce = oneRoundTrip ? new OneRoundTrip(ctx.session(), listener)
                    .runLeading(steps, config.preChecks(), config.backupDirectory() != null, executor,
                            before.version()) : List.of();
            runs.addAll(atOnce);
            steps.subList(0, atOnce.size()).forEach(step -> track(recorded, step));
            for (MigrationExecutor.Step step : steps.subList(atOnce.size(), steps.size())) {
                long current = recorded.isEmpty() ? 0 : recorded.lastKey();
                if (!ctx.lock().stillHeld()) {
                    throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "The connection holding the migration"
                            + " lock was lost after " + runs.size() + " migration(s); stopping so two migrators"
                            + " cannot run at once. The database is at version " + current + "; "
                            + FailureStates.TRY_AGAIN + ".");
                }
                runs.add(executor.execute(step, current));
                track(recorded, step);
            }
        }
        return new MigrationResult(false, before, versionOf(recorded), runs);
    }

    private static void track(TreeMap<Long, String> recorded, MigrationExecutor.Step step) {
        if (step.direction() == Direction.UP) {
            recorded.put(step.migration().version(), step.migration().name());
        } else {
            recorded.remove(step.migration().version());
        }
    }

    private static VersionInfo versionOf(TreeMap<Long, String> recorded) {
        return recorded.isEmpty() ? VersionInfo.NONE
                : new VersionInfo(recorded.lastKey(), recorded.lastEntry().getValue(), false);
    }

    private <T> T underLock(Function<Context, T> work) {
        MigrationDirectory directory = loadDirectory();
        try (Session session = Session.open(config.dataSource(), config.schema(), config.table())) {
            if (config.dryRun()) {
                return work.apply(new Context(session, directory, analyse(session, directory, false), null));
            }
            LockedBatch.Held held = batch == null ? null : batch.claim(session.schema());
            if (held != null) {
                return underBatchLock(session, directory, held, work);
            }
            Connection lockConnection = session.openLockConnection();
            try (MigrationLock lock = MigrationLock.acquire(session.dialect(), lockConnection, session.lockName(),
                    config.lockTimeout(), listener)) {
                createHistory(session);
                return work.apply(new Context(session, directory, analyse(session, directory, true), lock));
            } finally {
                Session.closeQuietly(lockConnection);
            }
        }
    }

    /** The batch took the lock and read the history (on its first operation); the rest as {@link #underLock}. */
    private <T> T underBatchLock(Session session, MigrationDirectory directory, LockedBatch.Held held,
                                 Function<Context, T> work) {
        MigrationLock lock = MigrationLock.heldBy(session.dialect(), batch.connection(), session.lockName());
        listener.onEvent(new MigrationEvent.LockAcquired(session.dialect().advisoryLock(session.lockName())
                .description(), Duration.ZERO));
        if (held.tablesExist()) {
            session.history().assumeCreated();
        } else {
            createHistory(session, held.exist());
        }
        StateAnalysis state = held.rows() == null ? analyse(session, directory, true)
                : analyse(session, directory, true, held.rows());
        return work.apply(new Context(session, directory, state, lock));
    }

    /**
     * Reads the history once; a row left running by a migrator that died is resolved first (InDoubt). Only
     * under the lock ({@code settle}) is the row rewritten and a still-running statement waited for.
     */
    private StateAnalysis analyse(Session session, MigrationDirectory directory, boolean settle) {
        return analyse(session, directory, settle, readHistory(session));
    }

    private StateAnalysis analyse(Session session, MigrationDirectory directory, boolean settle,
                                  List<AppliedMigration> rows) {
        if (rows.stream().noneMatch(AppliedMigration::inDoubt)) {
            return StateAnalysis.of(directory, rows);
        }
        InDoubt.Resolution resolved = new InDoubt(session, listener, settle ? config.lockTimeout() : Duration.ZERO)
                .resolve(directory, rows, settle);
        return StateAnalysis.of(directory, resolved.rows(), resolved.notes());
    }

    private void createHistory(Session session) {
        createHistory(session, null);
    }

    /** {@code exist}: which of the three tables exist, when known already (a fleet's batch); null: ask. */
    private void createHistory(Session session, boolean[] exist) {
        try {
            if (session.history().createIfMissing(session.connection(), exist)) {
                listener.onEvent(new MigrationEvent.HistoryTableCreated(session.history().qualifiedName()));
            }
        } catch (SQLException e) {
            if (!SchemaCheck.exists(session)) {
                throw new MigrationException(CoreErrorCode.CONFIGURATION, "The schema " + session.schema() + " does"
                        + " not exist, so the history table " + session.history().qualifiedName() + " cannot be"
                        + " created. Create the schema, or fix migration.schema.", e);
            }
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not create the history table "
                    + session.history().qualifiedName() + ": " + e.getMessage() + ". The user needs the right to"
                    + " create tables in schema " + session.schema() + " (or set migration.schema).", e);
        }
    }

    static List<AppliedMigration> readHistory(Session session) {
        try {
            return session.history().readAll(session.connection());
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not read the history table "
                    + session.history().qualifiedName() + ": " + e.getMessage(), e);
        }
    }

    static List<org.schemamigrate.core.Batch> readBatches(Session session) {
        try {
            return session.history().readBatches(session.connection());
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not read the batches of "
                    + session.history().qualifiedName() + ": " + e.getMessage(), e);
        }
    }

    private MigrationDirectory loadDirectory() {
        return loaded != null ? loaded : loadDirectory(config.location(), config.classLoader(),
                config.javaPackages(), config.javaMigrations());
    }

    /** The location's files with the Java migrations of the packages and the given instances. */
    public static MigrationDirectory loadDirectory(String location, ClassLoader classLoader, List<String> javaPackages,
                                                   List<org.schemamigrate.core.JavaMigration> javaMigrations) {
        return MigrationDirectory.load(location, classLoader, javaPackages)
                .with(javaMigrations.stream().map(JavaMigrations::of).toList());
    }

    /** Dirty always refuses; other problems refuse up, and refuse down only where they touch what it reverts. */
    private void refuseOnProblems(StateAnalysis state, boolean up) {
        if (state.dirty() != null) {
            throw new MigrationException(CoreErrorCode.DIRTY_DATABASE, state.problems().stream()
                    .filter(p -> p.kind() == ValidationProblem.Kind.DIRTY).findFirst().orElseThrow().message());
        }
        if (!up) {
            return;
        }
        List<ValidationProblem> blocking = state.problems().stream()
                .filter(p -> !(config.outOfOrder() && p.kind() == ValidationProblem.Kind.OUT_OF_ORDER)).toList();
        if (!blocking.isEmpty()) {
            throw new MigrationException(CoreErrorCode.VALIDATION_FAILED, "Nothing was applied: the migration"
                    + " directory and the database disagree. " + new ValidationReport(blocking).describe());
        }
    }

    private static void requireKnown(Context ctx, long version) {
        if (ctx.directory().find(version).isEmpty()
                && ctx.state().applied().stream().noneMatch(r -> r.version() == version)) {
            throw new MigrationException(CoreErrorCode.UNKNOWN_VERSION, "There is no migration with version " + version
                    + " in " + ctx.directory().description() + " or in the history. Check the version (status lists"
                    + " them all).");
        }
    }

    /** The migration behind a history row, checked to be present, unedited and reversible. */
    private static Migration reversible(Context ctx, AppliedMigration row) {
        Migration migration = ctx.directory().find(row.version()).orElseThrow(() -> new MigrationException(
                row.checksum() == null ? CoreErrorCode.IRREVERSIBLE : CoreErrorCode.VALIDATION_FAILED,
                row.checksum() == null
                        ? "Version " + row.label() + " is a baseline marker: the schema before it was never"
                        + " migrated, so there is nothing to roll back to. Nothing was rolled back."
                        : "Cannot roll back " + row.label() + ": its files are missing from "
                        + ctx.directory().description() + ". Nothing was rolled back. Restore the files (e.g. from"
                        + " version control)."));
        if (row.checksum() != null && !row.checksum().equals(migration.checksum())) {
            throw new MigrationException(CoreErrorCode.VALIDATION_FAILED, "Nothing was rolled back: "
                    + Messages.edited(migration, row));
        }
        if (!migration.reversible()) {
            String missing = migration.up().isJava() ? " (" + migration.up().location() + " does not override"
                    + " down(Context))" : " file (" + migration.up().fileName().replace(".up.sql", ".down.sql") + ")";
            throw new MigrationException(CoreErrorCode.IRREVERSIBLE, "Migration " + migration.label() + " has no down"
                    + missing + ", so it cannot be rolled back. Nothing was rolled back. Write the down, or revert"
                    + " the change by hand and record it with force.");
        }
        return migration;
    }

    private static MigrationExecutor.Step step(Session session, Migration migration, Direction direction) {
        Script script = direction == Direction.UP ? migration.up() : migration.down();
        // a Java migration is one "statement": the call, which is also what a dry run shows
        List<SqlStatement> statements = script.isJava() ? List.of(new SqlStatement(script.content(), 1, 1))
                : session.dialect().splitter().split(script.content(), script.location());
        ScriptChecks.check(session.dialect(), script, statements);
        return new MigrationExecutor.Step(migration, direction, script, statements);
    }
}
