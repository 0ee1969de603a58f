package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.MigrationStatus.State;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

class MigratorRoundTripTest {
    @TempDir
    Path dir;

    @DatabaseTest
    void upAppliesEveryPendingMigrationAndRecordsIt(TestDatabase db) {
        List<MigrationEvent> events = new ArrayList<>();
        Migrator migrator = new MigrationFiles(dir).standardThree().migrator(db).listener(events::add).build();

        MigrationResult result = migrator.up();

        assertThat(result.runs()).extracting(MigrationRun::version).containsExactly(1L, 2L, 3L);
        assertThat(result.before()).isEqualTo(VersionInfo.NONE);
        assertThat(result.after()).isEqualTo(new VersionInfo(3, "add_email", false));
        assertThat(db.tables()).contains("customer", "orders", "migration_history", "migration_history_log");
        assertThat(db.single("SELECT COUNT(*) FROM orders")).isEqualTo("1");
        assertThat(db.rows("SELECT version, name, state, statements_done FROM migration_history ORDER BY version"))
                .containsExactly(List.of("1", "create_customer", "applied", "1"),
                        List.of("2", "create_orders", "applied", "2"),
                        List.of("3", "add_email", "applied", "1"));
        assertThat(events).filteredOn(MigrationFiles::isSucceeded).hasSize(3);
        assertThat(events).hasAtLeastOneElementOfType(MigrationEvent.LockAcquired.class)
                .hasAtLeastOneElementOfType(MigrationEvent.HistoryTableCreated.class);
        assertThat(migrator.status().migrations()).extracting(MigrationStatus::state).containsOnly(State.APPLIED);
        assertThat(migrator.up().runs()).as("a second up finds nothing to do").isEmpty();
    }

    @DatabaseTest
    void downRollsBackOneByDefaultAndUpReappliesIt(TestDatabase db) {
        Migrator migrator = new MigrationFiles(dir).standardThree().migrator(db).build();
        migrator.up();

        MigrationResult down = migrator.down();

        assertThat(down.runs()).extracting(MigrationRun::version).containsExactly(3L);
        assertThat(migrator.version()).isEqualTo(new VersionInfo(2, "create_orders", false));
        assertThat(columns(db, "customer")).containsExactly("id", "name");
        assertThat(migrator.up().runs()).extracting(MigrationRun::version).containsExactly(3L);
        assertThat(columns(db, "customer")).containsExactly("id", "name", "email");
    }

    @DatabaseTest
    void stepsTargetsAndGoToMoveExactlyAsFarAsAsked(TestDatabase db) {
        Migrator migrator = new MigrationFiles(dir).standardThree().migrator(db).build();

        assertThat(migrator.up(1).after().version()).isEqualTo(1);
        assertThat(migrator.upTo(3).runs()).extracting(MigrationRun::version).containsExactly(2L, 3L);
        assertThat(migrator.down(2).runs()).extracting(MigrationRun::version).containsExactly(3L, 2L);
        assertThat(migrator.goTo(3).after().version()).isEqualTo(3);
        assertThat(migrator.goTo(1).runs()).extracting(MigrationRun::version).containsExactly(3L, 2L);
        assertThat(migrator.downTo(0).after()).isEqualTo(VersionInfo.NONE);
        assertThat(db.tables()).containsExactly("migration_history", "migration_history_batch",
                "migration_history_log");
    }

    @DatabaseTest
    void downRefusesToRollBackMoreThanIsApplied(TestDatabase db) {
        Migrator migrator = new MigrationFiles(dir).standardThree().migrator(db).build();
        migrator.up(2);

        assertThatThrownBy(() -> migrator.down(5)).isInstanceOf(MigrationException.class)
                .hasMessageContaining("only 2 are applied").hasMessageContaining("Nothing was rolled back");
        assertThat(migrator.version().version()).isEqualTo(2);
    }

    @DatabaseTest
    void aMigrationWithoutDownFileIsIrreversible(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir).standardThree()
                .pair(4, "backfill", "UPDATE customer SET email = 'x';", null);
        Migrator migrator = files.migrator(db).build();
        migrator.up();

        assertThatThrownBy(() -> migrator.down(2))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.IRREVERSIBLE))
                .hasMessageContaining("4 backfill has no down file (4_backfill.down.sql)")
                .hasMessageContaining("Nothing was rolled back");
        assertThat(migrator.version().version()).isEqualTo(4);
    }

    @DatabaseTest
    void dryRunReturnsTheSqlAndChangesNothing(TestDatabase db) {
        Migrator dry = new MigrationFiles(dir).standardThree().migrator(db).dryRun(true).build();

        MigrationResult result = dry.up();

        assertThat(result.dryRun()).isTrue();
        assertThat(result.after()).as("the version the run would reach").isEqualTo(new VersionInfo(3, "add_email",
                false));
        assertThat(result.sql()).contains("-- up 1 create_customer (1_create_customer.up.sql)",
                "CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(100));",
                "INSERT INTO orders (id, customer_id) VALUES (1, 1);");
        assertThat(db.tables()).as("not even the history table is created").isEmpty();
    }

    @DatabaseTest
    void dryRunOfDownListsTheDownScripts(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir).standardThree();
        files.migrator(db).build().up();

        MigrationResult result = files.migrator(db).dryRun(true).build().down(2);

        assertThat(result.sql()).contains("-- down 3 add_email", "ALTER TABLE customer DROP COLUMN email;",
                "-- down 2 create_orders", "DROP TABLE orders;");
        assertThat(db.tables()).contains("orders");
    }

    @DatabaseTest
    void theEventLogRecordsEveryOperation(TestDatabase db) {
        Migrator migrator = new MigrationFiles(dir).standardThree().migrator(db).build();
        migrator.up();
        migrator.down();

        assertThat(db.rows("SELECT action, version, outcome FROM migration_history_log ORDER BY id"))
                .containsExactly(List.of("up", "1", "success"), List.of("up", "2", "success"),
                        List.of("up", "3", "success"), List.of("down", "3", "success"));
    }

    @DatabaseTest
    void aNamedSchemaAndTableHoldTheHistory(TestDatabase db) {
        db.execute(db.kind() == org.schemamigrate.core.db.DatabaseKind.POSTGRESQL
                ? "CREATE SCHEMA app" : "CREATE DATABASE " + db.name() + "_app");
        String schema = db.kind() == org.schemamigrate.core.db.DatabaseKind.POSTGRESQL ? "app" : db.name() + "_app";
        Migrator migrator = new MigrationFiles(dir).standardThree().migrator(db).schema(schema).table("schema_versions")
                .build();

        migrator.up();

        assertThat(db.tables()).as("nothing lands in the default schema").isEmpty();
        assertThat(db.rows("SELECT COUNT(*) FROM " + db.kind().quote(schema) + ".schema_versions"))
                .containsExactly(List.of("3"));
        assertThat(migrator.version().version()).isEqualTo(3);
    }

    private static List<String> columns(TestDatabase db, String table) {
        String schemaFilter = db.kind() == org.schemamigrate.core.db.DatabaseKind.POSTGRESQL
                ? "current_schema()" : "database()";
        return db.rows("SELECT lower(column_name) FROM information_schema.columns WHERE table_schema = "
                + schemaFilter + " AND table_name = '" + table + "' ORDER BY ordinal_position")
                .stream().map(r -> r.get(0)).toList();
    }
}
