package org.schemamigrate.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.schemamigrate.boot.app.PlainApplication;
import org.schemamigrate.boot.test.EmbeddedServers;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.Batch;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of one release start at once: the lock lets one migrate, the other applies nothing; with a
 * tenant fleet, each tenant's own lock does the same per tenant.
 */
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
        startBoth(apps, 3, release);

        assertThat(apps.rows("SELECT COUNT(*) FROM customer")).containsExactly(List.of("1"));
        assertThat(apps.rows("SELECT action, version FROM migration_history_log ORDER BY id"))
                .containsExactly(List.of("up", "1"), List.of("up", "2"), List.of("up", "3"));
        try (ConfigurableApplicationContext context = apps.start(release)) {
            assertThat(context.getBean(Migrator.class).status().batches()).extracting(Batch::deployment)
                    .containsExactly("shop:1.4.0");
        }
    }

    @Test
    void twoContextsStartingAtOnceMigrateEachTenantOnce(@TempDir Path tenants) throws Exception {
        BootApps apps = new BootApps(BootApps.Driver.POSTGRESQL, folder, PlainApplication.class);
        apps.writeBaseMigrations();
        List<String> schemas = List.of("tenant_a", "tenant_b", "tenant_c");
        schemas.forEach(t -> apps.execute("CREATE SCHEMA " + t));
        Files.writeString(tenants.resolve("1_create_invoice.up.sql"), "CREATE TABLE invoice (id INT);\n");
        // long enough that the second instance reaches a tenant while the first holds its lock
        Files.writeString(tenants.resolve("2_slow.up.sql"), "SELECT pg_sleep(0.5);\n");

        startBoth(apps, 2, "schemamigrate.fleet.location=filesystem:" + tenants,
                "schemamigrate.fleet.targets-pattern=tenant_%");

        for (String tenant : schemas) {
            assertThat(apps.rows("SELECT action, version FROM " + tenant + ".migration_history_log ORDER BY id"))
                    .containsExactly(List.of("up", "1"), List.of("up", "2"));
        }
    }

    /** Starts two contexts at once and checks each stands at {@code version}; both are closed after. */
    private static void startBoth(BootApps apps, long version, String... properties) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        // two SpringApplications initialising Logback at once in one JVM race inside Boot's logging listener
        // ("Unable to find Spring Environment in logger context"); separate processes never share it
        String loggingSystem = System.setProperty(LOGGING_SYSTEM, "none");
        try {
            List<Future<ConfigurableApplicationContext>> starts = List.of(
                    pool.submit(() -> startWhenBothReady(apps, ready, properties)),
                    pool.submit(() -> startWhenBothReady(apps, ready, properties)));
            for (Future<ConfigurableApplicationContext> start : starts) {
                try (ConfigurableApplicationContext context = start.get(3, TimeUnit.MINUTES)) {
                    assertThat(context.getBean(Migrator.class).version().version()).isEqualTo(version);
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
    }

    private static ConfigurableApplicationContext startWhenBothReady(BootApps apps, CountDownLatch ready,
                                                                     String[] properties) throws Exception {
        ready.countDown();
        ready.await();
        return apps.start(properties);
    }
}
