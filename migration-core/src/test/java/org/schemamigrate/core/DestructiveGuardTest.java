package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.lint.Category;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/** up and down refuse destructive statements before anything runs, unless allowed or reviewed. */
class DestructiveGuardTest {
    private static final String DROP_EMAIL = "ALTER TABLE customer DROP COLUMN email;";

    @TempDir
    Path dir;

    private static MigrationException refusal(Throwable e) {
        assertThat(e).isInstanceOf(MigrationException.class);
        assertThat(((MigrationException) e).code()).isEqualTo(CoreErrorCode.DESTRUCTIVE_REFUSED);
        return (MigrationException) e;
    }

    private static List<String> customerColumns(TestDatabase db) {
        String schema = db.kind() == DatabaseKind.POSTGRESQL ? "current_schema()" : "database()";
        return db.rows("SELECT lower(column_name) FROM information_schema.columns WHERE table_name = 'customer'"
                + " AND table_schema = " + schema + " ORDER BY 1").stream().map(r -> r.get(0)).toList();
    }

    @DatabaseTest
    void aDownThatDropsAColumnIsRefusedWithItsStatementAndNothingRuns(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir).standardThree();
        files.migrator(db).build().up();
        db.execute("INSERT INTO customer (id, name, email) VALUES (1, 'Ada', 'ada@example.org')");

        assertThatThrownBy(() -> files.guarded(db).build().down())
                .satisfies(e -> refusal(e))
                .hasMessageContaining("Nothing was applied")
                .hasMessageContaining("rollback would destroy data")
                .hasMessageContaining("The database is unchanged (at version 3 add_email)")
                .hasMessageContaining("3_add_email.down.sql:1 SM103: drops column customer.email and its data")
                .hasMessageContaining("      ALTER TABLE customer DROP COLUMN email")
                .hasMessageContaining("-Dmigration.allowDestructive=true")
                .hasMessageContaining("Migrator.builder().allowDestructive(true)")
                .hasMessageContaining("-- migration:allow-destructive")
                .hasMessageContaining("-Dmigration.backup=true");

        assertThat(customerColumns(db)).containsExactly("email", "id", "name");
        assertThat(db.single("SELECT email FROM customer WHERE id = 1")).isEqualTo("ada@example.org");
        assertThat(files.guarded(db).build().version().version()).isEqualTo(3);
        assertThat(db.rows("SELECT action FROM migration_history_log WHERE action = 'down'")).isEmpty();
    }

    @DatabaseTest
    void anUpRunIsRefusedBeforeItsFirstMigrationWhenALaterOneIsDestructive(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir)
                .pair(1, "create_customer", "CREATE TABLE customer (id INT PRIMARY KEY, email VARCHAR(200));",
                        "DROP TABLE customer;")
                .pair(2, "create_audit", "CREATE TABLE audit (id INT);", "DROP TABLE audit;")
                .pair(3, "drop_email", "-- the address moves to the contact table\n" + DROP_EMAIL,
                        "ALTER TABLE customer ADD COLUMN email VARCHAR(200);");

        // customer exists before the run (a drop on a table the same run created is not refused: FreshDatabaseGuardTest)
        files.guarded(db).build().upTo(1);

        assertThatThrownBy(() -> files.guarded(db).build().up())
                .satisfies(e -> refusal(e))
                .hasMessageContaining("Nothing was applied: a statement of the migrations to apply")
                .hasMessageContaining("unchanged (at version 1 create_customer)")
                .hasMessageContaining("3_drop_email.up.sql:2 SM103");

        assertThat(db.tables()).contains("customer").doesNotContain("audit");
        assertThat(files.guarded(db).build().version().version()).isEqualTo(1);
        // the safe migrations alone may run
        assertThat(files.guarded(db).build().upTo(2).after().version()).isEqualTo(2);
    }

    @DatabaseTest
    void theDirectiveAllowsAReviewedFileAndTheFindingIsReported(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir).standardThree();
        files.migrator(db).build().up();
        files.write("3_add_email.down.sql", "-- reviewed: the addresses are in the CRM\n"
                + "-- migration:allow-destructive\n" + DROP_EMAIL);
        List<MigrationEvent> events = new ArrayList<>();

        MigrationResult result = files.guarded(db).listener(events::add).build().down();

        assertThat(result.after().version()).isEqualTo(2);
        assertThat(customerColumns(db)).containsExactly("id", "name");
        assertThat(events).filteredOn(e -> e instanceof MigrationEvent.RiskFound)
                .map(e -> (MigrationEvent.RiskFound) e)
                .extracting(r -> r.finding().code(), MigrationEvent.RiskFound::allowedBy)
                .containsExactly(tuple("SM103", "-- migration:allow-destructive"), tuple("SM302", null));
        // the next down (orders) has no directive and is refused again
        assertThatThrownBy(() -> files.guarded(db).build().down()).satisfies(e -> refusal(e))
                .hasMessageContaining("2_create_orders.down.sql:1 SM102");
    }

    @DatabaseTest
    void allowDestructiveLetsEveryStepRunAndGoToBackIsGuardedToo(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir).standardThree();
        files.migrator(db).build().up();

        assertThatThrownBy(() -> files.guarded(db).build().goTo(1)).satisfies(e -> refusal(e))
                .hasMessageContaining("3_add_email.down.sql:1 SM103")
                .hasMessageContaining("2_create_orders.down.sql:1 SM102");
        assertThat(db.tables()).contains("orders");

        MigrationResult result = files.guarded(db).allowDestructive(true).build().goTo(1);

        assertThat(result.after().version()).isEqualTo(1);
        assertThat(db.tables()).doesNotContain("orders");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aDryRunShowsTheRefusalToo(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir).standardThree();
        files.migrator(db).build().up();

        assertThatThrownBy(() -> files.guarded(db).dryRun(true).build().down()).satisfies(e -> refusal(e))
                .hasMessageStartingWith("Dry run: this rollback would be refused. Nothing was applied")
                .hasMessageContaining("SM103");
        assertThat(files.guarded(db).dryRun(true).allowDestructive(true).build().down().sql())
                .contains(DROP_EMAIL);
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void downLastBatchIsGuardedOnMariaDb(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir).standardThree();
        files.migrator(db).deployment("release-1").build().up();

        assertThatThrownBy(() -> files.guarded(db).build().downLastBatch()).satisfies(e -> refusal(e))
                .hasMessageContaining("1_create_customer.down.sql:1 SM102");
        assertThat(db.tables()).contains("customer", "orders");
        assertThat(customerColumns(db)).contains("email");
    }

    @DatabaseTest
    void otherFindingsAreReportedBeforeTheMigrationRunsAndDoNotStopIt(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir)
                .pair(1, "create_customer", "CREATE TABLE customer (id INT PRIMARY KEY);", null)
                .pair(2, "add_code", "ALTER TABLE customer ADD COLUMN code VARCHAR(10) NOT NULL;", null);
        files.guarded(db).build().upTo(1);
        List<MigrationEvent> events = new ArrayList<>();

        files.guarded(db).listener(events::add).build().up();

        List<MigrationEvent> relevant = events.stream().filter(e -> e instanceof MigrationEvent.RiskFound
                || e instanceof MigrationEvent.MigrationStarted).toList();
        assertThat(relevant.get(0)).isInstanceOfSatisfying(MigrationEvent.RiskFound.class, risk -> {
            assertThat(risk.finding().code()).isEqualTo("SM201");
            assertThat(risk.finding().category()).isEqualTo(Category.DATA_DEPENDENT);
            assertThat(risk.finding().describe()).startsWith("2_add_code.up.sql:1 SM201 data-dependent:");
            assertThat(risk.allowedBy()).isNull();
        });
        assertThat(relevant.get(1)).isInstanceOf(MigrationEvent.MigrationStarted.class);
        assertThat(customerColumns(db)).contains("code");
    }

    /** The diff marks a narrowing type change destructive in the file's header; the guard reads the marker. */
    @DatabaseTest
    void aStatementTheHeaderMarksDestructiveIsRefusedThoughItsTextLooksSafe(TestDatabase db) {
        String narrow = db.kind() == DatabaseKind.POSTGRESQL
                ? "ALTER TABLE customer ALTER COLUMN name TYPE varchar(5);"
                : "ALTER TABLE customer MODIFY name VARCHAR(5);";
        MigrationFiles files = new MigrationFiles(dir)
                .pair(1, "create_customer", "CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(200));", null)
                .pair(2, "narrow_name", "-- migration:destructive 2\n-- generated\n"
                        + "ALTER TABLE customer ADD COLUMN note VARCHAR(10);\n" + narrow, null);
        files.guarded(db).build().upTo(1);

        assertThatThrownBy(() -> files.guarded(db).build().up()).satisfies(e -> refusal(e))
                .hasMessageContaining("2_narrow_name.up.sql:4 PLAN: marked destructive by the file's header");
        assertThat(customerColumns(db)).containsExactly("id", "name");

        files.guarded(db).allowDestructive(true).build().up();
        assertThat(customerColumns(db)).containsExactly("id", "name", "note");
    }
}
