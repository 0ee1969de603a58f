package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.Direction;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.lint.Category;
import org.schemamigrate.core.lint.Finding;

class LogListenerTest {
    private final AtomicLong now = new AtomicLong();
    private final CapturingLog log = new CapturingLog(false);
    private final LogListener listener = new LogListener(log, now::get);

    @Test
    void oneLinePerMigration() {
        listener.onEvent(new MigrationEvent.MigrationStarted(1, "create_users", Direction.UP, 2, true));
        listener.onEvent(new MigrationEvent.StatementExecuted(1, "create_users", 1, 2, 1, Duration.ofMillis(3)));
        listener.onEvent(new MigrationEvent.MigrationSucceeded(1, "create_users", Direction.UP,
                Duration.ofMillis(35)));
        listener.onEvent(new MigrationEvent.MigrationSucceeded(1, "create_users", Direction.DOWN,
                Duration.ofMillis(4)));
        assertThat(log.lines).containsExactly("INFO Applied 1 create_users (35 ms)",
                "INFO Rolled back 1 create_users (4 ms)");
    }

    @Test
    void longMigrationsReportEachStatement() {
        listener.onEvent(new MigrationEvent.MigrationStarted(7, "backfill", Direction.UP, 3, false));
        now.addAndGet(Duration.ofSeconds(3).toNanos());
        listener.onEvent(new MigrationEvent.StatementExecuted(7, "backfill", 2, 3, 14, Duration.ofSeconds(3)));
        assertThat(log.lines).containsExactly("INFO   7 backfill: statement 2/3 (line 14) done in 3.0 s");
    }

    @Test
    void failuresWarningsAndLocks() {
        listener.onEvent(new MigrationEvent.MigrationFailed(2, "add_orders", Direction.UP, 2, 3, 1, "boom"));
        listener.onEvent(new MigrationEvent.Warning("careful"));
        listener.onEvent(new MigrationEvent.LockWaiting("advisory lock 42", "pid 7", Duration.ofSeconds(5),
                Duration.ofMinutes(10)));
        listener.onEvent(new MigrationEvent.LockAcquired("advisory lock 42", Duration.ofSeconds(6)));
        listener.onEvent(new MigrationEvent.HistoryTableCreated("\"public\".\"migration_history\""));
        assertThat(log.lines).containsExactly(
                "ERROR Failed to apply 2 add_orders at statement 2 (line 3); 1 statement(s) stayed committed",
                "WARN careful",
                "WARN Waiting for advisory lock 42, held by pid 7 (5.0 s of 10 min 0 s; migration.lockTimeout sets"
                        + " the limit)",
                "INFO Got advisory lock 42 after 6.0 s",
                "INFO Created the history table \"public\".\"migration_history\" (with its _log and _batch tables)");
    }

    @Test
    void savedRowsSayWhereAndHowToRestore() {
        java.nio.file.Path run = java.nio.file.Path.of("target", "migration-backups", "20261122-230000");
        listener.onEvent(new MigrationEvent.RowsSaved(5, "drop_phone", "member.phone", 1234,
                run.resolve("member.phone.csv"), run.resolve("restore.sql")));
        assertThat(log.lines).containsExactly("INFO Saved 1,234 rows of member.phone to " + run.resolve(
                "member.phone.csv") + "; restore with " + run.resolve("restore.sql"));
    }

    @Test
    void aLongStatementOfAFindingIsShortenedToOneLine() {
        listener.onEvent(new MigrationEvent.RiskFound(new Finding("SM206", Category.DATA_DEPENDENT,
                "3_widen.up.sql", 1, 4, "ALTER TABLE customer\n    ALTER COLUMN code TYPE varchar(20),\n"
                + "    ALTER COLUMN name TYPE varchar(200),\n    ALTER COLUMN email TYPE varchar(300)",
                "changes a column of customer"), null));
        assertThat(log.lines).containsExactly("WARN 3_widen.up.sql:4 SM206 data-dependent: changes a column of"
                + " customer: ALTER TABLE customer ALTER COLUMN code TYPE varchar(20), ALTER COLUMN name TY...");
        assertThat(log.lines.get(0)).hasSize(("WARN 3_widen.up.sql:4 SM206 data-dependent: changes a column of"
                + " customer: ").length() + LogListener.SQL_WIDTH);
    }

    @Test
    void risksFoundBeforeTheRunAreWarningsWithTheirStatement() {
        listener.onEvent(new MigrationEvent.RiskFound(new Finding("SM201", Category.DATA_DEPENDENT,
                "2_add_code.up.sql", 1, 3, "ALTER TABLE customer ADD COLUMN code text NOT NULL",
                "adds a NOT NULL column without a default: fails if customer has rows"), null));
        listener.onEvent(new MigrationEvent.RiskFound(new Finding("SM102", Category.DESTRUCTIVE,
                "1_create.down.sql", 1, 1, "DROP TABLE customer", "drops a table and all its rows"),
                "-- migration:allow-destructive"));
        assertThat(log.lines).containsExactly(
                "WARN 2_add_code.up.sql:3 SM201 data-dependent: adds a NOT NULL column without a default: fails if"
                        + " customer has rows: ALTER TABLE customer ADD COLUMN code text NOT NULL",
                "WARN 1_create.down.sql:1 SM102 destructive: drops a table and all its rows (allowed by -- migration:"
                        + "allow-destructive): DROP TABLE customer");
    }

    @Test
    void batchRollbackNamesTheMigrationsBeforeTheFirstRuns() {
        listener.onEvent(new MigrationEvent.BatchRollbackPlanned(
                "deployment release-2 (batch b2) by ci@build-7 at 2026-11-22T20:57:19Z", List.of(4L, 3L)));
        assertThat(log.lines).containsExactly("INFO Rolling back the last batch, deployment release-2 (batch b2) by"
                + " ci@build-7 at 2026-11-22T20:57:19Z: 2 migrations, newest first: 4, 3");
    }

    @Test
    void anAlreadyAttemptedDeploymentIsSaidOnceByTheResultOrTheFailure() {
        listener.onEvent(new MigrationEvent.DeploymentAlreadyAttempted("release-2", "deployment release-2 …", true));
        assertThat(log.lines).isEmpty();
        CapturingLog debug = new CapturingLog(true);
        new LogListener(debug, now::get).onEvent(new MigrationEvent.DeploymentAlreadyAttempted("release-2",
                "deployment release-2 …", false));
        assertThat(debug.lines).singleElement().asString().startsWith("DEBUG Deployment release-2 was already"
                + " attempted").contains("and failed");
    }

    @Test
    void detailsOnlyInDebug() {
        CapturingLog debug = new CapturingLog(true);
        LogListener l = new LogListener(debug, now::get);
        l.onEvent(new MigrationEvent.MigrationStarted(1, "a", Direction.UP, 1, true));
        l.onEvent(new MigrationEvent.LockAcquired("lock", Duration.ZERO));
        assertThat(debug.lines).allMatch(line -> line.startsWith("DEBUG"));
        assertThat(debug.lines).hasSize(2);
    }
}
