package org.schemamigrate.diff.workflow.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.plan.PlanOptions;
import org.schemamigrate.diff.workflow.DiffGenerator;
import org.schemamigrate.diff.workflow.DiffRequest;
import org.schemamigrate.diff.workflow.DiffResult;
import org.schemamigrate.diff.workflow.HeaderFindings;

/** migration:diff with online plans on MariaDB: ALGORITHM clauses the server accepts, and the lock wait bounded. */
class MariaDbOnlineDiffTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T18:30:00Z"), ZoneOffset.UTC);
    private static final String V1 = """
            CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(100), email VARCHAR(100)) ENGINE=InnoDB;
            CREATE TABLE orders (id INT PRIMARY KEY, note VARCHAR(10)) ENGINE=InnoDB;
            """;
    private static final String V2 = """
            CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(100), email VARCHAR(100),
              nickname VARCHAR(40), KEY customer_email_idx (email)) ENGINE=InnoDB;
            CREATE TABLE orders (id INT PRIMARY KEY, note VARCHAR(10), total INT NOT NULL DEFAULT 0) ENGINE=InnoDB;
            CREATE TABLE payment (id INT PRIMARY KEY, customer_id INT,
              CONSTRAINT payment_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id)) ENGINE=InnoDB;
            """;

    @TempDir
    Path dir;

    private DiffRequest request(TestDatabase dev, String desired, String name, boolean online) {
        return new DiffRequest(dev.dataSource(), dev.kind(), desired, "schema.sql", new DiffRequest.FromMigrations(),
                dir, name, false, null, PlanOptions.defaults().withOnline(online), null);
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void onlineAltersRequestAnAlgorithmAndTheRunnerAppliesThem(TestDatabase dev) throws IOException {
        new DiffGenerator(CLOCK).generate(request(dev, V1, "create", false));
        DiffResult online = new DiffGenerator(CLOCK).generate(request(dev, V2, "grow", true));

        assertThat(online.pairs()).as("MySQL/MariaDB plans stay one pair").hasSize(1);
        String up = Files.readString(online.up());
        String down = Files.readString(online.down());
        assertThat(up).contains("-- Current: the migrations in " + dir,
                "SET SESSION lock_wait_timeout = 5;",
                "ADD INDEX `customer_email_idx` (`email`),\n  ALGORITHM=INPLACE, LOCK=NONE;",
                "SET SESSION lock_wait_timeout = DEFAULT;");
        assertThat(statement(up, "ADD COLUMN `total`")).endsWith("ALGORITHM=INSTANT");
        assertThat(statement(up, "ADD CONSTRAINT `payment_customer_fk`")).as("adding a foreign key copies the table")
                .doesNotContain("ALGORITHM");
        assertThat(down).contains("ALGORITHM=INPLACE, LOCK=NONE", "SM103 destructive");
        HeaderFindings.assertPointAtStatements(down);

        TestDatabase target = TestDatabases.fresh(DatabaseKind.MARIADB);
        Migrator migrator = Migrator.builder().dataSource(target.dataSource()).directory(dir)
                .allowDestructive(true).build(); // the down drops what the up created
        migrator.up(1);
        target.execute("INSERT INTO customer (id, name) VALUES (1, 'Ada')");
        migrator.up();
        assertThat(target.rows("SELECT column_name FROM information_schema.columns WHERE table_schema = database()"
                + " AND table_name = 'orders' ORDER BY ordinal_position")).containsExactly(List.of("id"),
                List.of("note"), List.of("total"));
        migrator.down(1);
        assertThat(target.rows("SELECT column_name FROM information_schema.columns WHERE table_schema = database()"
                + " AND table_name = 'customer' ORDER BY ordinal_position")).containsExactly(List.of("id"),
                List.of("name"), List.of("email"));
        assertThat(target.rows("SELECT name FROM customer")).containsExactly(List.of("Ada"));
    }

    private static String statement(String script, String containing) {
        return List.of(script.split(";\n")).stream().filter(s -> s.contains(containing)).findFirst().orElseThrow();
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void withoutOnlineThereIsNoAlgorithmClauseButTheLockWaitIsStillBounded(TestDatabase dev) throws IOException {
        new DiffGenerator(CLOCK).generate(request(dev, V1, "create", false));
        DiffResult plain = new DiffGenerator(CLOCK).generate(request(dev, V2, "grow", false));

        assertThat(Files.readString(plain.up())).doesNotContain("ALGORITHM").contains(
                "SET SESSION lock_wait_timeout = 5;");
    }
}
