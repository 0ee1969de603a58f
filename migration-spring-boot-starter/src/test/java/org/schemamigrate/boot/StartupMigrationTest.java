package org.schemamigrate.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.schemamigrate.boot.app.PlainApplication;
import org.schemamigrate.core.Migrator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A Boot application starting on PostgreSQL and MariaDB (both drivers): fresh, restarted, and with a new file. */
class StartupMigrationTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(BootApps.Driver.class)
    void aFreshDatabaseIsMigratedBeforeTheJdbcTemplateIsUsable(BootApps.Driver driver) {
        BootApps apps = new BootApps(driver, folder, PlainApplication.class);
        apps.writeBaseMigrations();

        // a relaxed spelling of lock-timeout is the same setting, not an unknown one
        try (ConfigurableApplicationContext context = apps.start("schemamigrate.lockTimeout=30s")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT name FROM customer WHERE id = 1", String.class))
                    .isEqualTo("first");
            assertThat(context.getBean(Migrator.class).version().version()).isEqualTo(2);
        }
        assertThat(apps.appliedVersions()).containsExactly("1", "2");
    }

    @ParameterizedTest
    @EnumSource(BootApps.Driver.class)
    void aRestartWithNothingPendingAppliesNothing(BootApps.Driver driver) {
        BootApps apps = new BootApps(driver, folder, PlainApplication.class);
        apps.writeBaseMigrations();
        apps.startAndStop();

        apps.startAndStop();

        assertThat(apps.rows("SELECT action, version FROM migration_history_log ORDER BY id"))
                .containsExactly(List.of("up", "1"), List.of("up", "2"));
        assertThat(apps.rows("SELECT COUNT(*) FROM customer")).containsExactly(List.of("1"));
    }

    @ParameterizedTest
    @EnumSource(BootApps.Driver.class)
    void aNewMigrationIsAppliedOnRestartAndOnlyIt(BootApps.Driver driver) {
        BootApps apps = new BootApps(driver, folder, PlainApplication.class);
        apps.writeBaseMigrations();
        apps.startAndStop();
        apps.write("3_add_email.up.sql", "ALTER TABLE customer ADD COLUMN email VARCHAR(200);\n");
        apps.write("3_add_email.down.sql", "ALTER TABLE customer DROP COLUMN email;\n");

        try (ConfigurableApplicationContext context = apps.start()) {
            assertThat(context.getBean(JdbcTemplate.class)
                    .queryForObject("SELECT COUNT(email) FROM customer", Integer.class)).isZero();
        }
        assertThat(apps.rows("SELECT action, version FROM migration_history_log ORDER BY id"))
                .containsExactly(List.of("up", "1"), List.of("up", "2"), List.of("up", "3"));
    }

    @ParameterizedTest
    @EnumSource(value = BootApps.Driver.class, names = {"POSTGRESQL", "MARIADB"})
    void disabledTheStarterTouchesNothing(BootApps.Driver driver) {
        BootApps apps = new BootApps(driver, folder, PlainApplication.class);
        apps.writeBaseMigrations();

        SpringApplication.exit(apps.start("schemamigrate.enabled=false"));

        assertThat(apps.tableExists("customer")).isFalse();
        assertThat(apps.tableExists("migration_history")).isFalse();
    }
}
