package org.schemamigrate.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.schemamigrate.boot.app.PlainApplication;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.core.MigrationException;
import org.springframework.boot.SpringApplication;

/**
 * Every refusal stops the start-up with the runner's exception: its code, and the message the Maven goals give.
 * The application never starts on a schema the migrations did not vouch for.
 */
class RefusalTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(value = BootApps.Driver.class, names = {"POSTGRESQL", "MARIADB"})
    void aDirtyDatabaseRefusesToStartUntilForced(BootApps.Driver driver) {
        BootApps apps = new BootApps(driver, folder, PlainApplication.class);
        apps.writeBaseMigrations();
        // without a transaction, statement 1 stays committed when statement 2 fails: dirty on both databases
        apps.write("3_half_done.up.sql", "-- migration:no-transaction\nCREATE TABLE audit (id INT);\n"
                + "INSERT INTO no_such_table VALUES (1);\n");
        apps.write("3_half_done.down.sql", "DROP TABLE audit;\n");
        assertThat(apps.refused().code()).isEqualTo(CoreErrorCode.MIGRATION_FAILED);

        MigrationException refusal = apps.refused();

        assertThat(refusal.code()).isEqualTo(CoreErrorCode.DIRTY_DATABASE);
        assertThat(refusal.getMessage()).contains("migration:force -Dversion=3");
        assertThat(apps.appliedVersions()).containsExactly("1", "2");
    }

    @ParameterizedTest
    @EnumSource(value = BootApps.Driver.class, names = {"POSTGRESQL", "MARIADB"})
    void anEditedAppliedFileRefusesToStart(BootApps.Driver driver) {
        BootApps apps = new BootApps(driver, folder, PlainApplication.class);
        apps.writeBaseMigrations();
        apps.startAndStop();
        apps.write("2_seed_customer.up.sql", "INSERT INTO customer (id, name) VALUES (1, 'edited');\n");

        MigrationException refusal = apps.refused();

        assertThat(refusal.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
        assertThat(refusal.getMessage()).contains("2_seed_customer");
    }

    @Test
    void anOutOfOrderFileRefusesToStartUnlessOutOfOrderIsAllowed() {
        BootApps apps = new BootApps(BootApps.Driver.POSTGRESQL, folder, PlainApplication.class);
        apps.writeBaseMigrations();
        apps.write("5_later.up.sql", "CREATE TABLE later (id INT);\n");
        apps.startAndStop();
        apps.write("4_forgotten.up.sql", "CREATE TABLE forgotten (id INT);\n");

        assertThat(apps.refused().code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
        assertThat(apps.tableExists("forgotten")).isFalse();

        SpringApplication.exit(apps.start("schemamigrate.out-of-order=true"));
        assertThat(apps.tableExists("forgotten")).isTrue();
    }

    @Test
    void aDestructiveMigrationRefusesToStartUnlessAllowed() {
        BootApps apps = new BootApps(BootApps.Driver.POSTGRESQL, folder, PlainApplication.class);
        apps.writeBaseMigrations();
        apps.startAndStop();
        apps.write("3_drop_customer.up.sql", "DROP TABLE customer;\n");

        assertThat(apps.refused().code()).isEqualTo(CoreErrorCode.DESTRUCTIVE_REFUSED);
        assertThat(apps.tableExists("customer")).isTrue();

        SpringApplication.exit(apps.start("schemamigrate.allow-destructive=true"));
        assertThat(apps.tableExists("customer")).isFalse();
    }

    @Test
    void anUnknownSettingNamesTheNearestKnownOne() {
        BootApps apps = new BootApps(BootApps.Driver.POSTGRESQL, folder, PlainApplication.class);
        apps.writeBaseMigrations();

        MigrationException refusal = apps.refused("schemamigrate.allow-destructiv=true",
                "schemamigrate.locations=classpath:db/migration");

        assertThat(refusal.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
        assertThat(refusal.getMessage())
                .contains("schemamigrate.allow-destructiv is not a setting; did you mean schemamigrate.allow-destructive?")
                .contains("schemamigrate.locations is not a setting; did you mean schemamigrate.location?");
        assertThat(apps.tableExists("migration_history")).isFalse();
    }

    @Test
    void validateOnlyRefusesPendingMigrationsAndStartsOnceTheyAreApplied() {
        BootApps apps = new BootApps(BootApps.Driver.POSTGRESQL, folder, PlainApplication.class);
        apps.writeBaseMigrations();

        MigrationException refusal = apps.refused("schemamigrate.validate-only=true");
        assertThat(refusal.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
        assertThat(refusal.getMessage()).contains("1 create_customer, 2 seed_customer");
        assertThat(apps.tableExists("customer")).isFalse();

        apps.startAndStop();
        SpringApplication.exit(apps.start("schemamigrate.validate-only=true"));

        apps.write("2_seed_customer.up.sql", "INSERT INTO customer (id, name) VALUES (1, 'edited');\n");
        assertThat(apps.refused("schemamigrate.validate-only=true").code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
    }
}
