package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

class MigratorConcurrencyTest {
    private static final int MIGRATORS = 4;
    private static final int MIGRATIONS = 12;

    @TempDir
    Path dir;

    @DatabaseTest
    void concurrentMigratorsApplyEveryMigrationExactlyOnce(TestDatabase db) throws Exception {
        MigrationFiles files = new MigrationFiles(dir);
        for (int v = 1; v <= MIGRATIONS; v++) {
            // a counter table: a migration applied twice would insert twice (or fail on the CREATE)
            String sql = v == 1 ? "CREATE TABLE applied_count (version INT PRIMARY KEY);\n"
                    + "INSERT INTO applied_count VALUES (1);"
                    : "INSERT INTO applied_count VALUES (" + v + ");";
            files.pair(v, "step_" + v, sql, "DELETE FROM applied_count WHERE version = " + v + ";");
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(MIGRATORS);
        List<Future<MigrationResult>> results = new ArrayList<>();
        for (int i = 0; i < MIGRATORS; i++) {
            Callable<MigrationResult> task = () -> {
                start.await();
                return files.migrator(db).build().up();
            };
            results.add(pool.submit(task));
        }
        start.countDown();
        int applied = 0;
        for (Future<MigrationResult> result : results) {
            applied += result.get(2, TimeUnit.MINUTES).runs().size();
        }
        pool.shutdown();

        assertThat(applied).as("each migration ran in exactly one migrator").isEqualTo(MIGRATIONS);
        assertThat(db.single("SELECT COUNT(*) FROM applied_count")).isEqualTo(String.valueOf(MIGRATIONS));
        assertThat(db.single("SELECT COUNT(*) FROM migration_history WHERE state = 'applied'"))
                .isEqualTo(String.valueOf(MIGRATIONS));
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aMigratorWaitingForTheLockSaysWhoHoldsIt(TestDatabase db) throws Exception {
        MigrationFiles files = new MigrationFiles(dir).standardThree();
        List<MigrationEvent.LockWaiting> waits = new ArrayList<>();
        // hold the lock from a "deploy" that is stuck in a long migration
        files.pair(4, "slow", "SELECT pg_sleep(2);", null);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<MigrationResult> slow = pool.submit(() -> files.migrator(db).build().up());
        Thread.sleep(700);

        MigrationResult second = files.migrator(db).listener(e -> {
            if (e instanceof MigrationEvent.LockWaiting w) {
                waits.add(w);
            }
        }).build().up();

        assertThat(slow.get(1, TimeUnit.MINUTES).runs()).hasSize(4);
        assertThat(second.runs()).isEmpty();
        assertThat(waits).isNotEmpty();
        assertThat(waits.get(0).holder()).contains("PostgreSQL backend pid", "application_name 'schemamigrate lock'");
        pool.shutdown();
    }

    @DatabaseTest
    void aLockTimeoutNamesTheHolderAndTheSetting(TestDatabase db) throws Exception {
        MigrationFiles files = new MigrationFiles(dir).standardThree();
        String sleep = db.kind() == DatabaseKind.POSTGRESQL ? "SELECT pg_sleep(3);" : "SELECT SLEEP(3);";
        files.pair(4, "slow", sleep, null);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<MigrationResult> slow = pool.submit(() -> files.migrator(db).build().up());
        Thread.sleep(1000);

        Migrator impatient = files.migrator(db).lockTimeout(java.time.Duration.ofMillis(500)).build();

        org.assertj.core.api.Assertions.assertThatThrownBy(impatient::up)
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.LOCK_TIMEOUT))
                .hasMessageContaining("held by")
                .hasMessageContaining("migration.lockTimeout");
        assertThat(slow.get(1, TimeUnit.MINUTES).after().version()).isEqualTo(4);
        pool.shutdown();
    }
}
