package org.schemamigrate.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.schemamigrate.boot.app.PlainApplication;
import org.schemamigrate.boot.test.EmbeddedServers;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.Batch;
import org.springframework.context.ConfigurableApplicationContext;

/** Two instances of one release start at once: the lock lets one migrate, the other applies nothing. */
class ConcurrentStartTest {
    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(value = BootApps.Driver.class, names = {"POSTGRESQL", "MARIADB"})
    void twoContextsStartingAtOnceApplyEachMigrationOnce(BootApps.Driver driver) throws Exception {
        BootApps apps = new BootApps(driver, folder, PlainApplication.class);
        apps.writeBaseMigrations();
        // long enough that the second instance arrives while the first holds the lock
        apps.write("3_slow.up.sql", apps.db.kind() == EmbeddedServers.Kind.POSTGRESQL
                ? "SELECT pg_sleep(1);\n" : "DO SLEEP(1);\n");
        String[] release = {"spring.application.name=shop", "spring.application.version=1.4.0"};
        CountDownLatch ready = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        // two SpringApplications initialising Logback at once in one JVM race inside Boot's logging listener
        // ("Unable to find Spring Environment in logger context"); separate processes never share it
        String loggingSystem = System.setProperty(LOGGING_SYSTEM, "none");
        try {
            List<Future<ConfigurableApplicationContext>> starts = List.of(
                    pool.submit(() -> startWhenBothReady(apps, ready, release)),
                    pool.submit(() -> startWhenBothReady(apps, ready, release)));
            for (Future<ConfigurableApplicationContext> start : starts) {
                try (ConfigurableApplicationContext context = start.get(3, TimeUnit.MINUTES)) {
                    assertThat(context.getBean(Migrator.class).version().version()).isEqualTo(3);
                }
            }
        } finally {
            pool.shutdownNow();
            if (loggingSystem == null) {
                System.clearProperty(LOGGING_SYSTEM);
            } else {
                System.setProperty(LOGGING_SYSTEM, loggingSystem);
            }
        }

        assertThat(apps.rows("SELECT COUNT(*) FROM customer")).containsExactly(List.of("1"));
        assertThat(apps.rows("SELECT action, version FROM migration_history_log ORDER BY id"))
                .containsExactly(List.of("up", "1"), List.of("up", "2"), List.of("up", "3"));
        try (ConfigurableApplicationContext context = apps.start(release)) {
            assertThat(context.getBean(Migrator.class).status().batches()).extracting(Batch::deployment)
                    .containsExactly("shop:1.4.0");
        }
    }

    private static ConfigurableApplicationContext startWhenBothReady(BootApps apps, CountDownLatch ready,
                                                                     String[] properties) throws Exception {
        ready.countDown();
        ready.await();
        return apps.start(properties);
    }
}
