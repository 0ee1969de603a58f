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
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.source.MigrationDirectory;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.desired.EntityModel;
import org.schemamigrate.diff.desired.EntityScanner;
import org.schemamigrate.diff.desired.HibernateDdlGenerator;
import org.schemamigrate.diff.diff.Renames;

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
                "-- Proven on PostgreSQL", "ALTER TABLE \"customer\" ADD COLUMN \"email\" varchar(200);",
                "CREATE INDEX \"customer_email_idx\" ON \"customer\" (\"email\")").doesNotContain("CREATE TABLE");
        assertThat(Files.readString(second.down())).contains("DROP COLUMN \"email\"",
                "SM103 destructive: drops column customer.email");
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
        EntityModel model = new EntityModel(List.of("org.schemamigrate.diff.desired.shop"), DatabaseKind.POSTGRESQL,
                null, "spring", "spring", null);
        String ddl = HibernateDdlGenerator.createDdl(loader, EntityScanner.scan(loader, model.packages()), model);

        DiffResult result = new DiffGenerator(CLOCK).generate(new DiffRequest(dev.dataSource(),
                DatabaseKind.POSTGRESQL, ddl, "8 entities", new DiffRequest.FromMigrations(), dir, "init", false));

        assertThat(Files.readString(result.up())).contains("CREATE SEQUENCE \"customer_seq\"", "customer_favourites");
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

        assertThat(Files.readString(result.up())).contains("-- Current: the live database", "ADD COLUMN \"email\"")
                .doesNotContain("CREATE TABLE");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aBadDesiredSchemaNamesTheLineAndLeavesNothingBehind(TestDatabase dev) {
        String broken = "CREATE TABLE ok (id INT);\nCREATE TABLE broken (id NOSUCHTYPE);\n";

        assertThatThrownBy(() -> new DiffGenerator(CLOCK).generate(request(dev, broken, "x")))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION))
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
                .hasMessageContaining("Replaying the migration directory on a scratch database of the dev server failed")
                .hasMessageContaining("1_bad.up.sql line 2");
        assertThat(scratchSchemas(dev)).isEmpty();
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void renamesKeepRowsAndSequenceValuesAndWithoutThemTheHeaderHintsAtThem(TestDatabase dev) throws IOException {
        String v1 = """
                CREATE SEQUENCE library_item_seq START WITH 1 INCREMENT BY 50;
                CREATE TABLE library_item (id BIGINT PRIMARY KEY, isbn VARCHAR(13) NOT NULL);
                CREATE TABLE member (id BIGINT PRIMARY KEY, name VARCHAR(100));
                """;
        String v2 = """
                CREATE SEQUENCE book_seq START WITH 1 INCREMENT BY 50;
                CREATE TABLE book (id BIGINT PRIMARY KEY, isbn VARCHAR(13) NOT NULL);
                CREATE TABLE member (id BIGINT PRIMARY KEY, full_name VARCHAR(200));
                """;
        DiffGenerator generator = new DiffGenerator(CLOCK);
        generator.generate(request(dev, v1, "create_library"));
        TestDatabase live = TestDatabases.fresh(DatabaseKind.POSTGRESQL);
        Migrator migrator = Migrator.builder().dataSource(live.dataSource()).directory(dir).build();
        migrator.up();
        live.execute("INSERT INTO library_item VALUES (nextval('library_item_seq'), '9780000000001')",
                "INSERT INTO library_item VALUES (nextval('library_item_seq'), '9780000000002')",
                "INSERT INTO member VALUES (1, 'Ada')");

        DiffResult hinted = generator.check(request(dev, v2, "check"));
        assertThat(hinted.renameHints()).containsExactly(
                "member.name was dropped and member.full_name (character varying(200)) added: if this is a rename,"
                        + " run again with -Dmigration.renames=member.name:full_name to plan RENAME COLUMN and keep"
                        + " the data.",
                "Table library_item was dropped and book created with the same columns: if this is a rename, run"
                        + " again with -Dmigration.renames=library_item:book to plan RENAME TABLE and keep the data.");
        assertThat(hinted.upPlan().canLoseData()).isTrue();

        DiffRequest plain = request(dev, v2, "rename_library");
        DiffResult renamed = generator.generate(new DiffRequest(plain.devDatabase(), plain.kind(), plain.desired(),
                plain.desiredLabel(), plain.current(), dir, plain.name(), false,
                Renames.parse("library_item:book,member.name:full_name"), null, null));

        assertThat(renamed.renameHints()).isEmpty();
        assertThat(Files.readString(renamed.up())).contains("ALTER TABLE \"library_item\" RENAME TO \"book\";",
                "ALTER TABLE \"member\" RENAME COLUMN \"name\" TO \"full_name\";",
                "ALTER SEQUENCE \"library_item_seq\" RENAME TO \"book_seq\";",
                "ALTER TABLE \"member\" ALTER COLUMN \"full_name\" TYPE varchar(200);")
                .doesNotContain("DROP", "Possible renames");
        assertThat(Files.readString(renamed.down())).contains("ALTER TABLE \"book\" RENAME TO \"library_item\";");
        migrator.up();
        assertThat(live.rows("SELECT isbn FROM book ORDER BY id")).containsExactly(List.of("9780000000001"),
                List.of("9780000000002"));
        assertThat(live.rows("SELECT full_name FROM member")).containsExactly(List.of("Ada"));
        assertThat(live.rows("SELECT nextval('book_seq')")).as("the sequence kept its value")
                .containsExactly(List.of("101"));
        migrator.down();
        assertThat(live.rows("SELECT count(*) FROM library_item")).containsExactly(List.of("2"));
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void theUpFileListsPossibleRenamesWhenNoneWereGiven(TestDatabase dev) throws IOException {
        DiffGenerator generator = new DiffGenerator(CLOCK);
        generator.generate(request(dev, V1, "create_customer"));

        DiffResult result = generator.generate(request(dev, V1.replace("name VARCHAR(100)", "full_name TEXT"),
                "rename_name"));

        assertThat(Files.readString(result.up())).contains("""
                -- Possible renames (planned as drop + add):
                --   customer.name was dropped and customer.full_name (text) added: if this is a rename, run again\
                 with -Dmigration.renames=customer.name:full_name to plan RENAME COLUMN and keep the data.
                -- Findings""");
        assertThat(Files.readString(result.down())).doesNotContain("Possible renames");
    }

    private static List<String> scratchSchemas(TestDatabase dev) {
        return dev.rows("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'sm\\_%'").stream()
                .map(r -> r.get(0)).toList();
    }
}
