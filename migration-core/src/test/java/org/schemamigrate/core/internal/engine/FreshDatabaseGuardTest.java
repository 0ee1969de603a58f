package org.schemamigrate.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * Found in the MariaDB trial: an application whose history has a DROP COLUMN could not start on a fresh database
 * (a new install, a {@code @SpringBootTest} with {@code @EmbeddedMigrationDatabase}): the guard refused the drop
 * although the column's table was created by the same run and held only rows the run wrote. On a database where
 * the table existed before the run, the drop is still refused.
 */
class FreshDatabaseGuardTest {
    @TempDir
    Path dir;

    private Migrator.Builder migrator(TestDatabase db, List<MigrationEvent.RiskFound> risks) throws IOException {
        Files.writeString(dir.resolve("1_customer.up.sql"), "CREATE TABLE customer (id INT PRIMARY KEY,"
                + " fax VARCHAR(20));\nINSERT INTO customer VALUES (1, '123');\n");
        Files.writeString(dir.resolve("1_customer.down.sql"), "DROP TABLE customer;\n");
        Files.writeString(dir.resolve("2_drop_fax.up.sql"), "ALTER TABLE customer DROP COLUMN fax;\n");
        Files.writeString(dir.resolve("2_drop_fax.down.sql"), "ALTER TABLE customer ADD COLUMN fax VARCHAR(20);\n");
        return Migrator.builder().dataSource(db.dataSource()).directory(dir).lockTimeout(Duration.ofSeconds(30))
                .listener(e -> {
                    if (e instanceof MigrationEvent.RiskFound r) {
                        risks.add(r);
                    }
                });
    }

    @DatabaseTest
    void aFreshDatabaseReplaysADropOfAColumnItsRunCreated(TestDatabase db) throws IOException {
        List<MigrationEvent.RiskFound> risks = new ArrayList<>();

        migrator(db, risks).build().up();

        assertThat(risks).filteredOn(r -> r.finding().code().equals("SM103"))
                .extracting(MigrationEvent.RiskFound::allowedBy).containsExactly(DestructiveGuard.CREATED_IN_RUN);
        assertThat(db.single("SELECT count(*) FROM customer")).isEqualTo("1");
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void aTableThatExistedBeforeTheRunIsStillGuarded(TestDatabase db) throws IOException {
        List<MigrationEvent.RiskFound> risks = new ArrayList<>();
        migrator(db, risks).build().up(1);

        assertThatThrownBy(() -> migrator(db, risks).build().up()).isInstanceOfSatisfying(MigrationException.class,
                e -> assertThat(e.code()).isEqualTo(CoreErrorCode.DESTRUCTIVE_REFUSED));
        assertThat(db.single("SELECT fax FROM customer")).isEqualTo("123");
    }

    /**
     * Found in the PostgreSQL trial: the starter on a fresh database warned, for every migration ever written,
     * that a rename breaks the running application and that CREATE INDEX blocks writes, on tables the same run
     * had just created. Those findings are reported only for tables that existed before the run.
     */
    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void findingsOnTablesTheRunCreatedAreNotReported(TestDatabase db) throws IOException {
        Files.writeString(dir.resolve("1_customer.up.sql"), "CREATE TABLE customer (id INT PRIMARY KEY, name TEXT);\n");
        Files.writeString(dir.resolve("1_customer.down.sql"), "DROP TABLE customer;\n");
        Files.writeString(dir.resolve("2_rename.up.sql"), "ALTER TABLE customer RENAME COLUMN name TO full_name;\n"
                + "CREATE INDEX customer_full_name ON customer (full_name);\n");
        Files.writeString(dir.resolve("2_rename.down.sql"), "DROP INDEX customer_full_name;\n"
                + "ALTER TABLE customer RENAME COLUMN full_name TO name;\n");
        List<MigrationEvent.RiskFound> fresh = new ArrayList<>();
        Migrator.Builder builder = Migrator.builder().dataSource(db.dataSource()).directory(dir)
                .lockTimeout(Duration.ofSeconds(30));

        builder.listener(e -> add(e, fresh)).build().up();
        assertThat(fresh).isEmpty();

        List<MigrationEvent.RiskFound> existing = new ArrayList<>();
        builder.listener(e -> add(e, existing)).build().down(1);
        assertThat(existing).extracting(r -> r.finding().code()).contains("SM301");
        existing.clear();
        builder.build().up();
        assertThat(existing).extracting(r -> r.finding().code()).contains("SM301", "SM401");
    }

    private static void add(MigrationEvent event, List<MigrationEvent.RiskFound> risks) {
        if (event instanceof MigrationEvent.RiskFound r) {
            risks.add(r);
        }
    }
}
