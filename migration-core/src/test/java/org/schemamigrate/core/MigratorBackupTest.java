package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.FailureDetails.StatementFailed;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/** With a backup directory, a migration that drops a column saves it first, and restore.sql brings it back. */
class MigratorBackupTest {
    @TempDir
    Path dir;

    @TempDir
    Path backups;

    @DatabaseTest
    void aDroppedColumnIsSavedAndRestoredAfterDown(TestDatabase db) throws IOException {
        List<MigrationEvent> events = new ArrayList<>();
        MigrationFiles files = new MigrationFiles(dir)
                .pair(1, "members", """
                        CREATE TABLE member (id INT PRIMARY KEY, phone VARCHAR(40));
                        INSERT INTO member VALUES (1, '+1 555'), (2, NULL), (3, ''),
                          (4, 'it''s "x"; -- no comment');
                        """, "DROP TABLE member;")
                .pair(2, "drop_phone", "-- the phone moves elsewhere\nALTER TABLE member DROP COLUMN phone;",
                        "ALTER TABLE member ADD COLUMN phone VARCHAR(40);");
        Path run = backups.resolve("20261122-230000");
        Migrator migrator = files.migrator(db).backupDirectory(run).listener(events::add).build();

        migrator.up();
        migrator.down();
        db.executeScript(Files.readString(run.resolve("restore.sql"), StandardCharsets.UTF_8));

        assertThat(db.rows("SELECT id, phone FROM member ORDER BY id")).containsExactly(
                List.of("1", "+1 555"), Arrays.asList("2", null), List.of("3", ""),
                List.of("4", "it's \"x\"; -- no comment"));
        assertThat(events).filteredOn(MigrationEvent.RowsSaved.class::isInstance).singleElement()
                .isEqualTo(new MigrationEvent.RowsSaved(2, "drop_phone", "member.phone", 4,
                        run.resolve("member.phone.csv"), run.resolve("restore.sql")));
        assertThat(Files.readString(run.resolve("README.txt")))
                .contains("member.phone.csv: 4 rows of column member.phone with the row key (id)")
                .contains("saved before statement 1 of ").contains("2_drop_phone.up.sql (line 2)");
    }

    @DatabaseTest
    void whenTheBackupCannotBeWrittenTheDestructiveStatementDoesNotRun(TestDatabase db) throws IOException {
        Path notADirectory = Files.writeString(backups.resolve("taken"), "a file where the directory should be");
        Migrator migrator = new MigrationFiles(dir)
                .pair(1, "members", "CREATE TABLE member (id INT PRIMARY KEY, phone VARCHAR(40));\n"
                        + "INSERT INTO member VALUES (1, '555');", null)
                .pair(2, "drop_phone", "ALTER TABLE member DROP COLUMN phone;", null)
                .migrator(db).backupDirectory(notADirectory.resolve("run")).build();

        assertThatThrownBy(migrator::up)
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.MIGRATION_FAILED);
                    assertThat(e.details()).contains(new StatementFailed(2, Direction.UP, "2_drop_phone.up.sql", 1,
                            1, 1, 0));
                })
                .hasMessageContaining("saving the rows it would destroy to " + notADirectory.resolve("run")
                        + " failed, so it did not run");

        assertThat(db.single("SELECT phone FROM member")).isEqualTo("555");
    }

    @DatabaseTest
    void withoutABackupDirectoryNothingIsWritten(TestDatabase db) {
        Migrator migrator = new MigrationFiles(dir)
                .pair(1, "notes", "CREATE TABLE note (id INT);\nINSERT INTO note VALUES (1);\nDROP TABLE note;", null)
                .migrator(db).build();

        migrator.up();

        assertThat(backups).isEmptyDirectory();
    }
}
