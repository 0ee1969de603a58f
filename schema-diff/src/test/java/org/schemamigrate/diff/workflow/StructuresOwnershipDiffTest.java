package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.source.SumFile;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.inspect.Exclusions;

/**
 * Who owns the structural kinds: with entities as the desired schema, domains, composite types and row-level
 * security that migrations written by hand created stay (entities cannot express them); a SQL desired schema
 * manages them fully, and refuses by name another schema that it does not mention.
 */
class StructuresOwnershipDiffTest {
    private static final String STRUCTURES = """
            CREATE DOMAIN positive_price AS integer CHECK (VALUE > 0);
            CREATE TYPE price_range AS (low integer, high integer);
            ALTER TABLE item ENABLE ROW LEVEL SECURITY;
            CREATE POLICY item_visible ON item USING (price IS NOT NULL);
            """;
    private static final String STRUCTURES_DOWN = """
            DROP POLICY item_visible ON item;
            ALTER TABLE item DISABLE ROW LEVEL SECURITY;
            DROP TYPE price_range;
            DROP DOMAIN positive_price;
            """;

    @TempDir
    Path dir;

    private ObjectsScenario scenario() {
        return new ObjectsScenario(dir, DatabaseKind.POSTGRESQL);
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void handWrittenDomainsTypesAndRowSecurityStayThroughEntityChanges(TestDatabase dev) throws IOException {
        scenario().generator().generate(scenario().entities(dev, "v1", "create_item"));
        scenario().byHand("structures", STRUCTURES, STRUCTURES_DOWN);
        assertThat(scenario().generator().check(scenario().entities(dev, "v1", "nothing")).upToDate())
                .as("entities never drop what they cannot express").isTrue();

        DiffResult widened = scenario().generator().generate(scenario().entities(dev, "v2", "widen_price"));
        assertThat(Files.readString(widened.up())).contains("ALTER COLUMN \"price\" TYPE numeric(10,2)",
                        "kept as written by hand (entities cannot express them): policy item_visible on item",
                        "CREATE POLICY item_visible ON item")
                .doesNotContain("DOMAIN", "DROP TYPE", "ROW LEVEL SECURITY");
        assertThat(Files.readString(widened.down())).contains("ALTER COLUMN \"price\" TYPE integer")
                .doesNotContain("DOMAIN", "DROP TYPE", "ROW LEVEL SECURITY");

        DiffResult domained = scenario().generator().generate(scenario().entities(dev, "v5", "price_domain"));
        assertThat(Files.readString(domained.up())).as("an entity column may use the hand-written domain")
                .contains("positive_price").doesNotContain("CREATE DOMAIN", "DROP DOMAIN");

        String kept = "SELECT (SELECT count(*) FROM pg_type WHERE typname IN ('positive_price', 'price_range')),"
                + " (SELECT relrowsecurity FROM pg_class WHERE relname = 'item'),"
                + " (SELECT count(*) FROM pg_policy WHERE polname = 'item_visible')";
        String priceType = "SELECT coalesce(domain_name, data_type) FROM information_schema.columns"
                + " WHERE table_name = 'item' AND column_name = 'price'";
        scenario().appliedUpAndDown(target -> {
            assertThat(target.rows(kept)).containsExactly(List.of("2", "t", "1"));
            assertThat(target.rows(priceType)).containsExactly(List.of("positive_price"));
        }, target -> {
            assertThat(target.rows(kept)).containsExactly(List.of("2", "t", "1"));
            assertThat(target.rows(priceType)).containsExactly(List.of("numeric"));
        });
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aSqlDesiredSchemaManagesThemFully(TestDatabase dev) throws IOException {
        String table = "CREATE TABLE item (id BIGINT PRIMARY KEY, label VARCHAR(80), price INTEGER);\n";
        scenario().generator().generate(scenario().sql(dev, table, "create_item"));
        scenario().byHand("structures", STRUCTURES, STRUCTURES_DOWN);

        String up = Files.readString(scenario().generator().generate(scenario().sql(dev, table, "drop_all")).up());
        assertThat(up).contains("DROP DOMAIN \"positive_price\"", "DROP TYPE \"price_range\"",
                "DISABLE ROW LEVEL SECURITY", "DROP POLICY");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void anotherSchemaMadeByHandStaysThroughEntityChanges(TestDatabase dev) throws IOException {
        scenario().generator().generate(scenario().entities(dev, "v1", "create_item"));
        scenario().byHand("reporting", """
                CREATE SCHEMA reporting;
                CREATE TYPE reporting.grade AS ENUM ('low', 'high');
                CREATE TABLE reporting.total (n int, grade reporting.grade);
                CREATE VIEW reporting.prices AS SELECT n FROM reporting.total;
                """, "DROP SCHEMA reporting CASCADE;\n");
        assertThat(scenario().generator().check(scenario().entities(dev, "v1", "nothing")).upToDate())
                .as("entities never drop a schema they cannot express").isTrue();

        DiffResult widened = scenario().generator().generate(scenario().entities(dev, "v2", "widen_price"));
        assertThat(Files.readString(widened.up())).contains("ALTER COLUMN \"price\" TYPE numeric(10,2)")
                .doesNotContain("DROP SCHEMA", "DROP TABLE", "DROP TYPE");
        String kept = "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = 'reporting' AND c.relname IN ('total', 'prices')";
        scenario().appliedUpAndDown(target -> assertThat(target.rows(kept)).containsExactly(List.of("2")),
                target -> assertThat(target.rows(kept)).containsExactly(List.of("2")));

        // a view there over an entity column: not rebuilt, so a change that drops the column is refused by name
        Files.writeString(dir.resolve("20261207235900_item_prices.up.sql"),
                "CREATE VIEW reporting.item_prices AS SELECT id, price FROM item;\n");
        Files.writeString(dir.resolve("20261207235900_item_prices.down.sql"), "DROP VIEW reporting.item_prices;\n");
        SumFile.write(dir);
        assertThatThrownBy(() -> scenario().generator().generate(scenario().entities(dev, "v3", "drop_price")))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(e.details()).contains(new FailureDetails.NotPlanned(new TreeMap<>(Map.of(
                            OtherSchemaViews.KIND, List.of("reporting.item_prices")))));
                });
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void anotherSchemaTheDesiredScriptDoesNotMentionIsRefusedByNameUnlessExcluded(TestDatabase dev)
            throws IOException {
        String table = "CREATE TABLE item (id BIGINT PRIMARY KEY, label VARCHAR(80), price INTEGER);\n";
        scenario().generator().generate(scenario().sql(dev, table, "create_item"));
        scenario().byHand("reporting", "CREATE SCHEMA reporting;\nCREATE TABLE reporting.total (n int);\n",
                "DROP TABLE reporting.total;\nDROP SCHEMA reporting;\n");

        assertThatThrownBy(() -> scenario().generator().check(scenario().sql(dev, table, "nothing")))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(e.details()).contains(new FailureDetails.NotPlanned(
                            new TreeMap<>(Map.of("schema", List.of("reporting")))));
                });
        DiffRequest plain = scenario().sql(dev, table, "nothing");
        DiffRequest excluded = new DiffRequest(plain.devDatabase(), plain.kind(), table, "schema.sql",
                plain.current(), dir, "nothing", false, null, null, null, Exclusions.parse("reporting"));
        assertThat(scenario().generator().check(excluded).upToDate()).isTrue();
        assertThat(scenario().generator().check(scenario().sql(dev, table
                + "CREATE SCHEMA reporting;\nCREATE TABLE reporting.total (n int);\n", "nothing")).upToDate())
                .as("named in the desired script, the same schema is no difference").isTrue();
    }
}
