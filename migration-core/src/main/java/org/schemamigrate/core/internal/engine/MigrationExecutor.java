package org.schemamigrate.core.internal.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.core.Direction;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.JavaMigration;
import org.schemamigrate.core.MigrationRun;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.event.MigrationListener;
import org.schemamigrate.core.internal.history.AppliedMigration;
import org.schemamigrate.core.internal.history.HistoryState;
import org.schemamigrate.core.internal.history.HistoryStore;
import org.schemamigrate.core.internal.lock.MigrationLock;
import org.schemamigrate.core.internal.history.LogEntry;
import org.schemamigrate.core.internal.safety.PreChecks;
import org.schemamigrate.core.internal.safety.RowBackup;
import org.schemamigrate.core.source.Migration;
import org.schemamigrate.core.source.Script;
import org.schemamigrate.core.SqlStatement;

/**
 * Runs one migration in one direction. On PostgreSQL the statements and the history row commit in one
 * transaction. Where that is impossible (MySQL/MariaDB DDL auto-commits, or a no-transaction file) the row is
 * marked dirty first and progress is recorded after each statement, so a failure leaves an exact record.
 * Pre-checks of data-dependent statements and row backups before destructive ones (core.safety) run inside
 * that scheme: a failing pre-check or backup is a failure of its statement, before the statement runs.
 */
final class MigrationExecutor {
    private final Session session;
    private final MigrationListener listener;
    private final RowBackup backup;
    private final boolean preChecks;
    /** The migration lock; checked before every statement after the first (null in a dry run or in tests). */
    private MigrationLock lock;
    /** Set when a failed transaction turns out to have committed part of its work before the failure. */
    private boolean partlyCommitted;

    /** {@code backup} null: no row backups. */
    MigrationExecutor(Session session, MigrationListener listener, RowBackup backup, boolean preChecks) {
        this.session = session;
        this.listener = listener;
        this.backup = backup;
        this.preChecks = preChecks;
    }

    /** Stops before the next statement once the lock's connection is gone: another migrator may be running. */
    MigrationExecutor guardedBy(MigrationLock lock) {
        this.lock = lock;
        return this;
    }

    /** A migration and direction whose script is already split, so a bad script fails before anything runs. */
    record Step(Migration migration, Direction direction, Script script, List<SqlStatement> statements) {
        MigrationRun toRun(Duration duration) {
            return new MigrationRun(migration.version(), migration.name(), direction, script.fileName(), statements,
                    duration);
        }
    }

    MigrationRun execute(Step step, long versionBefore) {
        if (session.dialect().transactionalDdl() && !step.script().noTransaction()) {
            return executeInOneTransaction(List.of(step), versionBefore).get(0);
        }
        Migration m = step.migration();
        listener.onEvent(new MigrationEvent.MigrationStarted(m.version(), m.name(), step.direction(),
                step.statements().size(), false));
        long start = System.nanoTime();
        try {
            runWithProgress(step, start);
        } catch (StatementFailure failure) {
            settle(step, failure);
            throw failed(step, failure, List.of(), versionBefore, start);
        } catch (SQLException e) {
            throw recordingFailed(step, e);
        }
        return succeeded(step, start);
    }

    /**
     * Statement {@code index} of a step sent in one text (MySQL/MariaDB, {@link MySqlOneRoundTrip}) reported an
     * error: the running row is settled and the failure reported and logged exactly as if it had run here.
     */
    MigrationException failedInText(Step step, int index, SQLException error, long versionBefore, long start) {
        StatementFailure failure = new StatementFailure(step.statements().get(index), index, error);
        settle(step, failure);
        return failed(step, failure, List.of(), versionBefore, start);
    }

    /** A history write of a step sent in one text failed: its row stays as it is (InDoubt resolves a running one). */
    MigrationException recordingFailedInText(Step step, SQLException error) {
        return recordingFailed(step, error);
    }

    /**
     * Runs the steps and their history rows in one transaction: on failure nothing of any of them remains.
     * With one step this is the normal PostgreSQL path; with several, single-transaction mode.
     */
    List<MigrationRun> executeInOneTransaction(List<Step> steps, long versionBefore) {
        Connection c = session.connection();
        List<Long> starts = new ArrayList<>();
        Step current = null;
        TransactionProbe probe = null;
        try {
            c.setAutoCommit(false);
            // only Java code can end the transaction early: SQL that would is refused before anything runs
            // (ScriptChecks), so SQL-only transactions spare the probe's round trip
            if (steps.stream().anyMatch(step -> step.script().isJava())) {
                probe = TransactionProbe.start(c, session.dialect());
            }
            for (Step step : steps) {
                current = step;
                Migration m = step.migration();
                listener.onEvent(new MigrationEvent.MigrationStarted(m.version(), m.name(), step.direction(),
                        step.statements().size(), true));
                long start = System.nanoTime();
                starts.add(start);
                PreChecks checks = plan(step);
                runEarlyChecks(step, checks);
                runStatements(step, checks, false);
                record(step, millisSince(start));
            }
            c.commit();
        } catch (StatementFailure failure) {
            QuietConnections.rollback(c);
            QuietConnections.autoCommit(c);
            partlyCommitted = probe != null && probe.committed(c);
            throw failed(current, failure, steps, versionBefore, starts.get(starts.size() - 1));
        } catch (SQLException e) {
            QuietConnections.rollback(c);
            throw recordingFailed(current == null ? steps.get(0) : current, e);
        } finally {
            QuietConnections.autoCommit(c);
        }
        List<MigrationRun> runs = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            runs.add(succeeded(steps.get(i), starts.get(i)));
        }
        return runs;
    }

    private void record(Step step, long millis) throws SQLException {
        HistoryStore history = session.history();
        Connection c = session.connection();
        // one round trip for both rows where the database allows (they commit together either way)
        if (step.direction() == Direction.UP) {
            history.insertAndLog(c, row(step, HistoryState.APPLIED, step.statements().size(), millis),
                    logEntry(step, "success", null, millis));
        } else {
            history.deleteAndLog(c, step.migration().version(), logEntry(step, "success", null, millis));
        }
    }

    private MigrationRun succeeded(Step step, long start) {
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        Migration m = step.migration();
        listener.onEvent(new MigrationEvent.MigrationSucceeded(m.version(), m.name(), step.direction(), duration));
        return step.toRun(duration);
    }

    private MigrationException recordingFailed(Step step, SQLException e) {
        return new MigrationException(CoreErrorCode.DATABASE_ERROR, "Recording migration " + step.migration().label()
                + " in " + session.history().qualifiedName() + " failed: " + e.getMessage() + ". Check the history"
                + " with status before running anything else.", e);
    }

    private void runWithProgress(Step step, long start) throws SQLException, StatementFailure {
        Connection c = session.connection();
        HistoryStore history = session.history();
        long version = step.migration().version();
        int total = step.statements().size();
        PreChecks checks = plan(step);
        runEarlyChecks(step, checks); // before the history says dirty: a failure here leaves nothing changed
        if (step.direction() == Direction.UP) {
            history.insert(c, row(step, HistoryState.RUNNING, 0, 0));
        } else {
            history.markDirty(c, version, Direction.DOWN, total);
        }
        runStatements(step, checks, true);
        long millis = millisSince(start);
        if (step.direction() == Direction.UP) {
            history.markApplied(c, version, total, millis);
        } else {
            history.delete(c, version);
        }
        history.log(c, logEntry(step, "success", null, millis));
    }

    /**
     * The statement reported an error, so it did not commit: the running row becomes dirty with the exact
     * count. When the connection is gone the error may be the connection's, not the statement's; the row then
     * stays running and the next command checks the statement's effect (InDoubt).
     */
    private void settle(Step step, StatementFailure failure) {
        if (failure.beforeFirst) {
            return;
        }
        Connection c = session.connection();
        try {
            if (c.isValid(5)) {
                session.history().markSettled(c, step.migration().version(), failure.index);
            }
        } catch (SQLException e) {
            // left running: the next command resolves the statement from the catalog
        }
    }

    /** The pre-checks of a SQL migration; none for Java migrations (their SQL is not known in advance). */
    private PreChecks plan(Step step) {
        return PreChecks.plan(session.dialect(), preChecks && !step.script().isJava() ? step.statements() : List.of());
    }

    private void runEarlyChecks(Step step, PreChecks checks) throws StatementFailure {
        try {
            checks.runEarly(session.connection());
        } catch (PreChecks.Failure f) {
            throw new StatementFailure(step.statements().get(f.index()), f.index(), f, true);
        } catch (SQLException e) {
            throw new StatementFailure(step.statements().get(0), 0, e, true);
        }
    }

    /** Before statement {@code i}: its late pre-checks, then the backup of what it destroys. */
    private void beforeStatement(Step step, PreChecks checks, int i) throws Exception {
        Connection c = session.connection();
        checks.runBefore(c, i);
        if (backup == null || step.script().isJava()) {
            return;
        }
        Migration m = step.migration();
        SqlStatement statement = step.statements().get(i);
        String origin = "statement " + statement.number() + " of " + step.script().location() + " (line "
                + statement.line() + ")";
        for (RowBackup.Saved saved : backup.save(c, session.dialect(), statement.sql(), origin)) {
            listener.onEvent(new MigrationEvent.RowsSaved(m.version(), m.name(), saved.what(), saved.rows(),
                    saved.file(), saved.restoreScript()));
        }
    }

    private void runStatements(Step step, PreChecks checks, boolean recordProgress)
            throws SQLException, StatementFailure {
        Connection c = session.connection();
        List<SqlStatement> statements = step.statements();
        Migration m = step.migration();
        try (Statement jdbc = c.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                SqlStatement statement = statements.get(i);
                long start = System.nanoTime();
                if (i > 0 && lock != null && !lock.stillHeld()) {
                    throw new StatementFailure(statement, i, new LockLost());
                }
                try {
                    beforeStatement(step, checks, i);
                    if (step.script().isJava()) {
                        runJava(step);
                    } else {
                        jdbc.execute(statement.sql());
                    }
                } catch (Exception e) {
                    throw new StatementFailure(statement, i, e);
                }
                listener.onEvent(new MigrationEvent.StatementExecuted(m.version(), m.name(), statement.number(),
                        statements.size(), statement.line(), Duration.ofNanos(System.nanoTime() - start)));
                if (recordProgress && i < statements.size() - 1) {
                    session.history().markProgress(c, m.version(), i + 1);
                }
            }
        }
    }

    private void runJava(Step step) throws Exception {
        JavaMigration.Context context = new JavaContext(session.connection(), session.kind(), session.schema());
        if (step.direction() == Direction.UP) {
            step.script().java().up(context);
        } else {
            step.script().java().down(context);
        }
    }

    private record JavaContext(Connection connection, DatabaseKind kind, String schema)
            implements JavaMigration.Context {
    }

    private MigrationException failed(Step step, StatementFailure failure, List<Step> batch, long versionBefore,
                                      long start) {
        Migration m = step.migration();
        SqlStatement statement = failure.statement;
        boolean transactional = !batch.isEmpty();
        boolean preCheck = failure.cause instanceof PreChecks.Failure;
        int committed = transactional || failure.beforeFirst ? 0 : failure.index;
        String where = step.script().isJava() ? step.script().location() + "." + step.direction().dbValue()
                + "(Context)" : "statement " + statement.number() + " of " + step.statements().size() + " ("
                + step.script().location() + " line " + statement.line() + ")";
        String state = transactional ? partlyCommitted ? FailureStates.partlyCommitted(step)
                : FailureStates.rolledBack(batch, versionBefore)
                : failure.beforeFirst
                ? FailureStates.notStarted(versionBefore) : leftDirty(step, committed, versionBefore);
        boolean lockLost = failure.cause instanceof LockLost;
        String error = failure.cause instanceof SQLException || preCheck || lockLost
                || failure.cause instanceof RowBackup.Failure ? failure.cause.getMessage() : failure.cause.toString();
        listener.onEvent(new MigrationEvent.MigrationFailed(m.version(), m.name(), step.direction(),
                statement.number(), statement.line(), committed, error));
        logFailure(step, where + ": " + error, millisSince(start));
        return new MigrationException(preCheck ? CoreErrorCode.PRECHECK_FAILED : lockLost
                ? CoreErrorCode.DATABASE_ERROR : CoreErrorCode.MIGRATION_FAILED,
                (step.direction() == Direction.UP ? "Migration " : "Rollback of migration ") + m.label() + " failed "
                + (preCheck ? "the pre-check of " : step.script().isJava() ? "in " : "at ") + where + ": " + error
                + "\n" + state, new FailureDetails.StatementFailed(m.version(), step.direction(),
                step.script().fileName(), statement.number(), step.statements().size(), statement.line(), committed),
                failure.cause);
    }

    private String leftDirty(Step step, int committed, long versionBefore) {
        Migration m = step.migration();
        String why = step.script().noTransaction() ? "the file runs without a transaction (-- migration:"
                + "no-transaction)" : session.dialect().displayName() + " commits DDL immediately";
        return (committed == 0 ? "No statement of it had committed" : "Statements 1–" + committed
                + " had already committed") + " (" + why + "), so version " + m.version()
                + " is now marked dirty. Repair by hand, then record the outcome with force: version "
                + (step.direction() == Direction.UP ? m.version() + " if you complete the migration, or "
                + versionBefore + " if you undo its committed statements"
                : versionBefore(step, versionBefore) + " if you complete the rollback, or " + m.version()
                + " if you redo its committed statements")
                + " (mvn migration:force -Dversion=V, or Migrator.force(V))."
                + (step.direction() == Direction.UP ? Messages.correctedFile(m.version()) : "");
    }

    /** The version a completed rollback leaves behind: the highest recorded one below this migration. */
    private long versionBefore(Step step, long fallback) {
        try {
            return StateAnalysis.previousVersion(session.history().readAll(session.connection()),
                    step.migration().version());
        } catch (SQLException e) {
            return fallback;
        }
    }

    private void logFailure(Step step, String detail, long millis) {
        try {
            session.history().log(session.connection(), logEntry(step, "failed", detail, millis));
        } catch (SQLException e) {
            listener.onEvent(new MigrationEvent.Warning("Could not write the failure to the migration log: "
                    + e.getMessage()));
        }
    }

    private AppliedMigration row(Step step, HistoryState state, int done, long millis) {
        Migration m = step.migration();
        return new AppliedMigration(m.version(), m.name(), m.checksum(), state, step.direction(), done,
                step.statements().size(), null, millis, session.user(), session.runId());
    }

    private LogEntry logEntry(Step step, String outcome, String detail, long millis) {
        Migration m = step.migration();
        return new LogEntry(session.runId(), step.direction().dbValue(), m.version(), m.name(), outcome,
                detail, session.user(), session.host(), millis);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** The lock's connection is gone, so the statement was not started. */
    private static final class LockLost extends Exception {
        LockLost() {
            super("the connection holding the migration lock was lost, so another migrator may already be running;"
                    + " this statement was not started");
        }
    }

    /** A statement's SQLException with where it happened. */
    private static final class StatementFailure extends Exception {
        final transient SqlStatement statement;
        final int index;
        final Exception cause;
        /** It failed before the migration's first statement ran (an early pre-check). */
        final boolean beforeFirst;

        StatementFailure(SqlStatement statement, int index, Exception cause) {
            this(statement, index, cause, false);
        }

        StatementFailure(SqlStatement statement, int index, Exception cause, boolean beforeFirst) {
            super(cause);
            this.statement = statement;
            this.index = index;
            this.cause = cause;
            this.beforeFirst = beforeFirst;
        }
    }
}
