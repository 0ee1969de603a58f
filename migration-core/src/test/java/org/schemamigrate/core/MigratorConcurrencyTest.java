package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
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

    /**
     * Migration 4 of a "deploy" that is stuck: it holds the lock from the moment it enters until the test releases
     * it, so the tests need no timing assumptions.
     */
    @MigrationVersion(value = 4, name = "stuck")
    public static final class Stuck implements JavaMigration {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void up(Context context) throws InterruptedException {
            entered.countDown();
            if (!release.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the test never released the stuck migration");
            }
        }
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aMigratorWaitingForTheLockSaysWhoHoldsIt(TestDatabase db) throws Exception {
        MigrationFiles files = new MigrationFiles(dir).standardThree();
        Stuck stuck = new Stuck();
        List<MigrationEvent.LockWaiting> waits = new CopyOnWriteArrayList<>();
        CountDownLatch waiting = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<MigrationResult> slow = pool.submit(() -> files.migrator(db).javaMigrations(stuck).build().up());
        assertThat(stuck.entered.await(2, TimeUnit.MINUTES)).as("the first deploy holds the lock").isTrue();

        Future<MigrationResult> second = pool.submit(() -> files.migrator(db).javaMigrations(stuck).listener(e -> {
            if (e instanceof MigrationEvent.LockWaiting w) {
                waits.add(w);
                waiting.countDown();
            }
        }).build().up());
        assertThat(waiting.await(2, TimeUnit.MINUTES)).as("the second deploy reports its wait").isTrue();
        stuck.release.countDown();

        assertThat(slow.get(1, TimeUnit.MINUTES).runs()).hasSize(4);
        assertThat(second.get(1, TimeUnit.MINUTES).runs()).isEmpty();
        assertThat(waits.get(0).holder()).contains("PostgreSQL backend pid", "application_name 'schemamigrate lock'");
        pool.shutdown();
    }

    @DatabaseTest
    void aLockTimeoutNamesTheHolderAndTheSetting(TestDatabase db) throws Exception {
        MigrationFiles files = new MigrationFiles(dir).standardThree();
        Stuck stuck = new Stuck();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<MigrationResult> slow = pool.submit(() -> files.migrator(db).javaMigrations(stuck).build().up());
        assertThat(stuck.entered.await(2, TimeUnit.MINUTES)).as("the first deploy holds the lock").isTrue();

        Migrator impatient = files.migrator(db).javaMigrations(stuck).lockTimeout(Duration.ofMillis(500)).build();

        try {
            assertThatThrownBy(impatient::up)
                    .isInstanceOfSatisfying(MigrationException.class,
                            e -> assertThat(e.code()).isEqualTo(CoreErrorCode.LOCK_TIMEOUT))
                    .hasMessageContaining("held by")
                    .hasMessageContaining("migration.lockTimeout");
        } finally {
            stuck.release.countDown();
        }
        assertThat(slow.get(1, TimeUnit.MINUTES).after().version()).isEqualTo(4);
        pool.shutdown();
    }
}
