package org.schemamigrate.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.ValidationReport;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * A bad day as a user has it: a no-transaction migration fails half-way, the user corrects the file (other
 * databases must run the fixed one), completes the work by hand and forces the version. Validation then finds
 * the corrected file different from the one that ran; each message on the way says how to record the fix, and
 * doing what they say leaves a history that validates.
 */
class CorrectedFailedMigrationTest {
    @TempDir
    Path dir;

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aCorrectedCompletedAndForcedMigrationIsRecordedWithRepair(TestDatabase db) throws IOException {
        db.execute("CREATE TABLE customer (id INT PRIMARY KEY, tier SMALLINT CHECK (tier BETWEEN 0 AND 2))",
                "INSERT INTO customer VALUES (1, 1)");
        Path up = dir.resolve("1_backfill.up.sql");
        Files.writeString(up, "-- migration:no-transaction\nCREATE INDEX CONCURRENTLY customer_tier ON customer (tier);\n"
                + "UPDATE customer SET tier = 7 WHERE tier = 1;\n");
        Files.writeString(dir.resolve("1_backfill.down.sql"), "DROP INDEX customer_tier;\n");

        assertThatThrownBy(migrator(db)::up).isInstanceOfSatisfying(MigrationException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.MIGRATION_FAILED);
            assertThat(e.getMessage()).contains(Messages.correctedFile(1));
        });
        assertThatThrownBy(migrator(db)::up).isInstanceOfSatisfying(MigrationException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.DIRTY_DATABASE);
            assertThat(e.getMessage()).contains(Messages.correctedFile(1));
        });
        Files.writeString(up, Files.readString(up).replace("tier = 7", "tier = 2"));
        db.execute("UPDATE customer SET tier = 2 WHERE tier = 1");
        migrator(db).force(1);

        ValidationReport report = migrator(db).validate();
        assertThat(report.ok()).isFalse();
        assertThat(report.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains(Messages.reviewedFix(1)));
        migrator(db).repair(1);
        assertThat(migrator(db).validate().ok()).isTrue();
    }

    private Migrator migrator(TestDatabase db) {
        return Migrator.builder().dataSource(db.dataSource()).directory(dir).lockTimeout(Duration.ofSeconds(30))
                .build();
    }
}
