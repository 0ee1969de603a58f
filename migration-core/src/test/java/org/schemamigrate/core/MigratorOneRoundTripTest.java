package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.FailureDetails.StatementFailed;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * Migrations sent with their history rows as one text (what a fleet does on PostgreSQL) leave the same history
 * as statement by statement, and a failure is reported and recorded exactly as there: the migrations before it
 * stay applied, nothing of it remains, none after it runs.
 */
class MigratorOneRoundTripTest {
    private static final String HISTORY = "SELECT version, name, checksum, state, operation, statements_done,"
            + " statements_total, applied_by FROM migration_history ORDER BY version";
    private static final String LOG = "SELECT action, version, name, outcome, detail FROM migration_history_log"
            + " ORDER BY id";

    @TempDir
    Path dir;

    private MigrationFiles files() {
        return new MigrationFiles(dir).standardThree()
                // statements with a question mark, a backslash, a quote and a statement ending in a line comment
                .pair(4, "add_notes", """
                        CREATE TABLE notes (id INT PRIMARY KEY, body TEXT);
                        INSERT INTO notes VALUES (1, 'why? \\ it''s') -- the first note
                        ;
                        """, "DROP TABLE notes;");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void theHistoryIsTheSameAsStatementByStatement(TestDatabase db) {
        db.execute("CREATE SCHEMA plain", "CREATE SCHEMA batched");
        MigrationFiles files = files();
        List<MigrationEvent> events = new ArrayList<>();
        files.migrator(db).schema("plain").build().up();
        List<Boolean> existedAtStart = new ArrayList<>();
        MigrationResult result = files.migrator(db).schema("batched").oneRoundTrip(true).listener(events::add)
                .listener(e -> {
                    if (e instanceof MigrationEvent.MigrationStarted s && s.version() == 1) {
                        existedAtStart.add("t".equals(db.single("SELECT to_regclass('batched.customer') IS NOT NULL")));
                    }
                }).build().up();

        assertThat(result.after()).isEqualTo(new VersionInfo(4, "add_notes", false));
        assertThat(db.rows(HISTORY.replace("migration_history", "batched.migration_history")))
                .isEqualTo(db.rows(HISTORY.replace("migration_history", "plain.migration_history")));
        assertThat(db.rows(LOG.replace("migration_history", "batched.migration_history")))
                .isEqualTo(db.rows(LOG.replace("migration_history", "plain.migration_history")));
        assertThat(db.single("SELECT body FROM batched.notes")).isEqualTo("why? \\ it's");
        assertThat(events).filteredOn(e -> e instanceof MigrationEvent.StatementExecuted).hasSize(6);
        assertThat(events).filteredOn(MigrationFiles::isSucceeded).hasSize(4);
        // sent as one text, the migration has committed before its events come: the proof the path was taken
        assertThat(existedAtStart).containsExactly(true);

        files.migrator(db).schema("plain").build().down(2);
        files.migrator(db).schema("batched").oneRoundTrip(true).build().down(2);
        assertThat(db.rows(LOG.replace("migration_history", "batched.migration_history")))
                .isEqualTo(db.rows(LOG.replace("migration_history", "plain.migration_history")));
        assertThat(db.single("SELECT COUNT(*) FROM batched.migration_history")).isEqualTo("2");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aFailureIsReportedAtItsStatementAndStopsTheMigrationsAfterIt(TestDatabase db) {
        Migrator migrator = new MigrationFiles(dir)
                .pair(1, "create_customer", "CREATE TABLE customer (id INT PRIMARY KEY);", "DROP TABLE customer;")
                .pair(2, "add_audit", """
                        CREATE TABLE audit (id INT PRIMARY KEY);
                        -- the next statement fails: the table does not exist
                        INSERT INTO no_such_table VALUES (1);
                        CREATE TABLE never_created (id INT);
                        """, "DROP TABLE audit;")
                .pair(3, "create_later", "CREATE TABLE later (id INT);", "DROP TABLE later;")
                .migrator(db).oneRoundTrip(true).build();

        assertThatThrownBy(migrator::up)
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.MIGRATION_FAILED);
                    assertThat(e.details()).contains(new StatementFailed(2, Direction.UP, "2_add_audit.up.sql", 2, 3,
                            3, 0));
                });

        // all three went as one text: the first committed, the second failed, the third never ran
        assertThat(db.tables()).doesNotContain("audit", "never_created", "later").contains("customer");
        assertThat(migrator.version()).isEqualTo(new VersionInfo(1, "create_customer", false));
        assertThat(db.rows("SELECT action, version, outcome FROM migration_history_log ORDER BY id"))
                .containsExactly(List.of("up", "1", "success"), List.of("up", "2", "failed"));
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void whereDdlCommitsAtOnceItStaysStatementByStatement(TestDatabase db) {
        Migrator migrator = files().migrator(db).oneRoundTrip(true).build();

        migrator.up();

        assertThat(db.rows("SELECT version, state, statements_done, statements_total FROM migration_history"
                + " WHERE version = 4")).containsExactly(List.of("4", "applied", "2", "2"));
    }
}
