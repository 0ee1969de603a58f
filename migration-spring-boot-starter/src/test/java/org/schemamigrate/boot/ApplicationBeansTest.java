package org.schemamigrate.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.boot.app.PlainApplication;
import org.schemamigrate.boot.beans.BackfillApplication;
import org.schemamigrate.boot.beans.ReaderApplication;
import org.schemamigrate.boot.test.EmbeddedServers;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** What the application brings: Java migrations as beans, and a dedicated connection for the migrations. */
class ApplicationBeansTest {
    @TempDir
    Path folder;

    @Test
    void aJavaMigrationBeanRunsInVersionOrderWithTheSqlFiles() {
        BootApps apps = new BootApps(BootApps.Driver.POSTGRESQL, folder, BackfillApplication.class);
        apps.writeBaseMigrations();

        SpringApplication.exit(apps.start("backfill.name=from-config"));

        assertThat(apps.appliedVersions()).containsExactly("1", "2", "3");
        assertThat(apps.rows("SELECT name FROM customer ORDER BY id"))
                .containsExactly(List.of("first"), List.of("from-config"));
    }

    @Test
    void aBeanThatQueriesThroughTheJdbcTemplateAtStartUpSeesTheMigratedSchema() {
        BootApps apps = new BootApps(BootApps.Driver.POSTGRESQL, folder, ReaderApplication.class);
        apps.writeBaseMigrations();

        try (ConfigurableApplicationContext context = apps.start()) {
            assertThat(context.getBean(ReaderApplication.CustomerCount.class).value()).isEqualTo(1);
        }
    }

    @Test
    void schemamigrateUrlMigratesItsOwnDatabaseNotTheApplications() {
        BootApps apps = new BootApps(BootApps.Driver.POSTGRESQL, folder, PlainApplication.class);
        apps.writeBaseMigrations();
        EmbeddedServers.Database dedicated = EmbeddedServers.fresh(EmbeddedServers.Kind.POSTGRESQL);

        SpringApplication.exit(apps.start("schemamigrate.url=" + dedicated.url(),
                "schemamigrate.user=" + dedicated.user(), "schemamigrate.password=" + dedicated.password()));

        assertThat(apps.tableExists("customer")).isFalse();
        BootApps dedicatedView = new BootApps(dedicated, folder, PlainApplication.class);
        assertThat(dedicatedView.appliedVersions()).containsExactly("1", "2");
    }
}
