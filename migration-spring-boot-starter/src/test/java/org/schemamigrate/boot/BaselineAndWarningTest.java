package org.schemamigrate.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.boot.app.PlainApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** baseline-on-start for a database that ddl-auto built, and the warning when ddl-auto still changes schemas. */
@ExtendWith(OutputCaptureExtension.class)
class BaselineAndWarningTest {
    @TempDir
    Path folder;

    @Test
    void anExistingSchemaIsBaselinedAndOnlyTheLaterMigrationsRun() {
        BootApps apps = new BootApps(BootApps.Driver.POSTGRESQL, folder, PlainApplication.class);
        apps.writeBaseMigrations();
        apps.write("3_add_email.up.sql", "ALTER TABLE customer ADD COLUMN email VARCHAR(200);\n");
        // what ddl-auto left behind: the tables of migrations 1 and 2, with data
        apps.execute("CREATE TABLE customer (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL)",
                "INSERT INTO customer (id, name) VALUES (1, 'first')");

        SpringApplication.exit(apps.start("schemamigrate.baseline-on-start=true",
                "schemamigrate.baseline-version=2"));

        assertThat(apps.rows("SELECT version, state FROM migration_history ORDER BY version"))
                .containsExactly(List.of("1", "baseline"), List.of("2", "baseline"), List.of("3", "applied"));
        assertThat(apps.rows("SELECT COUNT(email) FROM customer")).containsExactly(List.of("0"));
    }

    @Test
    void anEmptyDatabaseIsMigratedNotBaselined() {
        BootApps apps = new BootApps(BootApps.Driver.POSTGRESQL, folder, PlainApplication.class);
        apps.writeBaseMigrations();

        SpringApplication.exit(apps.start("schemamigrate.baseline-on-start=true"));

        assertThat(apps.appliedVersions()).containsExactly("1", "2");
        assertThat(apps.rows("SELECT COUNT(*) FROM customer")).containsExactly(List.of("1"));
    }

    @Test
    void ddlAutoUpdateIsWarnedAboutAtStartUp(CapturedOutput output) {
        BootApps apps = new BootApps(BootApps.Driver.POSTGRESQL, folder, PlainApplication.class);
        apps.writeBaseMigrations();

        SpringApplication.exit(apps.start("spring.jpa.hibernate.ddl-auto=update"));

        assertThat(output.getOut()).contains("WARN").contains("spring.jpa.hibernate.ddl-auto=update");
        assertThat(output.getOut()).contains("Applied migration 1 create_customer", "Applied migration 2 seed_customer");
    }
}
