package org.schemamigrate.core.internal.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.schemamigrate.core.Direction;
import org.schemamigrate.core.MigrationRun;
import org.schemamigrate.core.SqlStatement;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.event.MigrationListener;
import org.schemamigrate.core.internal.history.AppliedMigration;
import org.schemamigrate.core.internal.history.HistoryState;
import org.schemamigrate.core.internal.history.HistoryText;
import org.schemamigrate.core.internal.history.LogEntry;
import org.schemamigrate.core.source.Migration;

/**
 * Pending SQL migrations on MySQL/MariaDB sent as one multi-statement text, where the connection allows it
 * ({@code allowMultiQueries=true}, the same property in mysql-connector-j and the MariaDB driver). DDL commits
 * at once there, so the text is exactly what statement by statement sends: per migration its running row, each
 * statement followed by its progress row, then the applied row and the log. The server stops at the first
 * error, so a failure leaves the history as the statement-by-statement run would; the results received before
 * the error say which statement failed, and the failed migration is then settled dirty and reported as usual.
 */
final class MySqlOneRoundTrip {
    private final Session session;
    private final MigrationListener listener;
    private final MigrationExecutor executor;

    /** What the text's n-th statement is: statement {@code index} of step {@code step}, or a history write (-1). */
    private record Part(int step, int index) {
    }

    MySqlOneRoundTrip(Session session, MigrationListener listener, MigrationExecutor executor) {
        this.session = session;
        this.listener = listener;
        this.executor = executor;
    }

    /** MySQL or MariaDB, reached by a URL that allows multi-statement texts. */
    static boolean allowed(Session session) {
        if (session.dialect().transactionalDdl()) {
            return false;
        }
        try {
            String url = session.connection().getMetaData().getURL();
            return url != null && url.toLowerCase(Locale.ROOT).replace(" ", "").contains("allowmultiqueries=true");
        } catch (SQLException e) {
            return false;
        }
    }

    /** An up of SQL with no pre-check and no backup, and no CALL (whose results could not be counted). */
    static boolean fits(MigrationExecutor.Step step) {
        return step.direction() == Direction.UP && !step.script().isJava() && step.statements().stream()
                .noneMatch(s -> s.sql().stripLeading().toUpperCase(Locale.ROOT).startsWith("CALL"));
    }

    /** Sends the steps; returns their runs, or throws as statement by statement would after the first failure. */
    List<MigrationRun> run(List<MigrationExecutor.Step> steps, long versionBefore) {
        HistoryText text = new HistoryText(session.history());
        List<String> parts = new ArrayList<>();
        List<Part> what = new ArrayList<>();
        for (int s = 0; s < steps.size(); s++) {
            MigrationExecutor.Step step = steps.get(s);
            Migration m = step.migration();
            int total = step.statements().size();
            add(parts, what, text.running(new AppliedMigration(m.version(), m.name(), m.checksum(),
                    HistoryState.RUNNING, Direction.UP, 0, total, null, 0, session.user(), session.runId())), s, -1);
            for (int i = 0; i < total; i++) {
                add(parts, what, step.statements().get(i).sql(), s, i);
                if (i < total - 1) {
                    add(parts, what, text.progress(m.version(), i + 1), s, -1);
                }
            }
            add(parts, what, text.applied(m.version(), total, session.dialect().now()), s, -1);
            add(parts, what, text.logSuccess(new LogEntry(session.runId(), Direction.UP.dbValue(), m.version(),
                    m.name(), "success", null, session.user(), session.host(), 0)), s, -1);
        }
        long start = System.nanoTime();
        int received = 0;
        SQLException error = null;
        try (Statement jdbc = session.connection().createStatement()) {
            // each separator on a line of its own: a statement may end in a line comment
            boolean resultSet = jdbc.execute(String.join("\n;\n", parts));
            while (resultSet || jdbc.getUpdateCount() != -1) {
                received++;
                resultSet = jdbc.getMoreResults();
            }
        } catch (SQLException e) {
            error = e;
        }
        Part failed = error == null ? null : locate(steps, what, received);
        int failedStep = failed == null ? steps.size() : failed.step();
        Duration each = Duration.ofNanos((System.nanoTime() - start) / steps.size());
        List<MigrationRun> runs = new ArrayList<>();
        for (MigrationExecutor.Step step : steps.subList(0, failedStep)) {
            report(step, each);
            runs.add(step.toRun(each));
        }
        if (error != null) {
            throw failure(steps, failed, error, versionBefore, start);
        }
        return runs;
    }

    /**
     * Where the text stopped: the history says which migration is not applied and how many of its statements
     * committed; the results received before the error tell a failed statement from a failed history write
     * after it (a driver that reports the error before the earlier results is taken to mean the statement).
     */
    private Part locate(List<MigrationExecutor.Step> steps, List<Part> what, int received) {
        Part reported = what.get(Math.min(received, what.size() - 1));
        List<AppliedMigration> rows;
        try {
            rows = session.history().readAll(session.connection());
        } catch (SQLException e) {
            return reported;
        }
        for (int s = 0; s < steps.size(); s++) {
            long version = steps.get(s).migration().version();
            AppliedMigration row = rows.stream().filter(r -> r.version() == version).findFirst().orElse(null);
            if (row != null && row.state() == HistoryState.APPLIED) {
                continue;
            }
            if (row == null || row.statementsDone() >= steps.get(s).statements().size()) {
                return new Part(s, -1);
            }
            Part statement = new Part(s, row.statementsDone());
            boolean writeAfterIt = reported.index() < 0 && received > 0 && what.get(received - 1).equals(statement);
            return writeAfterIt ? reported : statement;
        }
        return reported;
    }

    private static void add(List<String> parts, List<Part> what, String sql, int step, int index) {
        parts.add(sql);
        what.add(new Part(step, index));
    }

    private RuntimeException failure(List<MigrationExecutor.Step> steps, Part failed, SQLException error,
                                     long versionBefore, long start) {
        MigrationExecutor.Step step = steps.get(failed.step());
        long before = failed.step() == 0 ? versionBefore : steps.get(failed.step() - 1).migration().version();
        Migration m = step.migration();
        listener.onEvent(new MigrationEvent.MigrationStarted(m.version(), m.name(), Direction.UP,
                step.statements().size(), false));
        for (int i = 0; i < Math.max(0, failed.index()); i++) {
            SqlStatement s = step.statements().get(i);
            listener.onEvent(new MigrationEvent.StatementExecuted(m.version(), m.name(), s.number(),
                    step.statements().size(), s.line(), Duration.ZERO));
        }
        return failed.index() >= 0 ? executor.failedInText(step, failed.index(), error, before, start)
                : executor.recordingFailedInText(step, error);
    }

    private void report(MigrationExecutor.Step step, Duration duration) {
        Migration m = step.migration();
        List<SqlStatement> statements = step.statements();
        listener.onEvent(new MigrationEvent.MigrationStarted(m.version(), m.name(), Direction.UP,
                statements.size(), false));
        for (SqlStatement s : statements) {
            listener.onEvent(new MigrationEvent.StatementExecuted(m.version(), m.name(), s.number(),
                    statements.size(), s.line(), s.number() == statements.size() ? duration : Duration.ZERO));
        }
        listener.onEvent(new MigrationEvent.MigrationSucceeded(m.version(), m.name(), Direction.UP, duration));
    }
}
