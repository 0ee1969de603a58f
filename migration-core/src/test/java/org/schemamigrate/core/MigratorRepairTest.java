package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/** repair: records a reviewed edit of an applied file, says what changed, and refuses a dirty database. */
class MigratorRepairTest {
    @TempDir
    Path dir;

    @DatabaseTest
    void repairRecordsTheEditedFilesChecksum(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir).standardThree();
        files.migrator(db).build().up(2);
        files.write("1_create_customer.up.sql", "-- reviewed: a comment added after the fact\n"
                + "CREATE TABLE customer (id BIGINT PRIMARY KEY);");
        Migrator migrator = files.migrator(db).build();
        assertThat(migrator.validate().ok()).isFalse();

        HistoryUpdate update = migrator.repair(1);

        assertThat(update.changes()).singleElement().asString()
                .startsWith("recorded the checksum of 1_create_customer.up.sql for 1 create_customer: the file was"
                        + " edited after it was applied");
        assertThat(migrator.validate().ok()).isTrue();
        assertThat(migrator.version().version()).isEqualTo(2);
        assertThat(migrator.repair(1).changes()).singleElement().asString().startsWith("nothing to change");
    }

    @DatabaseTest
    void repairRefusesADirtyDatabaseAndUnappliedVersions(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir).standardThree();
        files.migrator(db).build().up(2);
        Migrator migrator = files.migrator(db).build();
        assertThatThrownBy(() -> migrator.repair(3)).isInstanceOfSatisfying(MigrationException.class,
                e -> assertThat(e.code()).isEqualTo(CoreErrorCode.UNKNOWN_VERSION));
        db.execute("UPDATE migration_history SET state = 'dirty' WHERE version = 2");
        assertThatThrownBy(() -> migrator.repair(1)).isInstanceOfSatisfying(MigrationException.class,
                e -> assertThat(e.code()).isEqualTo(CoreErrorCode.ILLEGAL_STATE)).hasMessageContaining("dirty at 2");
    }
}
