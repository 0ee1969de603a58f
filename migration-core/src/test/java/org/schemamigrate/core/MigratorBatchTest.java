package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.FailureDetails.StatementFailed;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/** Deployments as units: batches, rolling back the last one, single transaction, one attempt per deployment. */
class MigratorBatchTest {
    @TempDir
    Path dir;

    @DatabaseTest
    void downLastBatchRollsBackExactlyTheLastRelease(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir).standardThree();
        files.migrator(db).deployment("release-1").build().upTo(2);
        files.pair(4, "add_phone", "ALTER TABLE customer ADD COLUMN phone VARCHAR(20);",
                "ALTER TABLE customer DROP COLUMN phone;");
        MigrationResult release2 = files.migrator(db).deployment("release-2").build().up();
        assertThat(release2.runs()).extracting(MigrationRun::version).containsExactly(3L, 4L);

        List<MigrationEvent> events = new ArrayList<>();
        MigrationResult rollback = files.migrator(db).listener(events::add).build().downLastBatch();

        assertThat(events).filteredOn(e -> e instanceof MigrationEvent.BatchRollbackPlanned)
                .singleElement().satisfies(e -> {
                    MigrationEvent.BatchRollbackPlanned planned = (MigrationEvent.BatchRollbackPlanned) e;
                    assertThat(planned.batch()).contains("deployment release-2");
                    assertThat(planned.versions()).containsExactly(4L, 3L);
                });
        assertThat(rollback.runs()).extracting(MigrationRun::version).containsExactly(4L, 3L);
        assertThat(rollback.after().version()).isEqualTo(2);

        StatusReport status = files.migrator(db).build().status();
        assertThat(status.batches()).extracting(Batch::deployment).containsExactly("release-1", "release-2");
        assertThat(status.appliedBy(status.batches().get(0))).extracting(MigrationStatus::version)
                .containsExactly(1L, 2L);
        assertThat(status.appliedBy(status.batches().get(1))).isEmpty();
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aSingleTransactionRunWithAFailingThirdMigrationLeavesNothing(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir).standardThree()
                .pair(3, "add_email", "ALTER TABLE customer ADD COLUMN email VARCHAR(200);\n"
                        + "ALTER TABLE no_such_table ADD COLUMN x INT;", "ALTER TABLE customer DROP COLUMN email;");

        assertThatThrownBy(() -> files.migrator(db).singleTransaction(true).build().up())
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.details()).contains(
                        new StatementFailed(3, Direction.UP, "3_add_email.up.sql", 2, 2, 2, 0)))
                .hasMessageContaining("none of the 3 migrations of this single-transaction run (1, 2, 3) remains")
                .hasMessageContaining("still at version 0");

        assertThat(db.tables()).doesNotContain("customer", "orders");
        assertThat(db.single("SELECT COUNT(*) FROM migration_history")).isEqualTo("0");
        assertThat(db.rows("SELECT outcome FROM migration_history_batch")).containsExactly(List.of("failed"));
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aSingleTransactionRunAppliesEverythingTogether(TestDatabase db) {
        MigrationResult result = new MigrationFiles(dir).standardThree().migrator(db).singleTransaction(true)
                .build().up();

        assertThat(result.runs()).hasSize(3);
        assertThat(result.after()).isEqualTo(new VersionInfo(3, "add_email", false));
        assertThat(db.single("SELECT COUNT(*) FROM migration_history")).isEqualTo("3");
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void singleTransactionIsRefusedOnMariaDbBeforeAnythingRuns(TestDatabase db) {
        Migrator migrator = new MigrationFiles(dir).standardThree().migrator(db).singleTransaction(true).build();

        assertThatThrownBy(migrator::up)
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION))
                .hasMessageContaining("Nothing was applied")
                .hasMessageContaining("MariaDB commits each DDL statement immediately");
        assertThat(db.tables()).doesNotContain("customer");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void singleTransactionRefusesANoTransactionFile(TestDatabase db) {
        Migrator migrator = new MigrationFiles(dir).standardThree()
                .pair(4, "index", "-- migration:no-transaction\nCREATE INDEX CONCURRENTLY i ON customer (name);", null)
                .migrator(db).singleTransaction(true).build();

        assertThatThrownBy(migrator::up).hasMessageContaining("4_index.up.sql is marked -- migration:no-transaction");
        assertThat(db.tables()).doesNotContain("customer");
    }

    @DatabaseTest
    void serversOfOneDeploymentApplyOnceAndReportTheSameOutcome(TestDatabase db) throws Exception {
        MigrationFiles files = new MigrationFiles(dir).standardThree();
        int servers = 3;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(servers);
        List<Future<MigrationResult>> results = new ArrayList<>();
        for (int i = 0; i < servers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return files.migrator(db).deployment("pipeline-77").build().up();
            }));
        }
        start.countDown();
        List<MigrationResult> done = new ArrayList<>();
        for (Future<MigrationResult> f : results) {
            done.add(f.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(done).filteredOn(r -> !r.runs().isEmpty()).hasSize(1);
        assertThat(done).filteredOn(r -> r.previousAttempt() != null).hasSize(servers - 1)
                .allSatisfy(r -> assertThat(r.previousAttempt().deployment()).isEqualTo("pipeline-77"));
        assertThat(db.single("SELECT COUNT(*) FROM migration_history_batch")).isEqualTo("1");
    }

    @DatabaseTest
    void aFailedDeploymentIsNotAttemptedAgain(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir)
                .pair(1, "broken", "CREATE TABLE ok_table (id INT);\nINSERT INTO missing VALUES (1);", null);
        assertThatThrownBy(() -> files.migrator(db).deployment("release-9").build().up())
                .hasMessageContaining("Migration 1 broken failed");
        if (db.kind() == DatabaseKind.MARIADB) {
            files.migrator(db).build().force(0);
            db.execute("DROP TABLE ok_table");
        }

        assertThatThrownBy(() -> files.migrator(db).deployment("release-9").build().up())
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.DEPLOYMENT_FAILED))
                .hasMessageContaining("Deployment release-9 was already attempted")
                .hasMessageContaining("Migration 1 broken failed")
                .hasMessageContaining("deploy with a new deployment id");
        assertThat(db.tables()).doesNotContain("ok_table");
    }
}
