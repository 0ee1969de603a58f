package org.schemamigrate.diff.prove;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.plan.PlanOptions;
import org.schemamigrate.diff.workflow.DiffGenerator;
import org.schemamigrate.diff.workflow.DiffRequest;
import org.schemamigrate.diff.workflow.DiffResult;

/**
 * Domains, composite types, partitions and row-level-security flags through the whole workflow: each pair is
 * written only after the catalog fingerprint of up (and down) equals the target's; what cannot be planned is
 * refused by name, never reported "up to date".
 */
class StructuresProofTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC);
    private static final String TYPES_V1 = """
            CREATE DOMAIN price AS numeric(10,2) CHECK (VALUE >= 0);
            CREATE TYPE address AS (street text, city varchar(40));
            CREATE TABLE item (id bigint PRIMARY KEY, cost price, ship_to address);
            """;

    @TempDir
    Path dir;

    private DiffRequest request(TestDatabase dev, String desired, String name) {
        return new DiffRequest(dev.dataSource(), dev.kind(), desired, "schema.sql", new DiffRequest.FromMigrations(),
                dir, name, false);
    }

    private static String text(Path file) throws Exception {
        return Files.readString(file);
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void domainsAndCompositeTypesAreProvenBothWays(TestDatabase dev) throws Exception {
        DiffGenerator generator = new DiffGenerator(CLOCK);
        DiffResult first = generator.generate(request(dev, TYPES_V1, "create_item"));
        assertThat(text(first.up())).contains("CREATE DOMAIN \"price\" AS numeric(10,2)",
                "CREATE TYPE \"address\" AS (\"street\" text, \"city\" character varying(40))");

        String v2 = """
                CREATE DOMAIN price AS numeric(10,2) DEFAULT 0 NOT NULL CHECK (VALUE >= 0);
                COMMENT ON DOMAIN price IS 'EUR';
                CREATE DOMAIN zip AS varchar(10) COLLATE "C";
                CREATE TYPE address AS (street text, city varchar(40), zip zip);
                COMMENT ON TYPE address IS 'Postal address';
                CREATE TABLE item (id bigint PRIMARY KEY, cost price, ship_to address, bill_to address);
                """;
        DiffResult second = generator.generate(request(dev, v2, "domains_and_types"));
        assertThat(text(second.up())).contains("ALTER DOMAIN \"price\" SET NOT NULL",
                "CREATE DOMAIN \"zip\" AS character varying(10) COLLATE \"C\"",
                "ALTER TYPE \"address\" ADD ATTRIBUTE \"zip\" \"zip\"", "COMMENT ON TYPE \"address\"");
        assertThat(text(second.down())).contains("DROP DOMAIN \"zip\"", "ALTER TYPE \"address\" DROP ATTRIBUTE");
        assertThat(generator.generate(request(dev, v2, "again")).upToDate()).isTrue();
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void whatTheModelCannotPlanOnTypesIsRefusedByName(TestDatabase dev) {
        DiffGenerator generator = new DiffGenerator(CLOCK);
        generator.generate(request(dev, TYPES_V1, "create_item"));

        // PostgreSQL refuses to retype an attribute of a type a column uses
        assertThatThrownBy(() -> generator.generate(request(dev, TYPES_V1.replace("city varchar(40)",
                "city varchar(80)"), "wider_city")))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(e.getMessage()).contains("address", "item.ship_to");
                });
        // the model holds no attribute comments: the fingerprint differs while the plan is empty
        assertThatThrownBy(() -> generator.generate(request(dev, TYPES_V1
                + "COMMENT ON COLUMN address.city IS 'town';\n", "attribute_comment")))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(e.getMessage()).contains("address");
                });
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void partitionsAndRowSecurityFlagsAreProven(TestDatabase dev) throws Exception {
        String v1 = """
                CREATE TABLE measurement (id bigint NOT NULL, logdate date NOT NULL, PRIMARY KEY (id, logdate))
                    PARTITION BY RANGE (logdate);
                CREATE TABLE measurement_2024 PARTITION OF measurement FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                CREATE TABLE doc (id int PRIMARY KEY);
                """;
        DiffGenerator generator = new DiffGenerator(CLOCK);
        assertThat(text(generator.generate(request(dev, v1, "create")).up())).contains(
                ") PARTITION BY RANGE (logdate)", "CREATE TABLE \"measurement_2024\" PARTITION OF \"measurement\"");

        String v2 = v1.replace("TO ('2025-01-01')", "TO ('2026-01-01')") + """
                CREATE TABLE measurement_rest PARTITION OF measurement DEFAULT;
                ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
                ALTER TABLE doc FORCE ROW LEVEL SECURITY;
                """;
        DiffResult second = generator.generate(request(dev, v2, "partitions_and_rls"));
        assertThat(text(second.up())).contains("DETACH PARTITION \"measurement_2024\"",
                "ATTACH PARTITION \"measurement_2024\" FOR VALUES FROM ('2024-01-01') TO ('2026-01-01')",
                "PARTITION OF \"measurement\" DEFAULT", "ALTER TABLE \"doc\" ENABLE ROW LEVEL SECURITY",
                "ALTER TABLE \"doc\" FORCE ROW LEVEL SECURITY");
        assertThat(text(second.down())).contains("DROP TABLE \"measurement_rest\"",
                "ALTER TABLE \"doc\" DISABLE ROW LEVEL SECURITY");

        // a new partition key cannot be planned in place: refused by name
        assertThatThrownBy(() -> generator.generate(request(dev, v2.replace("RANGE (logdate)", "RANGE (id)")
                .replace("FOR VALUES FROM ('2024-01-01') TO ('2026-01-01')", "FOR VALUES FROM (0) TO (10)"),
                "new_key")))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(e.getMessage()).contains("measurement", "partitioning");
                });
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void onlinePlansBuildIndexesOfPartitionedTablesInTheMainFile(TestDatabase dev) throws Exception {
        String v1 = """
                CREATE TABLE measurement (id bigint NOT NULL, logdate date NOT NULL, peak int)
                    PARTITION BY RANGE (logdate);
                CREATE TABLE measurement_2024 PARTITION OF measurement
                    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                """;
        DiffGenerator generator = new DiffGenerator(CLOCK);
        generator.generate(request(dev, v1, "create"));
        DiffRequest online = new DiffRequest(dev.dataSource(), dev.kind(),
                v1 + "CREATE INDEX peak ON measurement (peak);", "schema.sql", new DiffRequest.FromMigrations(), dir,
                "peak", false, null, PlanOptions.defaults().withOnline(true), null);

        // PostgreSQL cannot build an index on a partitioned table CONCURRENTLY: one proven file, plain CREATE INDEX
        String up = text(generator.generate(online).up());
        assertThat(up.lines()).contains("CREATE INDEX \"peak\" ON \"measurement\" (\"peak\");")
                .noneMatch(line -> line.startsWith("CREATE INDEX CONCURRENTLY"))
                .doesNotContain("-- migration:no-transaction");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void tableInheritanceIsRefusedByName(TestDatabase dev) {
        assertThatThrownBy(() -> new DiffGenerator(CLOCK).generate(request(dev, "CREATE TABLE base (id int);\n"
                + "CREATE TABLE child (extra text) INHERITS (base);", "inherit")))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(e.getMessage()).contains("child", "base", "INHERITS");
                });
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void otherSchemasAndCrossSchemaForeignKeysArePlannedQualifiedAndProven(TestDatabase dev) throws Exception {
        String audit = "CREATE SCHEMA audit;\nCREATE TABLE audit.person (id bigint PRIMARY KEY);\n";
        String item = "CREATE TABLE item (id bigint PRIMARY KEY, owner bigint);\n";
        DiffGenerator generator = new DiffGenerator(CLOCK);
        DiffResult created = generator.generate(request(dev, audit + item, "audit_schema"));
        assertThat(text(created.up()).lines()).contains("CREATE SCHEMA \"audit\";",
                "CREATE TABLE \"audit\".\"person\" (");
        assertThat(text(created.down()).strip()).as("the schema up created goes last, once empty")
                .endsWith("DROP SCHEMA \"audit\";");
        assertThat(generator.generate(request(dev, audit + item, "again")).upToDate()).isTrue();

        DiffResult owner = generator.generate(request(dev, audit + item
                + "ALTER TABLE item ADD FOREIGN KEY (owner) REFERENCES audit.person (id);\n", "owner_fk"));
        assertThat(text(owner.up()))
                .contains("FOREIGN KEY (\"owner\") REFERENCES \"audit\".\"person\" (\"id\")");
        assertThat(text(owner.down())).contains("ALTER TABLE \"item\" DROP CONSTRAINT \"item_owner_fkey\";");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void anotherSchemaIsPlannedWhereTheModelHoldsItAndRefusedByKindAndObjectElsewhere(TestDatabase dev)
            throws Exception {
        String app = """
                CREATE SCHEMA app;
                CREATE TYPE app.mood AS ENUM ('sad', 'ok');
                CREATE TABLE app.users (id bigint PRIMARY KEY, name text, mood app.mood);
                ALTER TABLE app.users ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own ON app.users USING (name = current_user);
                CREATE VIEW app.names AS SELECT name FROM app.users;
                CREATE INDEX users_name ON app.users (name);
                COMMENT ON TABLE app.users IS 'people';
                CREATE TABLE item (id bigint PRIMARY KEY);
                """;
        Files.writeString(dir.resolve("1_app.up.sql"), app);
        DiffGenerator generator = new DiffGenerator(CLOCK);
        assertThat(generator.check(request(dev, app, "same")).upToDate()).isTrue();
        for (String planned : List.of(app.replace("'sad', 'ok'", "'sad', 'ok', 'happy'"),
                app.replace("users (name)", "users (name, id)"), app.replace("'people'", "'persons'"),
                app.replace("current_user", "session_user"), app.replace("SELECT name FROM", "SELECT name, id FROM"),
                app.replace("CREATE SCHEMA app;", "CREATE SCHEMA app;\nCOMMENT ON SCHEMA app IS 'the app';"))) {
            assertThat(generator.check(request(dev, planned, "changed")).upToDate()).as(planned).isFalse();
        }
        String rule = app + "CREATE RULE keep AS ON DELETE TO app.users DO INSTEAD NOTHING;\n";
        assertThatThrownBy(() -> generator.check(request(dev, rule, "changed")))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(e.details()).contains(new FailureDetails.NotPlanned(new java.util.TreeMap<>(Map.of(
                            "rule in another schema", List.of("app.keep")))));
                });
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void mariaDbPartitioningIsProvenWhenAddedChangedAndRemoved(TestDatabase dev) throws Exception {
        String v1 = """
                CREATE TABLE sales (id bigint NOT NULL, sold date NOT NULL, PRIMARY KEY (id, sold))
                    PARTITION BY RANGE (year(sold)) (PARTITION p2023 VALUES LESS THAN (2024),
                                                     PARTITION p2024 VALUES LESS THAN (2025));
                CREATE TABLE events (id bigint NOT NULL PRIMARY KEY) PARTITION BY HASH (id) PARTITIONS 4;
                """;
        DiffGenerator generator = new DiffGenerator(CLOCK);
        assertThat(text(generator.generate(request(dev, v1, "create")).up())).contains("PARTITION BY RANGE");

        String v2 = """
                CREATE TABLE sales (id bigint NOT NULL, sold date NOT NULL, PRIMARY KEY (id, sold))
                    PARTITION BY RANGE (year(sold)) (PARTITION p2023 VALUES LESS THAN (2024),
                                                     PARTITION p2024 VALUES LESS THAN (2025),
                                                     PARTITION later VALUES LESS THAN MAXVALUE);
                CREATE TABLE events (id bigint NOT NULL PRIMARY KEY);
                """;
        DiffResult second = generator.generate(request(dev, v2, "repartition"));
        assertThat(text(second.up())).contains("ALTER TABLE `events` REMOVE PARTITIONING",
                "PARTITION `later` VALUES LESS THAN MAXVALUE");
        assertThat(text(second.down())).contains("PARTITION BY HASH (`id`) PARTITIONS 4");
        assertThat(generator.generate(request(dev, v2, "again")).upToDate()).isTrue();
    }
}
