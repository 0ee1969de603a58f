package org.schemamigrate.core.internal.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.core.Direction;
import org.schemamigrate.core.MigrationRun;
import org.schemamigrate.core.SqlStatement;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.event.MigrationListener;
import org.schemamigrate.core.internal.history.AppliedMigration;
import org.schemamigrate.core.internal.history.HistoryState;
import org.schemamigrate.core.internal.history.HistoryText;
import org.schemamigrate.core.internal.history.LogEntry;
import org.schemamigrate.core.internal.safety.PreChecks;
import org.schemamigrate.core.source.Migration;

/**
 * SQL migrations on PostgreSQL sent as one text: per migration {@code BEGIN}, its statements, its history and
 * log rows and {@code COMMIT}, so a run of pending migrations costs one round trip instead of four or more per
 * migration (each statement, row and log, commit). Each explicit transaction makes its migration all or nothing
 * exactly as statement by statement: an error skips the rest, COMMIT included, and the server rolls it back; a
 * connection that dies leaves the open transaction uncommitted. After an error the history tells which
 * migrations committed, and the failed one is run again statement by statement ({@link MigrationExecutor}),
 * which reports the failing statement and records the failure as usual. The events come after the commit.
 */
final class OneRoundTrip {
    private final Session session;
    private final MigrationListener listener;

    OneRoundTrip(Session session, MigrationListener listener) {
        this.session = session;
        this.listener = listener;
    }

    /**
     * The leading steps that fit (see {@link #fits}), sent at once; returns those that committed. On
     * MySQL/MariaDB with multi-statement texts allowed, see {@link MySqlOneRoundTrip}: a failure there throws.
     */
    List<MigrationRun> runLeading(List<MigrationExecutor.Step> steps, boolean preChecks, boolean backups,
                                  MigrationExecutor executor, long versionBefore) {
        if (!session.dialect().transactionalDdl()) {
            if (backups || !MySqlOneRoundTrip.allowed(session)) {
                return List.of();
            }
            int fit = 0;
            while (fit < steps.size() && MySqlOneRoundTrip.fits(steps.get(fit))
                    && (!preChecks || PreChecks.plan(session.dialect(), steps.get(fit).statements()).none())) {
                fit++;
            }
            return fit == 0 ? List.of() : new MySqlOneRoundTrip(session, listener, executor)
                    .run(steps.subList(0, fit), versionBefore);
        }
        int fit = 0;
        while (fit < steps.size() && fits(steps.get(fit), preChecks, backups)) {
            fit++;
        }
        return fit == 0 ? List.of() : run(steps.subList(0, fit));
    }

    /** SQL in a transaction on PostgreSQL, with no pre-check and no row backup to run between statements. */
    private boolean fits(MigrationExecutor.Step step, boolean preChecks, boolean backups) {
        return session.dialect().transactionalDdl() && session.dialect().writableCte()
                && !step.script().noTransaction() && !step.script().isJava() && !backups
                && (!preChecks || PreChecks.plan(session.dialect(), step.statements()).none());
    }

    /**
     * Sends the steps as one text, each in its own transaction with its history row, each after the first
     * guarded by its predecessor's row (should the driver split the text with a Sync, an earlier failure still
     * stops every later step). Returns the runs that committed: all, or those before the first that failed;
     * the failed one and the rest are left to run statement by statement.
     */
    List<MigrationRun> run(List<MigrationExecutor.Step> steps) {
        Connection c = session.connection();
        long start = System.nanoTime();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            MigrationExecutor.Step step = steps.get(i);
            text.append(i == 0 ? "BEGIN" : "\n;\nBEGIN");
            if (i > 0) {
                text.append("\n;\n").append(guard(steps.get(i - 1)));
            }
            for (SqlStatement statement : step.statements()) {
                // on a line of its own: a statement may end in a line comment
                text.append("\n;\n").append(statement.sql());
            }
            text.append("\n;\n").append(new HistoryText(session.history()).record(row(step), logEntry(step)))
                    .append("\n;\nCOMMIT");
        }
        int committed = steps.size();
        try (Statement jdbc = c.createStatement()) {
            jdbc.execute(text.toString());
        } catch (SQLException e) {
            rollback(c);
            committed = committedSteps(steps);
        }
        Duration each = Duration.ofNanos((System.nanoTime() - start) / steps.size());
        List<MigrationRun> runs = new ArrayList<>();
        for (MigrationExecutor.Step step : steps.subList(0, committed)) {
            report(step, each);
            runs.add(step.toRun(each));
        }
        return runs;
    }

    /** Fails (division by zero) unless the previous step's row shows it committed. */
    private String guard(MigrationExecutor.Step previous) {
        return "SELECT 1 / " + (previous.direction() == Direction.UP ? "" : "(1 - ") + "COUNT(*)"
                + (previous.direction() == Direction.UP ? "" : ")") + " FROM " + session.history().qualifiedName()
                + " WHERE version = " + previous.migration().version();
    }

    /** After a failure, the history says how many steps committed; none when it cannot be read. */
    private int committedSteps(List<MigrationExecutor.Step> steps) {
        List<AppliedMigration> rows;
        try {
            rows = session.history().readAll(session.connection());
        } catch (SQLException e) {
            return 0;
        }
        int done = 0;
        for (MigrationExecutor.Step step : steps) {
            boolean recorded = rows.stream().anyMatch(r -> r.version() == step.migration().version());
            if (recorded != (step.direction() == Direction.UP)) {
                break;
            }
            done++;
        }
        return done;
    }

    private void report(MigrationExecutor.Step step, Duration duration) {
        Migration m = step.migration();
        List<SqlStatement> statements = step.statements();
        listener.onEvent(new MigrationEvent.MigrationStarted(m.version(), m.name(), step.direction(),
                statements.size(), true));
        for (SqlStatement s : statements) {
            listener.onEvent(new MigrationEvent.StatementExecuted(m.version(), m.name(), s.number(),
                    statements.size(), s.line(), s.number() == statements.size() ? duration : Duration.ZERO));
        }
        listener.onEvent(new MigrationEvent.MigrationSucceeded(m.version(), m.name(), step.direction(), duration));
    }

    /** The error ended the text before its COMMIT: the transaction is open and failed until rolled back. */
    private static void rollback(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            // a broken connection: the server discards the open transaction itself
        }
    }

    private AppliedMigration row(MigrationExecutor.Step step) {
        if (step.direction() == Direction.DOWN) {
            return null;
        }
        Migration m = step.migration();
        return new AppliedMigration(m.version(), m.name(), m.checksum(), HistoryState.APPLIED, Direction.UP,
                step.statements().size(), step.statements().size(), null, 0, session.user(), session.runId());
    }

    private LogEntry logEntry(MigrationExecutor.Step step) {
        Migration m = step.migration();
        return new LogEntry(session.runId(), step.direction().dbValue(), m.version(), m.name(), "success", null,
                session.user(), session.host(), 0);
    }
}
