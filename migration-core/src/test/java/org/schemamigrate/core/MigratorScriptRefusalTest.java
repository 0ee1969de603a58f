package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/** Files refused before anything runs: empty ones, and transaction control inside PostgreSQL's one transaction. */
class MigratorScriptRefusalTest {
    private static final List<String> HISTORY = List.of("migration_history", "migration_history_batch",
            "migration_history_log");

    @TempDir
    Path dir;

    private static ErrorCode codeOf(Throwable e) {
        return ((MigrationException) e).code();
    }

    @DatabaseTest
    void emptyAndCommentOnlyFilesAreRefusedBeforeAnythingRuns(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir)
                .pair(1, "create_customer", "CREATE TABLE customer (id INT PRIMARY KEY);", "DROP TABLE customer;")
                .pair(2, "forgotten", "-- TODO write the index\n\n/* later */\n", null);
        Migrator migrator = files.migrator(db).build();

        assertThatThrownBy(migrator::up).satisfies(e -> assertThat(codeOf(e)).isEqualTo(CoreErrorCode.EMPTY_MIGRATION))
                .hasMessageContaining("2_forgotten.up.sql").hasMessageContaining("-- migration:empty");
        assertThat(db.tables()).containsExactlyElementsOf(HISTORY);
        assertThat(migrator.version()).isEqualTo(VersionInfo.NONE);

        files.write("2_forgotten.up.sql", "");
        assertThatThrownBy(migrator::up).satisfies(e -> assertThat(codeOf(e)).isEqualTo(CoreErrorCode.EMPTY_MIGRATION));
        assertThat(db.tables()).containsExactlyElementsOf(HISTORY);
    }

    @DatabaseTest
    void aFileMarkedEmptyIsAppliedAndAMarkedFileWithStatementsIsRefused(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir)
                .pair(1, "placeholder", "-- migration:empty\n-- the version the old tool ended at\n", null);
        Migrator migrator = files.migrator(db).build();

        migrator.up();
        assertThat(migrator.version()).isEqualTo(new VersionInfo(1, "placeholder", false));

        files.pair(2, "confused", "-- migration:empty\nCREATE TABLE t (id INT);", null);
        assertThatThrownBy(migrator::up).satisfies(e -> assertThat(codeOf(e)).isEqualTo(CoreErrorCode.INVALID_SCRIPT));
        assertThat(db.tables()).doesNotContain("t");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void transactionControlInATransactionalFileIsRefusedBeforeItRuns(TestDatabase db) {
        List<String> statements = List.of("COMMIT", "commit work", "END", "BEGIN", "START TRANSACTION", "ROLLBACK",
                "ABORT", "RELEASE SAVEPOINT never_set", "ROLLBACK TO never_set", "PREPARE TRANSACTION 'x'");
        for (String tc : statements) {
            new MigrationFiles(dir).pair(1, "with_commit", "CREATE TABLE a (id INT);\n" + tc
                    + ";\nCREATE TABLE b (id INT);", null);
            Migrator migrator = new MigrationFiles(dir).migrator(db).build();
            assertThatThrownBy(migrator::up).as(tc)
                    .satisfies(e -> assertThat(codeOf(e)).isEqualTo(CoreErrorCode.TRANSACTION_CONTROL))
                    .hasMessageContaining("statement 2 (line 2)")
                    .hasMessageContaining("-- migration:no-transaction");
            assertThat(db.tables()).as(tc).containsExactlyElementsOf(HISTORY);
            assertThat(migrator.version()).isEqualTo(VersionInfo.NONE);
        }
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void savepointsTheFileSetsItselfAndNoTransactionFilesAreAllowed(TestDatabase db) {
        Migrator migrator = new MigrationFiles(dir)
                .pair(1, "savepoints", """
                        CREATE TABLE a (id INT);
                        SAVEPOINT before_b;
                        CREATE TABLE b (id INT);
                        ROLLBACK TO SAVEPOINT before_b;
                        RELEASE before_b;
                        """, null)
                .pair(2, "own_transactions", """
                        -- migration:no-transaction
                        BEGIN;
                        CREATE TABLE c (id INT);
                        COMMIT;
                        """, null)
                .migrator(db).build();

        migrator.up();

        assertThat(db.tables()).contains("a", "c").doesNotContain("b");
        assertThat(migrator.version()).isEqualTo(new VersionInfo(2, "own_transactions", false));
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aFailureAfterAnEarlyCommitSaysWhatRemainsInsteadOfClaimingARollback(TestDatabase db) {
        Migrator migrator = new MigrationFiles(dir).migrator(db).javaMigrations(new CommitsThenFails()).build();

        assertThatThrownBy(migrator::up)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(CoreErrorCode.MIGRATION_FAILED))
                .hasMessageContaining("did NOT undo everything")
                .hasMessageNotContaining("nothing of this migration remains");
        assertThat(db.tables()).contains("committed_early");
    }

    @MigrationVersion(value = 1, name = "commits_then_fails")
    static final class CommitsThenFails implements JavaMigration {
        @Override
        public void up(Context context) throws Exception {
            try (Statement s = context.connection().createStatement()) {
                s.execute("CREATE TABLE committed_early (id INT)");
                s.execute("COMMIT");
                s.execute("SELECT no_such_column FROM committed_early");
            }
        }
    }
}
