package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/** Messages that used to point the wrong way: each now names what is really wrong. */
class MisleadingMessagesTest {
    @TempDir
    Path dir;

    private static ErrorCode codeOf(Throwable e) {
        return ((MigrationException) e).code();
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aDirectoryThatIsAFileIsCalledAFile(TestDatabase db) throws Exception {
        Path file = Files.writeString(dir.resolve("migrations.sql"), "SELECT 1;");
        Migrator migrator = Migrator.builder().dataSource(db.dataSource()).directory(file).build();

        assertThatThrownBy(migrator::status).satisfies(e -> assertThat(codeOf(e)).isEqualTo(CoreErrorCode.INVALID_DIRECTORY))
                .hasMessageContaining("is a file, not a folder").hasMessageNotContaining("does not exist");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void anUnknownSchemaIsNotReportedAsMissingRights(TestDatabase db) {
        Migrator migrator = new MigrationFiles(dir).standardThree().migrator(db).schema("no_such_schema").build();

        assertThatThrownBy(migrator::up).satisfies(e -> assertThat(codeOf(e)).isEqualTo(CoreErrorCode.CONFIGURATION))
                .hasMessageContaining("schema no_such_schema does not exist").hasMessageNotContaining("right");
        assertThat(db.tables()).isEmpty();
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void fileNamesAreShownAsTheyAre(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir).write("0002_email.up.sql", "CREATE TABLE email (id INT);");
        Migrator migrator = files.migrator(db).build();
        migrator.up();

        assertThatThrownBy(migrator::down).satisfies(e -> assertThat(codeOf(e)).isEqualTo(CoreErrorCode.IRREVERSIBLE))
                .hasMessageContaining("0002_email.down.sql").hasMessageNotContaining(" 2_email.down.sql");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aLostLockConnectionStopsTheMigrationBeforeItsNextStatement(TestDatabase db) {
        // statement 1 ends the lock's session (as a network failure or a DBA would) and outlasts the
        // lock's once-a-second re-check; statement 2 must not start
        Migrator migrator = new MigrationFiles(dir).pair(1, "long_one", """
                SELECT pg_terminate_backend(pid), pg_sleep(1.2) FROM pg_stat_activity
                  WHERE application_name = 'schemamigrate lock';
                CREATE TABLE after_the_lock_was_lost (id INT);
                """, null).migrator(db).build();

        assertThatThrownBy(migrator::up).satisfies(e -> assertThat(codeOf(e)).isEqualTo(CoreErrorCode.DATABASE_ERROR))
                .hasMessageContaining("statement 2 of 2")
                .hasMessageContaining("lock was lost")
                .hasMessageContaining("rolled back");
        assertThat(db.tables()).doesNotContain("after_the_lock_was_lost");
        assertThat(db.rows("SELECT count(*) FROM migration_history")).containsExactly(List.of("0"));
    }
}
