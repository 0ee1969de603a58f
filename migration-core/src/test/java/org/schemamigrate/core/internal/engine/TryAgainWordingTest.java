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
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * A migration that failed and left nothing behind tells the user to try again. The migrations may have run from
 * a Maven goal or at application start (the starter, Migrator.up()): the advice must fit both, not only "the
 * command". The test compares with the shared advice rather than with wording.
 */
class TryAgainWordingTest {
    @TempDir
    Path dir;

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aRolledBackMigrationFromJavaSaysHowToRetryFromTheApplicationToo(TestDatabase db) throws IOException {
        Files.writeString(dir.resolve("1_bad.up.sql"), "CREATE TABLE a (id INT);\nINSERT INTO missing VALUES (1);\n");
        Files.writeString(dir.resolve("1_bad.down.sql"), "DROP TABLE a;\n");
        Migrator migrator = Migrator.builder().dataSource(db.dataSource()).directory(dir)
                .lockTimeout(Duration.ofSeconds(30)).build();

        assertThatThrownBy(migrator::up).isInstanceOfSatisfying(MigrationException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.MIGRATION_FAILED);
            assertThat(e.getMessage()).contains(FailureStates.TRY_AGAIN).doesNotContain("the command again");
        });
        assertThat(db.tables()).doesNotContain("a");
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void aFailedPreCheckOnMariaDbSaysHowToRetryFromTheApplicationToo(TestDatabase db) throws IOException {
        db.execute("CREATE TABLE person (id INT PRIMARY KEY, email VARCHAR(50))", "INSERT INTO person VALUES (1, NULL)");
        Files.writeString(dir.resolve("1_email_required.up.sql"),
                "ALTER TABLE person MODIFY email VARCHAR(50) NOT NULL;\n");
        Files.writeString(dir.resolve("1_email_required.down.sql"), "ALTER TABLE person MODIFY email VARCHAR(50);\n");
        Migrator migrator = Migrator.builder().dataSource(db.dataSource()).directory(dir)
                .lockTimeout(Duration.ofSeconds(30)).build();

        assertThatThrownBy(migrator::up).isInstanceOfSatisfying(MigrationException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.PRECHECK_FAILED);
            assertThat(e.getMessage()).contains(FailureStates.TRY_AGAIN).doesNotContain("the command again");
        });
        assertThat(migrator.version().dirty()).isFalse();
    }
}
