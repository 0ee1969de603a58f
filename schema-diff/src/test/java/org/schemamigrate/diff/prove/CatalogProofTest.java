package org.schemamigrate.diff.prove;

import org.schemamigrate.core.CoreErrorCode;
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
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.diff.DiffErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.workflow.DiffGenerator;
import org.schemamigrate.diff.workflow.DiffRequest;
import org.schemamigrate.diff.workflow.DiffResult;

/** A generated pair is written only when the catalog it leaves prints as the target's. */
class CatalogProofTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC);
    private static final String V1 = "CREATE TABLE item (id bigint PRIMARY KEY, name text);\n"
            + "CREATE INDEX item_name ON item (name);\n";

    @TempDir
    Path dir;

    private DiffRequest request(TestDatabase dev, String desired, String name) {
        return new DiffRequest(dev.dataSource(), dev.kind(), desired, "schema.sql", new DiffRequest.FromMigrations(),
                dir, name, false);
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void whatTheModelDoesNotReadStillFailsTheProof(TestDatabase dev) throws Exception {
        DiffGenerator generator = new DiffGenerator(CLOCK);
        generator.generate(request(dev, V1, "create_item"));

        // the model sees the new column; it does not read a column's statistics target, the fingerprint does
        String v2 = V1 + "ALTER TABLE item ADD COLUMN price int;\nALTER TABLE item ALTER COLUMN name SET STATISTICS"
                + " 500;\n";
        assertThatThrownBy(() -> generator.generate(request(dev, v2, "add_price")))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(DiffErrorCode.PROOF_FAILED);
                    assertThat(e.getMessage()).contains("- column item: name text STATISTICS 500");
                });
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().contains("add_price"))).isEmpty();
        }
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aDifferenceTheMigrationDidNotCauseDoesNotFailIt(TestDatabase dev) throws Exception {
        // an older version wrote Hibernate's IN-list check in the printed spelling, which stores another tree
        Files.writeString(dir.resolve("1_create_orders.up.sql"), "CREATE TABLE orders (id bigint PRIMARY KEY,"
                + " status varchar(10) CHECK (status::text = ANY (ARRAY['NEW'::character varying,"
                + " 'PAID'::character varying]::text[])));\n");
        DiffResult result = new DiffGenerator(CLOCK).generate(request(dev, "CREATE TABLE orders (id bigint PRIMARY"
                + " KEY, status varchar(10) CHECK (status IN ('NEW', 'PAID')), note text);", "add_note"));

        assertThat(Files.readString(result.up())).contains("ADD COLUMN \"note\" text").doesNotContain("CHECK");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void timeTypesWithoutPrecisionAreWrittenWithout(TestDatabase dev) throws Exception {
        DiffResult result = new DiffGenerator(CLOCK).generate(request(dev,
                "CREATE TABLE event (id int PRIMARY KEY, at timestamptz, day_time time, local_at timestamp(3));",
                "create_event"));

        assertThat(Files.readString(result.up())).contains("\"at\" timestamp with time zone,",
                "\"day_time\" time,", "\"local_at\" timestamp(3)");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void kindsTheModelDoesNotHoldAreRefusedByName(TestDatabase dev) {
        DiffGenerator generator = new DiffGenerator(CLOCK);
        generator.generate(request(dev, V1, "create_item"));

        assertThatThrownBy(() -> generator.generate(request(dev, V1 + "CREATE VIEW named AS SELECT name FROM item;\n"
                + "CREATE TYPE span AS RANGE (subtype = float8);", "add_view")))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(((FailureDetails.NotPlanned) e.details().orElseThrow()).objects())
                            .containsExactly(Map.entry("multirange type", List.of("span_multirange")),
                                    Map.entry("range type", List.of("span")));
                });
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aDifferenceOnlyTheCatalogSeesIsRefusedNotReportedUpToDate(TestDatabase dev) throws Exception {
        DiffGenerator generator = new DiffGenerator(CLOCK);
        generator.generate(request(dev, V1, "create_item"));

        // the model does not hold a column's statistics target: it plans nothing, the catalogs print differently
        assertThatThrownBy(() -> generator.generate(request(dev, V1 + "ALTER TABLE item ALTER COLUMN name SET"
                + " STATISTICS 500;\n", "statistics")))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(((FailureDetails.NotPlanned) e.details().orElseThrow()).objects())
                            .containsExactly(Map.entry("column", List.of("item")));
                });
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().contains("statistics"))).isEmpty();
        }
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void matchFullForeignKeysAndDeferrablePrimaryKeysArePlannedAndProven(TestDatabase dev) throws Exception {
        String parent = "CREATE TABLE parent (a int, b int, PRIMARY KEY (a, b));\n";
        DiffGenerator generator = new DiffGenerator(CLOCK);
        generator.generate(request(dev, parent + "CREATE TABLE child (id int PRIMARY KEY, a int, b int,"
                + " CONSTRAINT child_parent FOREIGN KEY (a, b) REFERENCES parent);", "create_tables"));

        DiffResult result = generator.generate(request(dev, parent + "CREATE TABLE child (id int PRIMARY KEY"
                + " DEFERRABLE INITIALLY DEFERRED, a int, b int, CONSTRAINT child_parent FOREIGN KEY (a, b)"
                + " REFERENCES parent MATCH FULL);", "match_full"));
        assertThat(Files.readString(result.up())).contains("REFERENCES \"parent\" (\"a\", \"b\") MATCH FULL",
                "PRIMARY KEY (\"id\") DEFERRABLE INITIALLY DEFERRED");
        assertThat(Files.readString(result.down())).doesNotContain("MATCH FULL", "DEFERRABLE");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void enumCommentsArePlannedAndProven(TestDatabase dev) throws Exception {
        String type = "CREATE TYPE mood AS ENUM ('happy', 'sad');\n";
        DiffGenerator generator = new DiffGenerator(CLOCK);
        generator.generate(request(dev, type, "create_mood"));

        DiffResult result = generator.generate(request(dev, type + "COMMENT ON TYPE mood IS 'how it feels';",
                "comment_mood"));
        assertThat(Files.readString(result.up())).contains("COMMENT ON TYPE \"mood\" IS 'how it feels'");
        assertThat(Files.readString(result.down())).contains("COMMENT ON TYPE \"mood\" IS NULL");
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void mariaDbTriggersArePlannedAndProven(TestDatabase dev) throws Exception {
        String table = "CREATE TABLE item (id bigint PRIMARY KEY, name text);";
        DiffGenerator generator = new DiffGenerator(CLOCK);
        generator.generate(request(dev, table, "create_item"));

        DiffResult result = generator.generate(request(dev, table + "\nCREATE TRIGGER item_name BEFORE INSERT"
                + " ON item FOR EACH ROW SET NEW.name = lower(NEW.name);", "add_trigger"));
        assertThat(Files.readString(result.up())).contains("CREATE TRIGGER `item_name` BEFORE INSERT ON `item`");
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void mariaDbPairsThatReachTheTargetArePrinted(TestDatabase dev) {
        DiffGenerator generator = new DiffGenerator(CLOCK);
        generator.generate(request(dev, "CREATE TABLE item (id bigint AUTO_INCREMENT PRIMARY KEY, name text);",
                "create_item"));

        assertThat(generator.generate(request(dev, "CREATE TABLE item (id bigint AUTO_INCREMENT PRIMARY KEY,"
                + " name text, price int, active boolean);", "add_price")).up()).isNotNull();
    }
}
