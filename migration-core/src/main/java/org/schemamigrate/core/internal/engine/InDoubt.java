package org.schemamigrate.core.internal.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schemamigrate.core.Direction;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.event.MigrationListener;
import org.schemamigrate.core.internal.history.AppliedMigration;
import org.schemamigrate.core.internal.history.HistoryState;
import org.schemamigrate.core.internal.history.LogEntry;
import org.schemamigrate.core.source.Migration;
import org.schemamigrate.core.source.MigrationDirectory;
import org.schemamigrate.core.source.Script;
import org.schemamigrate.core.internal.sql.ScriptSplitter;
import org.schemamigrate.core.SqlStatement;

/**
 * Resolves a history row left running by a migrator that died: the statement after the committed ones was
 * started, and the server may have finished it after the client was gone (MySQL and MariaDB do). First waits
 * until no other session still runs that statement, then reads its effect in the catalog (DDL); with the
 * lock held the row is settled to the exact count. DML leaves the row running, with the evidence.
 */
final class InDoubt {
    private static final Duration POLL = Duration.ofMillis(200);

    /** The rows as they are after resolving, and per in-doubt version the sentence that explains it. */
    record Resolution(List<AppliedMigration> rows, Map<Long, String> notes) {
    }

    private final Session session;
    private final MigrationListener listener;
    private final Duration wait;

    InDoubt(Session session, MigrationListener listener, Duration wait) {
        this.session = session;
        this.listener = listener;
        this.wait = wait;
    }

    /** {@code settle}: the lock is held, so the row may be rewritten (status and validate only report). */
    Resolution resolve(MigrationDirectory directory, List<AppliedMigration> rows, boolean settle) {
        Map<Long, String> notes = new HashMap<>();
        List<AppliedMigration> result = new ArrayList<>(rows);
        for (int i = 0; i < result.size(); i++) {
            AppliedMigration row = result.get(i);
            if (!row.inDoubt()) {
                continue;
            }
            try {
                AppliedMigration settled = resolve(row, directory.find(row.version()).orElse(null), settle, notes);
                result.set(i, settled);
            } catch (SQLException e) {
                notes.put(row.version(), header(row, null) + "; checking its effect failed (" + e.getMessage()
                        + ").");
            }
        }
        return new Resolution(result, notes);
    }

    private AppliedMigration resolve(AppliedMigration row, Migration migration, boolean settle,
                                     Map<Long, String> notes) throws SQLException {
        Script script = migration == null ? null : row.operation() == Direction.DOWN ? migration.down()
                : migration.up();
        int index = row.statementsDone();
        if (script == null || script.isJava() || index >= row.statementsTotal()) {
            notes.put(row.version(), header(row, null) + "; "
                    + (script == null ? "its file is missing, so its effect cannot be checked."
                    : script.isJava() ? "a Java migration's effect cannot be read from the catalog." : "."));
            return row;
        }
        List<SqlStatement> statements = session.dialect().splitter().split(script.content(),
                script.location());
        if (statements.size() != row.statementsTotal() || index >= statements.size()) {
            notes.put(row.version(), header(row, null) + "; " + script.location() + " now has " + statements.size()
                    + " statements, not the " + row.statementsTotal() + " that ran, so it cannot be checked.");
            return row;
        }
        SqlStatement statement = statements.get(index);
        String still = waitWhileRunning(statement.sql());
        if (still != null) {
            notes.put(row.version(), header(row, statement) + "; it is still running on the server (" + still
                    + "). Wait for it to end, or stop it, " + FailureStates.TRY_AGAIN + ".");
            return row;
        }
        StatementEffect effect = StatementEffect.of(statement.sql());
        if (effect == null) {
            notes.put(row.version(), header(row, statement) + "; its effect does not show in the catalog, so"
                    + " check it by hand" + evidence(statement.sql()) + ". If it committed, statements 1–"
                    + (index + 1) + " are done; otherwise 1–" + index + ".");
            return row;
        }
        boolean exists = new CatalogLookup(session).exists(effect);
        boolean committed = exists == effect.present();
        int done = committed ? index + 1 : index;
        notes.put(row.version(), header(row, statement) + "; " + effect.object() + (exists ? " exists" : " does"
                + " not exist") + ", so it " + (committed ? "did" : "did not") + ". The record "
                + (settle ? "now says" : "is read as") + " statements 1–" + done + " committed.");
        if (!settle) {
            return copy(row, done);
        }
        Connection c = session.connection();
        session.history().markSettled(c, row.version(), done);
        session.history().log(c, new LogEntry(session.runId(), "resolve", row.version(), row.name(),
                committed ? "committed" : "not committed", "statement " + (index + 1) + " of "
                + row.statementsTotal() + ": " + effect.object() + (exists ? " exists" : " does not exist"),
                session.user(), session.host(), 0));
        return copy(row, done);
    }

    private static AppliedMigration copy(AppliedMigration row, int done) {
        return new AppliedMigration(row.version(), row.name(), row.checksum(), HistoryState.DIRTY, row.operation(),
                done, row.statementsTotal(), row.appliedAt(), row.executionMs(), row.appliedBy(), row.runId());
    }

    private static String header(AppliedMigration row, SqlStatement statement) {
        int k = row.statementsDone() + 1;
        return "Statement " + k + " of " + row.statementsTotal() + " of the " + row.operation().dbValue() + " of "
                + row.label() + (statement == null ? "" : " (line " + statement.line() + ")") + " was running when"
                + " the migrator stopped, so it may or may not have committed";
    }

    /** For DML: the row count of the table it writes, which the person deciding can compare. */
    private String evidence(String sql) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "^(?:INSERT (?:IGNORE )?INTO|UPDATE|DELETE FROM|REPLACE INTO) ((?:\"[^\"]+\"|`[^`]+`|[^ (]+))")
                .matcher(org.schemamigrate.core.lint.SqlText.normalise(sql));
        if (!m.find()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String part : m.group(1).split("\\.")) {
            parts.add(session.dialect().quote(org.schemamigrate.core.lint.SqlText.name(part)));
        }
        String table = String.join(".", parts);
        try (Statement s = session.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            return rs.next() ? " (" + table + " now has " + rs.getLong(1) + " rows)" : "";
        } catch (SQLException e) {
            return "";
        }
    }

    /** Null once no other session runs the statement; else who still does, after waiting up to the lock timeout. */
    private String waitWhileRunning(String sql) throws SQLException {
        String query = session.dialect().runningStatementQuery();
        long deadline = System.nanoTime() + wait.toNanos();
        boolean reported = false;
        while (true) {
            String holder = null;
            try (PreparedStatement ps = session.connection().prepareStatement(query)) {
                ps.setString(1, sql);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        holder = "session " + rs.getString(1) + ", running for " + rs.getString(2);
                    }
                }
            }
            if (holder == null || System.nanoTime() > deadline) {
                return holder;
            }
            if (!reported) {
                listener.onEvent(new MigrationEvent.Warning("The statement the previous migrator was running is"
                        + " still running on the server (" + holder + "); waiting for it to end before reading"
                        + " its effect."));
                reported = true;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return holder;
            }
        }
    }
}
