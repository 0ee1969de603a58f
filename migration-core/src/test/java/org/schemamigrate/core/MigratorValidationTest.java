package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.MigrationStatus.State;
import org.schemamigrate.core.ValidationProblem.Kind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

class MigratorValidationTest {
    @TempDir
    Path dir;

    @DatabaseTest
    void anEditedAppliedFileFailsValidationAndBlocksUp(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir).standardThree();
        files.migrator(db).build().up(2);
        files.write("1_create_customer.up.sql", "CREATE TABLE customer (id BIGINT PRIMARY KEY);");
        Migrator migrator = files.migrator(db).build();

        ValidationReport report = migrator.validate();

        assertThat(report.problems()).extracting(ValidationProblem::kind, ValidationProblem::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.EDITED, 1L));
        assertThat(report.describe()).contains("1 create_customer was edited after it was applied",
                "1_create_customer.up.sql", "put the change in a new migration");
        assertThatThrownBy(migrator::up)
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED))
                .hasMessageContaining("Nothing was applied");
        assertThat(migrator.status().migrations()).extracting(MigrationStatus::state)
                .containsExactly(State.EDITED, State.APPLIED, State.PENDING);
    }

    @DatabaseTest
    void lineEndingsAndByteOrderMarksDoNotCountAsEdits(TestDatabase db) throws IOException {
        MigrationFiles files = new MigrationFiles(dir).standardThree();
        files.migrator(db).build().up();
        Path up = dir.resolve("2_create_orders.up.sql");
        Files.writeString(up, "\uFEFF" + Files.readString(up).replace("\n", "\r\n"));

        assertThat(files.migrator(db).build().validate().ok()).isTrue();
    }

    @DatabaseTest
    void aMissingAppliedFileIsReported(TestDatabase db) throws IOException {
        MigrationFiles files = new MigrationFiles(dir).standardThree();
        files.migrator(db).build().up();
        Files.delete(dir.resolve("2_create_orders.up.sql"));
        Files.delete(dir.resolve("2_create_orders.down.sql"));
        Migrator migrator = files.migrator(db).build();

        assertThat(migrator.validate().problems()).extracting(ValidationProblem::kind).containsExactly(Kind.MISSING_FILE);
        assertThat(migrator.validate().describe()).contains("2 create_orders is recorded as applied but its up file"
                + " (version 2, name create_orders");
        assertThat(migrator.status().migrations()).extracting(MigrationStatus::state)
                .containsExactly(State.APPLIED, State.MISSING_FILE, State.APPLIED);
        assertThatThrownBy(() -> migrator.down(2)).hasMessageContaining("Cannot roll back 2 create_orders: its files"
                + " are missing");
        assertThat(migrator.version().version()).isEqualTo(3);
    }

    @DatabaseTest
    void anOutOfOrderMigrationBlocksUpUnlessAllowed(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir)
                .pair(1, "one", "CREATE TABLE one (id INT);", "DROP TABLE one;")
                .pair(3, "three", "CREATE TABLE three (id INT);", "DROP TABLE three;");
        files.migrator(db).build().up();
        files.pair(2, "two_from_a_branch", "CREATE TABLE two (id INT);", "DROP TABLE two;");

        Migrator strict = files.migrator(db).build();
        assertThat(strict.status().migrations()).extracting(MigrationStatus::state)
                .containsExactly(State.APPLIED, State.OUT_OF_ORDER, State.APPLIED);
        assertThatThrownBy(strict::up).hasMessageContaining("2 two_from_a_branch")
                .hasMessageContaining("a higher version, 3, is already applied")
                .hasMessageContaining("migration.outOfOrder=true");
        assertThat(db.tables()).doesNotContain("two");

        MigrationResult result = files.migrator(db).outOfOrder(true).build().up();

        assertThat(result.runs()).extracting(MigrationRun::version).containsExactly(2L);
        assertThat(result.after().version()).isEqualTo(3);
        assertThat(db.tables()).contains("two");
    }

    @DatabaseTest
    void baselineRecordsAnExistingDatabaseWithoutRunningAnything(TestDatabase db) {
        db.execute("CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(100))");
        MigrationFiles files = new MigrationFiles(dir).standardThree();
        Migrator migrator = files.migrator(db).build();

        HistoryUpdate baseline = migrator.baseline(1);

        assertThat(baseline.changes()).containsExactly("recorded 1 create_customer as baseline (not run)");
        assertThat(migrator.status().migrations()).extracting(MigrationStatus::state)
                .containsExactly(State.BASELINE, State.PENDING, State.PENDING);
        assertThat(migrator.up().runs()).extracting(MigrationRun::version).containsExactly(2L, 3L);
        assertThatThrownBy(() -> migrator.baseline(3))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.ILLEGAL_STATE))
                .hasMessageContaining("already has a migration history");
    }

    @DatabaseTest
    void baselineOfManyMigrationsRecordsThemAllAndLogsABoundedDetail(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir);
        for (int v = 1; v <= 400; v++) {
            files.pair(v, "a_rather_long_migration_name_number_" + v, "SELECT " + v + ";", null);
        }

        HistoryUpdate baseline = files.migrator(db).build().baseline(400);

        assertThat(baseline.changes()).hasSize(400);
        assertThat(db.single("SELECT COUNT(*) FROM migration_history WHERE state = 'baseline'")).isEqualTo("400");
        assertThat(db.single("SELECT detail FROM migration_history_log WHERE action = 'baseline'"))
                .hasSizeLessThanOrEqualTo(4000).endsWith("more characters)");
    }

    @DatabaseTest
    void baselineAtAVersionWithoutFileRecordsAMarker(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir)
                .pair(20, "later", "CREATE TABLE later (id INT);", "DROP TABLE later;");
        Migrator migrator = files.migrator(db).build();

        assertThat(migrator.baseline(10).changes())
                .containsExactly("recorded baseline marker 10 (no migration file has this version)");
        assertThat(migrator.validate().ok()).isTrue();
        assertThat(migrator.up().after().version()).isEqualTo(20);
        migrator.down();
        assertThatThrownBy(migrator::down).hasMessageContaining("baseline marker");
    }

    @DatabaseTest
    void aFileChangedSinceTheSumWasWrittenFailsValidationAndBlocksUp(TestDatabase db) throws IOException {
        MigrationFiles files = new MigrationFiles(dir).standardThree();
        org.schemamigrate.core.source.SumFile.write(dir);
        files.pair(4, "hand_written", "CREATE TABLE extra (id INT);", null);
        Migrator migrator = files.migrator(db).build();

        assertThat(migrator.validate().problems()).extracting(ValidationProblem::kind).containsExactly(Kind.INTEGRITY);
        assertThat(migrator.validate().describe()).contains("4_hand_written.up.sql is not in migration.sum",
                "run migration:hash");
        assertThatThrownBy(migrator::up).hasMessageContaining("Nothing was applied");

        org.schemamigrate.core.source.SumFile.write(dir);
        assertThat(files.migrator(db).build().up().runs()).hasSize(4);
    }

    @DatabaseTest
    void forceRejectsAnUnknownVersion(TestDatabase db) {
        Migrator migrator = new MigrationFiles(dir).standardThree().migrator(db).build();

        assertThatThrownBy(() -> migrator.force(42))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.UNKNOWN_VERSION))
                .hasMessageContaining("no migration file and no history record has that version");
    }
}
