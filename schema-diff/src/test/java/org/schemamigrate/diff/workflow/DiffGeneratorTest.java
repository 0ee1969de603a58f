package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.source.MigrationDirectory;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.DiffGenerator;
import org.schemamigrate.diff.jpa.EntityModel;
import org.schemamigrate.diff.jpa.EntityScanner;
import org.schemamigrate.diff.jpa.HibernateDdlGenerator;

class DiffGeneratorTest {
    private static final String V1 = """
            CREATE TABLE customer (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL);
            CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL REFERENCES customer (id));
            """;
    private static final String V2 = V1 + """
            ALTER TABLE customer ADD COLUMN email VARCHAR(200);
            CREATE INDEX customer_email_idx ON customer (email);
            """;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T18:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private DiffRequest request(TestDatabase dev, String desired, String name) {
        return new DiffRequest(dev.dataSource(), dev.kind(), desired, "schema.sql", new DiffRequest.FromMigrations(),
                dir, name, false);
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void generationsOfTheSchemaBecomeAProvenChainOfMigrations(TestDatabase dev) throws IOException {
        DiffGenerator generator = new DiffGenerator(CLOCK);

        DiffResult first = generator.generate(request(dev, V1, "create_customer"));
        DiffResult second = generator.generate(request(dev, V2, "Add Email"));
        DiffResult third = generator.generate(request(dev, V2, "nothing"));

        assertThat(first.up().getFileName()).hasToString("20261122183000_create_customer.up.sql");
        assertThat(second.up().getFileName()).hasToString("20261122183001_add_email.up.sql");
        assertThat(Files.readString(second.up())).contains("-- Desired: schema.sql",
                "-- Proven on PostgreSQL", "ALTER TABLE customer ADD COLUMN email varchar(200);",
                "CREATE INDEX customer_email_idx ON customer").doesNotContain("CREATE TABLE");
        assertThat(Files.readString(second.down())).contains("DROP COLUMN email", "Steps that can lose data:");
        assertThat(third.upToDate()).isTrue();
        assertThat(third.up()).isNull();
        assertThat(MigrationDirectory.load(dir.toString(), null).migrations()).hasSize(2);

        // the written files are what the runner applies: a fresh database reaches V2, and down undoes it
        TestDatabase target = TestDatabases.fresh(DatabaseKind.POSTGRESQL);
        // the down drops what the up created: allowed, as after a review
        Migrator migrator = Migrator.builder().dataSource(target.dataSource()).directory(dir).allowDestructive(true)
                .build();
        migrator.up();
        assertThat(target.rows("SELECT column_name FROM information_schema.columns WHERE table_name = 'customer'"
                + " ORDER BY ordinal_position")).containsExactly(List.of("id"), List.of("name"), List.of("email"));
        migrator.down();
        assertThat(target.rows("SELECT column_name FROM information_schema.columns WHERE table_name = 'customer'"
                + " ORDER BY ordinal_position")).containsExactly(List.of("id"), List.of("name"));
        assertThat(scratchSchemas(dev)).as("scratch schemas are dropped").isEmpty();
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void entitiesAreTheDesiredSchema(TestDatabase dev) throws IOException {
        ClassLoader loader = getClass().getClassLoader();
        EntityModel model = new EntityModel(List.of("org.schemamigrate.diff.jpa.shop"), DatabaseKind.POSTGRESQL,
                null, "spring", "spring", null);
        String ddl = HibernateDdlGenerator.createDdl(loader, EntityScanner.scan(loader, model.packages()), model);

        DiffResult result = new DiffGenerator(CLOCK).generate(new DiffRequest(dev.dataSource(),
                DatabaseKind.POSTGRESQL, ddl, "8 entities", new DiffRequest.FromMigrations(), dir, "init", false));

        assertThat(Files.readString(result.up())).contains("CREATE SEQUENCE customer_seq", "customer_favourites");
        DiffResult again = new DiffGenerator(CLOCK).check(new DiffRequest(dev.dataSource(), DatabaseKind.POSTGRESQL,
                ddl, "8 entities", new DiffRequest.FromMigrations(), dir, "again", false));
        assertThat(again.upToDate()).as("the entities' own DDL never churns").isTrue();
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aLiveDatabaseCanBeTheCurrentSchema(TestDatabase dev) throws IOException {
        TestDatabase live = TestDatabases.fresh(DatabaseKind.POSTGRESQL);
        live.execute(V1.split(";\n"));

        DiffResult result = new DiffGenerator(CLOCK).generate(new DiffRequest(dev.dataSource(),
                DatabaseKind.POSTGRESQL, V2, "schema.sql", new DiffRequest.FromDatabase(live.dataSource(), null,
                "the live database"), dir, "add_email", false));

        assertThat(Files.readString(result.up())).contains("-- Current: the live database", "ADD COLUMN email")
                .doesNotContain("CREATE TABLE");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aBadDesiredSchemaNamesTheLineAndLeavesNothingBehind(TestDatabase dev) {
        String broken = "CREATE TABLE ok (id INT);\nCREATE TABLE broken (id NOSUCHTYPE);\n";

        assertThatThrownBy(() -> new DiffGenerator(CLOCK).generate(request(dev, broken, "x")))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION))
                .hasMessageContaining("the desired schema (schema.sql) line 2")
                .hasMessageContaining("nosuchtype")
                .hasMessageContaining("Nothing was written");
        assertThat(dir).isEmptyDirectory();
        assertThat(scratchSchemas(dev)).isEmpty();
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aBrokenExistingMigrationStopsTheDiff(TestDatabase dev) throws IOException {
        Files.writeString(dir.resolve("1_bad.up.sql"), "CREATE TABLE t (id INT);\nSELECT * FROM missing;\n");

        assertThatThrownBy(() -> new DiffGenerator(CLOCK).generate(request(dev, V1, "x")))
                .hasMessageContaining("Replaying the migration directory on the dev database failed")
                .hasMessageContaining("1_bad.up.sql line 2");
        assertThat(scratchSchemas(dev)).isEmpty();
    }

    private static List<String> scratchSchemas(TestDatabase dev) {
        return dev.rows("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'sm\\_%'").stream()
                .map(r -> r.get(0)).toList();
    }
}
