package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/** A run that died between the CREATEs of the history tables leaves a set the next run completes. */
class HistoryTablesRecoveryTest {
    @TempDir
    Path dir;

    @DatabaseTest
    void aPartialSetOfHistoryTablesIsCompletedByTheNextRun(TestDatabase db) {
        Migrator migrator = new MigrationFiles(dir).standardThree().migrator(db).build();
        // what a crash right after the first CREATE leaves: the history table alone, empty
        migrator.force(0);
        db.execute("DROP TABLE migration_history_log", "DROP TABLE migration_history_batch");
        assertThat(db.tables()).containsExactly("migration_history");

        StatusReport status = migrator.status();
        assertThat(status.current()).isEqualTo(VersionInfo.NONE);
        assertThat(status.migrations()).hasSize(3);

        migrator.up();

        assertThat(db.tables()).containsExactly("customer", "migration_history", "migration_history_batch",
                "migration_history_log", "orders");
        assertThat(migrator.version().version()).isEqualTo(3);
        assertThat(db.rows("SELECT action, version, outcome FROM migration_history_log ORDER BY id"))
                .containsExactly(List.of("up", "1", "success"), List.of("up", "2", "success"),
                        List.of("up", "3", "success"));
        assertThat(migrator.status().batches()).hasSize(1);
    }
}
