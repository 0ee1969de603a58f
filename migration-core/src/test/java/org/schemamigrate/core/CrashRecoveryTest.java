package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.crash.ChildMigrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * A migrator killed with SIGKILL while the server runs one of its statements: the server may finish that
 * statement after the client is gone. The next command must tell exactly what committed, and the recovery it
 * prints must reach the target without re-running a committed statement.
 */
class CrashRecoveryTest {
    private static final List<String> STATEMENTS = List.of(
            "CREATE TABLE crash_a (id INT PRIMARY KEY)",
            "CREATE TABLE crash_slow AS SELECT SLEEP(3) AS x",
            "ALTER TABLE crash_a ADD COLUMN note VARCHAR(20)");

    @TempDir
    Path dir;

    @DatabaseTest(DatabaseKind.MARIADB)
    void aStatementRunningWhenTheMigratorWasKilledIsResolvedFromTheCatalog(TestDatabase db) throws Exception {
        MigrationFiles files = new MigrationFiles(dir)
                .pair(1, "base", "CREATE TABLE base (id INT);", null)
                .pair(2, "three_steps", String.join(";\n", STATEMENTS) + ";\n", null);
        try (ChildMigrator child = ChildMigrator.start(db, dir)) {
            boolean running = child.awaitWhileAlive(() -> !db.rows("SELECT id FROM information_schema.processlist"
                    + " WHERE info LIKE 'CREATE TABLE crash_slow%'").isEmpty());
            assertThat(running).as("the child reached statement 2: %s", child.output()).isTrue();
            child.kill();
        }
        Migrator migrator = files.migrator(db).build();

        assertThatThrownBy(migrator::up)
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.DIRTY_DATABASE))
                .hasMessageContaining("Statement 2 of 3 of the up of 2 three_steps (line 2) was running when the"
                        + " migrator stopped, so it may or may not have committed");

        boolean committed = db.tables().contains("crash_slow");
        int done = committed ? 2 : 1;
        System.out.println("statement 2 committed after the kill: " + committed);
        assertThatThrownBy(migrator::up).hasMessageContaining("statements 1–" + done + " of 3 were committed")
                .hasMessageContaining("the first one not applied is statement " + (done + 1));
        assertThat(db.rows("SELECT state, statements_done FROM migration_history WHERE version = 2"))
                .containsExactly(List.of("dirty", String.valueOf(done)));
        assertThat(db.rows("SELECT action, outcome FROM migration_history_log WHERE action = 'resolve'"))
                .containsExactly(List.of("resolve", committed ? "committed" : "not committed"));

        // the printed recovery: run the statements after the committed ones, then force the version
        db.execute(STATEMENTS.subList(done, STATEMENTS.size()).toArray(String[]::new));
        migrator.force(2);
        assertThat(migrator.up().runs()).isEmpty();
        assertThat(migrator.version()).isEqualTo(new VersionInfo(2, "three_steps", false));
        assertThat(db.tables()).contains("crash_a", "crash_slow");
        assertThat(db.rows("SELECT column_name FROM information_schema.columns WHERE table_schema = database()"
                + " AND table_name = 'crash_a' ORDER BY ordinal_position"))
                .containsExactly(List.of("id"), List.of("note"));
    }
}
