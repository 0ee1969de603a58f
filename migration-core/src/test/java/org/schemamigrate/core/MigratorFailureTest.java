package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.FailureDetails.StatementFailed;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

class MigratorFailureTest {
    private static final String FAILING_UP = """
            CREATE TABLE audit (id INT PRIMARY KEY);
            -- the next statement fails: the table does not exist
            INSERT INTO no_such_table VALUES (1);
            CREATE TABLE never_created (id INT);
            """;

    @TempDir
    Path dir;

    private MigrationFiles filesWithFailingSecond() {
        return new MigrationFiles(dir)
                .pair(1, "create_customer", "CREATE TABLE customer (id INT PRIMARY KEY);", "DROP TABLE customer;")
                .pair(2, "add_audit", FAILING_UP, "DROP TABLE audit;");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void onPostgresAFailedMigrationLeavesNoTrace(TestDatabase db) {
        Migrator migrator = filesWithFailingSecond().migrator(db).build();

        assertThatThrownBy(migrator::up)
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.MIGRATION_FAILED);
                    // statement 2 of 3, line 3; the transaction rolled back, so nothing stays committed
                    assertThat(e.details()).contains(new StatementFailed(2, Direction.UP, "2_add_audit.up.sql", 2, 3,
                            3, 0));
                })
                .hasMessageContaining("no_such_table");

        assertThat(db.tables()).doesNotContain("audit", "never_created").contains("customer");
        assertThat(migrator.version()).isEqualTo(new VersionInfo(1, "create_customer", false));
        assertThat(db.rows("SELECT action, version, outcome FROM migration_history_log ORDER BY id"))
                .containsExactly(List.of("up", "1", "success"), List.of("up", "2", "failed"));
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void onMariaDbAFailedMigrationLeavesAnExactDirtyRecord(TestDatabase db) {
        Migrator migrator = filesWithFailingSecond().migrator(db).build();

        assertThatThrownBy(migrator::up)
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.MIGRATION_FAILED);
                    // statement 1 committed before statement 2 (line 3) failed: DDL auto-commits
                    assertThat(e.details()).contains(new StatementFailed(2, Direction.UP, "2_add_audit.up.sql", 2, 3,
                            3, 1));
                })
                .hasMessageContaining("version 2 if you complete the migration, or 1 if you undo");

        assertThat(db.tables()).contains("audit").doesNotContain("never_created");
        assertThat(db.rows("SELECT version, state, operation, statements_done, statements_total"
                + " FROM migration_history WHERE version = 2"))
                .containsExactly(List.of("2", "dirty", "up", "1", "3"));
        assertThat(migrator.version()).isEqualTo(new VersionInfo(2, "add_audit", true));
        assertThat(migrator.validate().problems()).extracting(ValidationProblem::kind)
                .containsExactly(ValidationProblem.Kind.DIRTY);
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void aDirtyDatabaseRefusesEverythingButForceAndForceRecovers(TestDatabase db) {
        MigrationFiles files = filesWithFailingSecond();
        Migrator migrator = files.migrator(db).build();
        assertThatThrownBy(migrator::up).isInstanceOf(MigrationException.class);

        assertThatThrownBy(migrator::up)
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.DIRTY_DATABASE))
                .hasMessageContaining("dirty at version 2 add_audit")
                .hasMessageContaining("statements 1–1 of 3 were committed")
                .hasMessageContaining("migration:force -Dversion=2");
        assertThatThrownBy(migrator::down).hasMessageContaining("dirty at version 2");
        assertThat(migrator.status().migrations()).extracting(MigrationStatus::state)
                .containsExactly(MigrationStatus.State.APPLIED, MigrationStatus.State.DIRTY);

        // the operator undoes the committed statement by hand and records version 1
        db.execute("DROP TABLE audit");
        HistoryUpdate forced = migrator.force(1);

        assertThat(forced.changes()).containsExactly(
                "removed the record of 2 add_audit (dirty after a failed up at statement 2 of 3)");
        assertThat(forced.after()).isEqualTo(new VersionInfo(1, "create_customer", false));

        files.pair(2, "add_audit", "CREATE TABLE audit (id INT PRIMARY KEY);", "DROP TABLE audit;");
        assertThat(files.migrator(db).build().up().after().version()).isEqualTo(2);
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void forceToTheDirtyVersionMarksItApplied(TestDatabase db) {
        Migrator migrator = filesWithFailingSecond().migrator(db).build();
        assertThatThrownBy(migrator::up).isInstanceOf(MigrationException.class);
        // the operator completes the migration by hand
        db.execute("CREATE TABLE never_created (id INT)");

        HistoryUpdate forced = migrator.force(2);

        assertThat(forced.changes()).containsExactly(
                "marked 2 add_audit as applied (dirty after a failed up at statement 2 of 3)");
        assertThat(migrator.version()).isEqualTo(new VersionInfo(2, "add_audit", false));
        assertThat(db.rows("SELECT action, version, outcome FROM migration_history_log ORDER BY id"))
                .containsExactly(List.of("up", "1", "success"), List.of("up", "2", "failed"),
                        List.of("force", "2", "success"));
    }

    @DatabaseTest
    void aFailingRollbackIsReportedWithTheStateItLeft(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir)
                .pair(1, "create_customer", "CREATE TABLE customer (id INT PRIMARY KEY);", "DROP TABLE customer;")
                .pair(2, "two_tables", "CREATE TABLE a (id INT); CREATE TABLE b (id INT);",
                        "DROP TABLE b; DROP TABLE missing_table;");
        Migrator migrator = files.migrator(db).build();
        migrator.up();

        int committed = db.kind() == DatabaseKind.POSTGRESQL ? 0 : 1;
        assertThatThrownBy(migrator::down).isInstanceOfSatisfying(MigrationException.class, e -> assertThat(
                e.details()).contains(new StatementFailed(2, Direction.DOWN, "2_two_tables.down.sql", 2, 2, 1,
                committed)));

        if (db.kind() == DatabaseKind.POSTGRESQL) {
            assertThat(db.tables()).contains("a", "b");
            assertThat(migrator.version()).isEqualTo(new VersionInfo(2, "two_tables", false));
        } else {
            assertThat(db.tables()).contains("a").doesNotContain("b");
            assertThat(migrator.version()).isEqualTo(new VersionInfo(2, "two_tables", true));
            assertThat(migrator.validate().describe()).contains("its down migration failed part-way",
                    "version 1 if you completed the rollback");
        }
    }

    @DatabaseTest
    void aBrokenScriptFailsBeforeAnythingRuns(TestDatabase db) {
        Migrator migrator = new MigrationFiles(dir)
                .pair(1, "create_customer", "CREATE TABLE customer (id INT PRIMARY KEY);", null)
                .pair(2, "broken", "INSERT INTO customer VALUES (1);\nSELECT 'unterminated;", null)
                .migrator(db).build();

        assertThatThrownBy(migrator::up)
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.INVALID_SCRIPT))
                .hasMessageContaining("2_broken.up.sql line 2");
        assertThat(db.tables()).doesNotContain("customer");
    }

    @DatabaseTest
    void aBadConnectionSaysWhatToCheckWithoutThePassword(TestDatabase db) {
        String url = db.url().replaceFirst("localhost:\\d+", "localhost:1");
        Migrator migrator = Migrator.builder().url(url, "someone", "s3cret-pass").directory(dir).build();

        assertThatThrownBy(migrator::up)
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.DATABASE_ERROR))
                .hasMessageContaining("Cannot connect to the database")
                .hasMessageContaining("migration.url")
                .hasMessageNotContaining("s3cret-pass");
    }
}
