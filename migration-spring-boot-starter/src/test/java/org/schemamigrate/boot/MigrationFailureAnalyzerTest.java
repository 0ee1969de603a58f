package org.schemamigrate.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.boot.app.PlainApplication;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Boot's "APPLICATION FAILED TO START" action for a refused start-up points the goals at the application's
 * database: without migration.url they would show the project's sandbox instead.
 */
class MigrationFailureAnalyzerTest {
    @TempDir
    Path folder;

    @Test
    void aFailedMigrationSaysWhatToCorrectAndHowToSeeThisDatabase() {
        BootApps apps = new BootApps(BootApps.Driver.POSTGRESQL, folder, PlainApplication.class);
        apps.writeBaseMigrations();
        apps.write("3_broken.up.sql", "INSERT INTO no_such_table VALUES (1);\n");
        apps.write("3_broken.down.sql", "SELECT 1;\n");
        MigrationException refusal = apps.refused();
        assertThat(refusal.code()).isEqualTo(CoreErrorCode.MIGRATION_FAILED);

        FailureAnalysis analysis = new MigrationFailureAnalyzer().analyze(refusal);

        assertThat(analysis.getDescription()).contains("MIGRATION_FAILED");
        assertThat(analysis.getAction()).contains("Correct the failed migration")
                .contains("mvn migration:status -Dmigration.url=");
        assertThat(apps.appliedVersions()).containsExactly("1", "2");
    }
}
