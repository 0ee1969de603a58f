package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.FailureDetails.StatementFailed;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.UrlDataSource;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * On MariaDB with multi-statement texts allowed (allowMultiQueries=true, through either driver), pending
 * migrations go as one text and leave exactly the history statement by statement leaves, a failure included:
 * the statements before the failing one committed (DDL), so the migration is dirty with that count.
 */
class MySqlOneRoundTripTest {
    private static final String HISTORY = "SELECT version, name, checksum, state, operation, statements_done,"
            + " statements_total, applied_by FROM %s.migration_history ORDER BY version";
    private static final String LOG = "SELECT action, version, name, outcome, detail FROM %s.migration_history_log"
            + " ORDER BY id";

    @TempDir
    Path dir;

    /** The MariaDB driver and mysql-connector-j, each with multi-statement texts allowed. */
    private static List<UrlDataSource> bothDrivers(TestDatabase db) {
        String url = db.url() + (db.url().contains("?") ? "&" : "?") + "allowMultiQueries=true";
        return List.of(new UrlDataSource(url, db.user(), db.password()),
                new UrlDataSource(url.replace("jdbc:mariadb:", "jdbc:mysql:"), db.user(), db.password()));
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void theHistoryIsTheSameAsStatementByStatement(TestDatabase db) {
        new MigrationFiles(dir).standardThree().pair(4, "add_notes", """
                CREATE TABLE notes (id INT PRIMARY KEY, body TEXT);
                INSERT INTO notes VALUES (1, 'why? \\\\ it''s') -- the first note
                ;
                """, "DROP TABLE notes;");
        int n = 0;
        for (UrlDataSource driver : bothDrivers(db)) {
            // applied_by is the driver's user name: "root" through one driver, "root@" through the other
            String plain = database(db, "plain" + n);
            Migrator.builder().dataSource(driver).schema(plain).directory(dir).build().up();
            String batched = database(db, "batched" + n++);
            List<Boolean> existedAtStart = new ArrayList<>();
            List<MigrationEvent> events = new ArrayList<>();
            MigrationResult result = Migrator.builder().dataSource(driver).schema(batched).directory(dir)
                    .oneRoundTrip(true).listener(events::add).listener(e -> {
                        if (e instanceof MigrationEvent.MigrationStarted s && s.version() == 1) {
                            existedAtStart.add(!db.rows("SELECT 1 FROM information_schema.tables WHERE table_schema"
                                    + " = '" + batched + "' AND table_name = 'customer'").isEmpty());
                        }
                    }).build().up();

            assertThat(result.after()).isEqualTo(new VersionInfo(4, "add_notes", false));
            assertThat(db.rows(HISTORY.formatted(batched))).as(driver.toString())
                    .isEqualTo(db.rows(HISTORY.formatted(plain)));
            assertThat(db.rows(LOG.formatted(batched))).isEqualTo(db.rows(LOG.formatted(plain)));
            assertThat(db.single("SELECT body FROM " + batched + ".notes")).isEqualTo("why? \\ it's");
            assertThat(events).filteredOn(MigrationFiles::isSucceeded).hasSize(4);
            // sent as one text, the migration has committed before its events come: the proof the path was taken
            assertThat(existedAtStart).as(driver.toString()).containsExactly(true);
        }
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void aFailingStatementLeavesItsMigrationDirtyWithTheStatementsBeforeItCommitted(TestDatabase db) {
        new MigrationFiles(dir)
                .pair(1, "create_customer", "CREATE TABLE customer (id INT PRIMARY KEY);", "DROP TABLE customer;")
                .pair(2, "add_audit", """
                        CREATE TABLE audit (id INT PRIMARY KEY);
                        -- the next statement fails: the table does not exist
                        INSERT INTO no_such_table VALUES (1);
                        CREATE TABLE never_created (id INT);
                        """, "DROP TABLE audit;")
                .pair(3, "create_later", "CREATE TABLE later (id INT);", "DROP TABLE later;");
        int n = 0;
        for (UrlDataSource driver : bothDrivers(db)) {
            String plain = database(db, "plain" + n);
            MigrationException byStatement = catchThrowableOfType(() -> Migrator.builder().dataSource(driver)
                    .schema(plain).directory(dir).build().up(), MigrationException.class);
            assertThat(byStatement.details()).contains(new StatementFailed(2, Direction.UP, "2_add_audit.up.sql",
                    2, 3, 3, 1));
            String batched = database(db, "batched" + n++);
            Migrator migrator = Migrator.builder().dataSource(driver).schema(batched).directory(dir)
                    .oneRoundTrip(true).build();

            MigrationException e = catchThrowableOfType(migrator::up, MigrationException.class);

            assertThat(e.code()).as(driver.toString()).isEqualTo(CoreErrorCode.MIGRATION_FAILED);
            assertThat(e.details()).isEqualTo(byStatement.details());
            assertThat(db.rows(HISTORY.formatted(batched))).isEqualTo(db.rows(HISTORY.formatted(plain)));
            assertThat(db.rows("SELECT version, state, statements_done FROM " + batched + ".migration_history"
                    + " WHERE version = 2")).containsExactly(List.of("2", "dirty", "1"));
            // the detail names the failing statement; the error text itself differs per driver and connection
            String log = "SELECT action, version, name, outcome, LEFT(detail, 40) FROM %s.migration_history_log"
                    + " ORDER BY id";
            assertThat(db.rows(log.formatted(batched))).isEqualTo(db.rows(log.formatted(plain)));
            assertThat(db.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + batched
                    + "' AND table_name IN ('customer', 'audit', 'never_created', 'later') ORDER BY 1"))
                    .containsExactly(List.of("audit"), List.of("customer"));
        }
    }

    private static String database(TestDatabase db, String suffix) {
        String name = db.name() + "_" + suffix;
        db.execute("CREATE DATABASE " + name);
        return name;
    }
}
