package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * Views, functions and triggers through the whole diff (replay, inspect, plan, the catalog-fingerprint proof,
 * write), and who owns them: a SQL desired schema manages them fully, entities keep those written by hand.
 */
class DefinedObjectsDiffTest {
    private static final String HAND_WRITTEN = """
            CREATE VIEW priced_item AS SELECT id, label, price FROM item WHERE price > 0;
            CREATE FUNCTION check_price() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.price < 0 THEN RAISE EXCEPTION 'negative price'; END IF;
                RETURN NEW;
            END;
            $$;
            CREATE TRIGGER item_price BEFORE INSERT OR UPDATE ON item
                FOR EACH ROW WHEN (NEW.price IS NOT NULL) EXECUTE FUNCTION check_price();
            """;

    @TempDir
    Path dir;

    private ObjectsScenario scenario() {
        return new ObjectsScenario(dir, DatabaseKind.POSTGRESQL);
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void anEntityColumnUnderAHandWrittenViewAndTriggerChangesTypeAndBothAreRebuilt(TestDatabase dev)
            throws IOException {
        scenario().generator().generate(scenario().entities(dev, "v1", "create_item"));
        scenario().byHand("price_view", HAND_WRITTEN,
                "DROP TRIGGER item_price ON item;\nDROP FUNCTION check_price();\nDROP VIEW priced_item;\n");

        assertThat(scenario().generator().check(scenario().entities(dev, "v1", "nothing")).upToDate())
                .as("hand-written objects are the migrations' own: entities never drop them").isTrue();
        DiffResult widened = scenario().generator().generate(scenario().entities(dev, "v2", "widen_price"));

        String up = Files.readString(widened.up());
        assertThat(up).contains("-- Rebuilt around this change, kept as written by hand (entities cannot express"
                        + " them): trigger item_price on item, view priced_item",
                "DROP VIEW \"priced_item\"", "DROP TRIGGER \"item_price\" ON \"item\"",
                "ALTER COLUMN \"price\" TYPE numeric(10,2)", "CREATE VIEW priced_item AS",
                "CREATE TRIGGER item_price").doesNotContain("DROP FUNCTION");
        assertThat(up.indexOf("DROP VIEW")).isLessThan(up.indexOf("ALTER COLUMN"));
        assertThat(up.indexOf("CREATE VIEW")).isGreaterThan(up.indexOf("ALTER COLUMN"));
        assertThat(Files.readString(widened.down())).contains("DROP VIEW \"priced_item\"",
                "ALTER COLUMN \"price\" TYPE integer", "CREATE VIEW priced_item AS", "CREATE TRIGGER item_price");

        scenario().appliedUpAndDown(target -> {
            assertThat(target.rows("SELECT data_type FROM information_schema.columns WHERE table_name ="
                    + " 'priced_item' AND column_name = 'price'")).containsExactly(List.of("numeric"));
            assertThat(target.rows("SELECT tgname FROM pg_trigger WHERE tgname = 'item_price'")).hasSize(1);
        }, target -> assertThat(target.rows("SELECT data_type FROM information_schema.columns WHERE table_name ="
                + " 'priced_item' AND column_name = 'price'")).containsExactly(List.of("integer")));
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void hibernatesViewMappingMakesAViewAndASubselectMakesNothing(TestDatabase dev) throws IOException {
        DiffResult created = scenario().generator().generate(scenario().entities(dev, "v6", "create_item"));

        assertThat(Files.readString(created.up())).contains("CREATE VIEW priced_item AS")
                .doesNotContainIgnoringCase("item_count").doesNotContain("CREATE TABLE \"priced_item\"");
        assertThat(scenario().generator().check(scenario().entities(dev, "v6", "nothing")).upToDate()).isTrue();
        scenario().appliedUpAndDown(target -> assertThat(target.rows("SELECT relkind::text FROM pg_class WHERE"
                + " relname = 'priced_item'")).containsExactly(List.of("v")), target -> assertThat(target.rows(
                "SELECT relname FROM pg_class WHERE relname IN ('item', 'priced_item')")).isEmpty());
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aHandWrittenViewOverAColumnTheEntitiesDropIsReportedByName(TestDatabase dev) throws IOException {
        scenario().generator().generate(scenario().entities(dev, "v1", "create_item"));
        scenario().byHand("price_view", HAND_WRITTEN, "DROP VIEW priced_item;\n");

        assertThatThrownBy(() -> scenario().generator().generate(scenario().entities(dev, "v3", "drop_price")))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION))
                .hasMessageContaining("view priced_item")
                .hasMessageContaining("migration:create");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void anEntityColumnMayUseATypeFromAnExtensionTheMigrationsCreated(TestDatabase dev) throws IOException {
        scenario().generator().generate(scenario().entities(dev, "v1", "create_item"));
        scenario().byHand("citext", "CREATE EXTENSION citext;\n", "DROP EXTENSION citext;\n");

        DiffResult coded = scenario().generator().generate(scenario().entities(dev, "v4", "add_code"));
        assertThat(Files.readString(coded.up())).contains("ADD COLUMN \"code\" \"citext\"")
                .doesNotContain("EXTENSION");
        assertThat(Files.readString(coded.down())).doesNotContain("EXTENSION");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aSqlDesiredSchemaManagesEveryKindFully(TestDatabase dev) throws IOException {
        String tables = "CREATE TABLE item (id BIGINT PRIMARY KEY, label VARCHAR(80), price INTEGER);\n";
        DiffResult created = scenario().generator().generate(scenario().sql(dev, tables + HAND_WRITTEN, "create_all"));
        assertThat(Files.readString(created.up())).contains("CREATE VIEW priced_item", "CREATE OR REPLACE FUNCTION"
                + " check_price()", "CREATE TRIGGER item_price");

        DiffResult dropped = scenario().generator().generate(scenario().sql(dev, tables, "drop_objects"));
        String up = Files.readString(dropped.up());
        assertThat(up).contains("DROP VIEW \"priced_item\"", "DROP TRIGGER \"item_price\" ON \"item\"",
                "DROP FUNCTION \"check_price\"()");
        assertThat(up.indexOf("DROP TRIGGER")).as("the trigger before its function").isLessThan(
                up.indexOf("DROP FUNCTION"));
        assertThat(scenario().generator().check(scenario().sql(dev, tables, "nothing")).upToDate()).isTrue();
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aViewsColumnCommentsAreComparedAndWrittenWithTheView(TestDatabase dev) throws IOException {
        String schema = "CREATE TABLE item (id BIGINT PRIMARY KEY, label VARCHAR(80), price INTEGER);\n"
                + "CREATE VIEW priced_item AS SELECT id, label, price FROM item WHERE price > 0;\n";
        String cents = schema + "COMMENT ON COLUMN priced_item.price IS 'in cents';\n";
        String created = Files.readString(scenario().generator().generate(scenario().sql(dev, cents, "create"))
                .up());
        assertThat(created).contains("COMMENT ON COLUMN priced_item.price IS 'in cents'");

        String euros = schema + "COMMENT ON COLUMN priced_item.price IS 'in euro''s';\n";
        DiffResult changed = scenario().generator().generate(scenario().sql(dev, euros, "euros"));
        assertThat(Files.readString(changed.up())).contains("COMMENT ON COLUMN priced_item.price IS 'in euro''s'");
        assertThat(Files.readString(changed.down())).contains("COMMENT ON COLUMN priced_item.price IS 'in cents'");
        assertThat(scenario().generator().check(scenario().sql(dev, euros, "nothing")).upToDate()).isTrue();
        scenario().appliedUpAndDown(
                target -> assertThat(target.rows("SELECT col_description('priced_item'::regclass, 3)"))
                        .containsExactly(List.of("in euro's")),
                target -> assertThat(target.rows("SELECT col_description('priced_item'::regclass, 3)"))
                        .containsExactly(List.of("in cents")));
    }
}
