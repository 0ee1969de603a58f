package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.lint.Finding;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.plan.PlanOptions;

/** migration:diff with online plans on PostgreSQL: two proven pairs the runner applies and rolls back. */
class OnlineDiffGeneratorTest {
    private static final String V1 = """
            CREATE TABLE customer (id BIGINT PRIMARY KEY, name VARCHAR(100), email VARCHAR(200));
            CREATE INDEX customer_name_idx ON customer (name);
            CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT);
            """;
    private static final String V2 = """
            CREATE TABLE customer (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL, email VARCHAR(200),
              CONSTRAINT customer_email_ck CHECK (length(email) > 3));
            CREATE INDEX customer_email_idx ON customer (email);
            CREATE TABLE orders (id BIGINT PRIMARY KEY,
              customer_id BIGINT CONSTRAINT orders_customer_fk REFERENCES customer (id));
            CREATE TABLE invoice (id BIGINT PRIMARY KEY, total NUMERIC(10, 2));
            CREATE INDEX invoice_total_idx ON invoice (total);
            """;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T18:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private DiffRequest request(TestDatabase dev, String desired, String name, PlanOptions options) {
        return new DiffRequest(dev.dataSource(), dev.kind(), desired, "schema.sql", new DiffRequest.FromMigrations(),
                dir, name, false, null, options, "src/main/resources/db/migration");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void anOnlinePlanWritesTwoProvenPairsThatTheRunnerAppliesAndRollsBack(TestDatabase dev) throws IOException {
        DiffGenerator generator = new DiffGenerator(CLOCK);
        DiffResult first = generator.generate(request(dev, V1, "create", PlanOptions.defaults()));
        DiffResult online = generator.generate(request(dev, V2, "constraints",
                PlanOptions.defaults().withOnline(true)));

        assertThat(online.pairs()).hasSize(2);
        assertThat(online.pairs().get(1).up().getFileName())
                .hasToString("20261122183002_constraints_concurrently.up.sql");
        String up1 = Files.readString(online.up());
        String up2 = Files.readString(online.pairs().get(1).up());
        String down1 = Files.readString(online.down());
        String down2 = Files.readString(online.pairs().get(1).down());
        assertThat(up1).contains("-- Current: the migrations in src/main/resources/db/migration",
                        "SET LOCAL lock_timeout = '5s';",
                        "ADD CONSTRAINT \"orders_customer_fk\" FOREIGN KEY (\"customer_id\") REFERENCES \"customer\""
                                + " (\"id\") NOT VALID",
                        "ALTER TABLE \"orders\" VALIDATE CONSTRAINT \"orders_customer_fk\"",
                        "CHECK (length(email::text) > 3) NOT VALID",
                        "ADD CONSTRAINT \"customer_name_nn_tmp\" CHECK (\"name\" IS NOT NULL) NOT VALID",
                        "ALTER TABLE \"customer\" ALTER COLUMN \"name\" SET NOT NULL",
                        "CREATE INDEX \"invoice_total_idx\" ON \"invoice\" (\"total\")")
                .doesNotContain("CONCURRENTLY", "migration:no-transaction", "customer_email_idx");
        assertThat(up2).startsWith("-- migration:no-transaction\n").contains("SET lock_timeout = '5s';",
                "DROP INDEX CONCURRENTLY \"customer_name_idx\"",
                "CREATE INDEX CONCURRENTLY \"customer_email_idx\" ON \"customer\" (\"email\")", "RESET lock_timeout;");
        assertThat(down2).startsWith("-- migration:no-transaction\n").contains(
                "DROP INDEX CONCURRENTLY \"customer_email_idx\"",
                "CREATE INDEX CONCURRENTLY \"customer_name_idx\" ON \"customer\" (\"name\")");
        assertThat(down1).contains("DROP TABLE \"invoice\"",
                        "ALTER TABLE \"orders\" DROP CONSTRAINT \"orders_customer_fk\"")
                .doesNotContain("customer_email_idx");

        // the headers list the linter's findings at the lines of the statements they are about
        assertThat(up1).contains("SM205 data-dependent", "SM204 data-dependent").doesNotContain("SM406", "SM403");
        assertThat(down1).contains("SM102 destructive");
        HeaderFindings.assertPointAtStatements(up1);
        HeaderFindings.assertPointAtStatements(down1);
        assertThat(online.findings()).extracting(Finding::file).contains(online.up().getFileName().toString(),
                online.down().getFileName().toString());

        // the runner applies the chain on a database with rows, and takes it back
        TestDatabase target = TestDatabases.fresh(DatabaseKind.POSTGRESQL);
        Migrator migrator = Migrator.builder().dataSource(target.dataSource()).directory(dir)
                .allowDestructive(true).build(); // the downs drop what the ups created
        migrator.up(1);
        target.execute("INSERT INTO customer VALUES (1, 'Ada', 'ada@example.org')",
                "INSERT INTO orders VALUES (10, 1)");
        migrator.up();
        assertThat(target.rows("SELECT indexrelid::regclass::text, indisvalid FROM pg_index"
                + " WHERE indrelid = 'customer'::regclass AND NOT indisprimary")).containsExactly(
                List.of("customer_email_idx", "t"));
        assertThat(target.rows("SELECT conname, convalidated FROM pg_constraint WHERE contype IN ('c', 'f')"
                + " AND conrelid IN ('customer'::regclass, 'orders'::regclass) ORDER BY conname")).containsExactly(List.of("customer_email_ck", "t"),
                List.of("orders_customer_fk", "t"));
        migrator.down(2);
        assertThat(target.rows("SELECT indexrelid::regclass::text FROM pg_index"
                + " WHERE indrelid = 'customer'::regclass AND NOT indisprimary")).containsExactly(
                List.of("customer_name_idx"));
        assertThat(target.tables()).doesNotContain("invoice");
        assertThat(first.pairs()).hasSize(1);
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void onlyIndexChangesBecomeOnlyTheNoTransactionPair(TestDatabase dev) throws IOException {
        DiffGenerator generator = new DiffGenerator(CLOCK);
        generator.generate(request(dev, V1, "create", PlanOptions.defaults()));
        DiffResult online = generator.generate(request(dev, V1 + "CREATE INDEX customer_email_idx ON customer (email);",
                "Email Index", PlanOptions.defaults().withOnline(true)));

        assertThat(online.pairs()).hasSize(1);
        assertThat(online.up().getFileName()).hasToString("20261122183001_email_index_concurrently.up.sql");
        assertThat(Files.readString(online.up())).startsWith("-- migration:no-transaction\n")
                .contains("CREATE INDEX CONCURRENTLY \"customer_email_idx\" ON \"customer\" (\"email\")",
                        "No findings");
        TestDatabase target = TestDatabases.fresh(DatabaseKind.POSTGRESQL);
        Migrator migrator = Migrator.builder().dataSource(target.dataSource()).directory(dir).build();
        migrator.up();
        migrator.down(1);
        assertThat(target.rows("SELECT indexrelid::regclass::text FROM pg_index"
                + " WHERE indrelid = 'customer'::regclass AND NOT indisprimary")).containsExactly(
                List.of("customer_name_idx"));
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void theLockTimeoutIsConfigurableAndZeroLeavesItOut(TestDatabase dev) throws IOException {
        DiffResult result = new DiffGenerator(CLOCK).generate(request(dev, V1, "create",
                PlanOptions.defaults().withLockTimeout(Duration.ofMillis(1500))));
        assertThat(Files.readString(result.up())).contains("SET LOCAL lock_timeout = '1500ms';");

        Files.delete(result.up());
        Files.delete(result.down());
        Files.delete(dir.resolve("migration.sum"));
        DiffResult none = new DiffGenerator(CLOCK).generate(request(dev, V1, "create",
                PlanOptions.defaults().withLockTimeout(Duration.ZERO)));
        assertThat(Files.readString(none.up())).doesNotContain("lock_timeout");
    }
}
