package org.schemamigrate.core.internal.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.schemamigrate.core.Direction;
import org.schemamigrate.core.MigrationRun;
import org.schemamigrate.core.SqlStatement;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.event.MigrationListener;
import org.schemamigrate.core.internal.history.AppliedMigration;
import org.schemamigrate.core.internal.history.HistoryState;
import org.schemamigrate.core.internal.history.LogEntry;
import org.schemamigrate.core.internal.safety.PreChecks;
import org.schemamigrate.core.source.Migration;

/**
 * A SQL migration on PostgreSQL sent as one text: {@code BEGIN}, its statements, its history and log rows and
 * {@code COMMIT}, so it costs one round trip instead of one per statement plus three (row, log, commit). The
 * explicit transaction makes it all or nothing exactly as statement by statement: an error skips the rest,
 * COMMIT included, and the server rolls it all back; a connection that dies leaves the transaction uncommitted.
 * On any error the migration is run again statement by statement ({@link MigrationExecutor}), which reports the
 * failing statement and records the failure as usual. The statement events come after the commit.
 */
final class OneRoundTrip {
    private final Session session;
    private final MigrationListener listener;

    OneRoundTrip(Session session, MigrationListener listener) {
        this.session = session;
        this.listener = listener;
    }

    /** SQL in a transaction on PostgreSQL, with no pre-check and no row backup to run between statements. */
    static boolean fits(Session session, MigrationExecutor.Step step, PreChecks checks, boolean backups) {
        return session.dialect().transactionalDdl() && session.dialect().writableCte()
                && !step.script().noTransaction() && !step.script().isJava() && checks.none() && !backups;
    }

    /** The run, or empty when the server reported an error (then nothing of the migration remains). */
    Optional<MigrationRun> run(MigrationExecutor.Step step) {
        Connection c = session.connection();
        long start = System.nanoTime();
        StringBuilder text = new StringBuilder("BEGIN");
        for (SqlStatement statement : step.statements()) {
            // on a line of its own: a statement may end in a line comment
            text.append("\n;\n").append(statement.sql());
        }
        text.append("\n;\n").append(session.history().recordText(row(step), logEntry(step))).append(";\nCOMMIT");
        try (Statement jdbc = c.createStatement()) {
            jdbc.execute(text.toString());
        } catch (SQLException e) {
            rollback(c);
            return Optional.empty();
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        Migration m = step.migration();
        List<SqlStatement> statements = step.statements();
        listener.onEvent(new MigrationEvent.MigrationStarted(m.version(), m.name(), step.direction(),
                statements.size(), true));
        for (SqlStatement s : statements) {
            listener.onEvent(new MigrationEvent.StatementExecuted(m.version(), m.name(), s.number(),
                    statements.size(), s.line(), s.number() == statements.size() ? duration : Duration.ZERO));
        }
        listener.onEvent(new MigrationEvent.MigrationSucceeded(m.version(), m.name(), step.direction(), duration));
        return Optional.of(step.toRun(duration));
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
