package org.schemamigrate.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.Batch;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.internal.dialect.AdvisoryLock;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.internal.history.HistoryStore;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/** A fleet locks and reads its schema targets in batches; each target keeps its own lock and history. */
class FleetBatchTest {
    @TempDir
    Path dir;

    @DatabaseTest
    void targetsAtDifferentVersionsInOneBatchEachGetWhatTheirOwnHistoryLacks(TestDatabase db) throws IOException {
        List<FleetTarget> targets = FleetTest.tenants(db, 4);
        threeMigrations();
        for (int i = 1; i < targets.size(); i++) {
            migrator(db, targets.get(i)).up(i);
        }

        FleetReport report = fleet(db, targets).parallel(1).build().up();

        assertThat(report.successful()).as(report.text()).isTrue();
        assertThat(report.results()).extracting(TargetResult::ran).containsExactly(3, 2, 1, 0);
        for (FleetTarget t : targets) {
            assertThat(db.single("SELECT COUNT(*) FROM " + t.schema() + ".applied")).isEqualTo("3");
        }
    }

    @DatabaseTest
    void aTargetWhoseLockAnotherMigratorHoldsWaitsWhileTheRestOfItsBatchIsMigrated(TestDatabase db)
            throws Exception {
        List<FleetTarget> targets = FleetTest.tenants(db, 4);
        threeMigrations();
        FleetTarget busy = targets.get(1);
        RunnerDialect dialect = RunnerDialect.of(db.kind());
        AdvisoryLock lock = dialect.advisoryLock(new HistoryStore(dialect, busy.schema(),
                HistoryStore.DEFAULT_TABLE).qualifiedName());
        CompletableFuture<FleetReport> run;
        try (Connection other = db.connection()) {
            assertThat(lock.tryLock(other)).isTrue();
            run = CompletableFuture.supplyAsync(() -> fleet(db, targets).parallel(1).build().up());
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!allMigrated(db, List.of(targets.get(0), targets.get(2), targets.get(3)))
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(allMigrated(db, List.of(targets.get(0), targets.get(2), targets.get(3))))
                    .as("the rest of the batch went on").isTrue();
            assertThat(run).as("the locked target waits for its lock").isNotDone();
            assertThat(migrated(db, busy)).isFalse();
        }
        FleetReport report = run.get(2, TimeUnit.MINUTES);
        assertThat(report.successful()).as(report.text()).isTrue();
        assertThat(report.results()).extracting(TargetResult::ran).containsOnly(3);
        for (FleetTarget t : targets) {
            assertThat(db.single("SELECT COUNT(*) FROM " + t.schema() + ".applied")).isEqualTo("3");
        }
    }

    @DatabaseTest
    void aTargetMissingSomeHistoryTablesGetsThemInTheBatchAndKeepsItsHistory(TestDatabase db) throws IOException {
        List<FleetTarget> targets = FleetTest.tenants(db, 3);
        threeMigrations();
        FleetTarget partial = targets.get(1);
        migrator(db, partial).up(1);
        // as a run of an older version that died between its CREATEs left it: the history table alone
        db.execute("DROP TABLE " + partial.schema() + ".migration_history_log",
                "DROP TABLE " + partial.schema() + ".migration_history_batch");

        FleetReport report = fleet(db, targets).parallel(1).build().up();

        assertThat(report.successful()).as(report.text()).isTrue();
        assertThat(report.results()).extracting(TargetResult::ran).containsExactly(3, 2, 3);
        assertThat(db.single("SELECT COUNT(*) FROM " + partial.schema() + ".migration_history")).isEqualTo("3");
        assertThat(db.rows("SELECT version, outcome FROM " + partial.schema() + ".migration_history_log"
                + " ORDER BY version")).containsExactly(List.of("2", "success"), List.of("3", "success"));
        assertThat(db.single("SELECT outcome FROM " + partial.schema() + ".migration_history_batch"))
                .isEqualTo(Batch.SUCCESS);
    }

    @DatabaseTest
    void aServerConnectionGivenBackAfterATargetHasTheSessionOfOneNeverUsed(TestDatabase db) throws Exception {
        List<FleetTarget> targets = FleetTest.tenants(db, 1);
        threeMigrations();
        try (ReusedConnections connections = new ReusedConnections(db.dataSource())) {
            String fresh;
            try (Connection c = connections.getConnection()) {
                fresh = session(db, c);
            }
            Migrator.builder().dataSource(connections).schema(targets.get(0).schema()).directory(dir).build().up();
            // the target's work and lock connections, both reused
            try (Connection first = connections.getConnection(); Connection second = connections.getConnection()) {
                assertThat(session(db, first)).isEqualTo(fresh);
                assertThat(session(db, second)).isEqualTo(fresh);
            }
        }
        assertThat(migrated(db, targets.get(0))).isTrue();
    }

    /** Where a target's session sends unqualified names: the search_path (PostgreSQL), the database (MySQL). */
    private static String session(TestDatabase db, Connection c) throws java.sql.SQLException {
        String sql = db.kind() == DatabaseKind.POSTGRESQL ? "SELECT current_setting('search_path')"
                : "SELECT DATABASE()";
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static boolean allMigrated(TestDatabase db, List<FleetTarget> targets) {
        return targets.stream().allMatch(t -> migrated(db, t));
    }

    private static boolean migrated(TestDatabase db, FleetTarget t) {
        return !db.rows("SELECT 1 FROM information_schema.tables WHERE table_schema = '" + t.schema()
                + "' AND table_name = 'applied'").isEmpty()
                && "3".equals(db.single("SELECT COUNT(*) FROM " + t.schema() + ".applied"));
    }

    private Migrator migrator(TestDatabase db, FleetTarget target) {
        return Migrator.builder().dataSource(db.dataSource()).schema(target.schema()).directory(dir).build();
    }

    private Fleet.Builder fleet(TestDatabase db, List<FleetTarget> targets) {
        return Fleet.builder().server(db.dataSource()).targets(targets)
                .migrator(b -> b.directory(dir).lockTimeout(Duration.ofSeconds(60)));
    }

    private void threeMigrations() throws IOException {
        Files.writeString(dir.resolve("1_create.up.sql"), "CREATE TABLE applied (version INT PRIMARY KEY);\n"
                + "INSERT INTO applied VALUES (1);");
        Files.writeString(dir.resolve("2_second.up.sql"), "INSERT INTO applied VALUES (2);");
        Files.writeString(dir.resolve("3_third.up.sql"), "INSERT INTO applied VALUES (3);");
    }
}
