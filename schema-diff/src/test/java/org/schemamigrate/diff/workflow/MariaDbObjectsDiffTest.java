package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * Views and triggers on MariaDB through the whole diff: hand-written ones stay when the entities change a column
 * under them, and a SQL desired schema manages them (and stored routines) fully. Events: MariaDbEventsTest (on
 * a server with grant tables of its own: the shared embedded MariaDB refuses CREATE EVENT).
 */
class MariaDbObjectsDiffTest {
    private static final String HAND_WRITTEN = """
            CREATE VIEW priced_item AS SELECT id, label, price FROM item WHERE price > 0;
            DELIMITER //
            CREATE TRIGGER item_price BEFORE INSERT ON item FOR EACH ROW
            BEGIN
                IF NEW.price < 0 THEN SET NEW.price = 0; END IF;
            END//
            DELIMITER ;
            """;

    @TempDir
    Path dir;

    private ObjectsScenario scenario() {
        return new ObjectsScenario(dir, DatabaseKind.MARIADB);
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void handWrittenViewAndTriggerStayWhenAnEntityColumnUnderThemChangesType(TestDatabase dev) throws IOException {
        scenario().generator().generate(scenario().entities(dev, "v1", "create_item"));
        scenario().byHand("price_view", HAND_WRITTEN, "DROP TRIGGER item_price;\nDROP VIEW priced_item;\n");

        assertThat(scenario().generator().check(scenario().entities(dev, "v1", "nothing")).upToDate())
                .as("hand-written objects are the migrations' own: entities never drop them").isTrue();
        DiffResult widened = scenario().generator().generate(scenario().entities(dev, "v2", "widen_price"));
        assertThat(Files.readString(widened.up())).contains("MODIFY COLUMN `price` decimal(10,2)")
                .doesNotContain("DROP VIEW", "DROP TRIGGER");

        String priceType = "SELECT data_type FROM information_schema.columns WHERE table_name = 'priced_item'"
                + " AND column_name = 'price' AND table_schema = database()";
        scenario().appliedUpAndDown(target -> {
            assertThat(target.rows(priceType)).containsExactly(List.of("decimal"));
            assertThat(target.rows("SELECT trigger_name FROM information_schema.triggers"
                    + " WHERE trigger_schema = database()")).containsExactly(List.of("item_price"));
        }, target -> assertThat(target.rows(priceType)).containsExactly(List.of("int")));
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void aSqlDesiredSchemaManagesViewsTriggersAndRoutinesFully(TestDatabase dev) throws IOException {
        String tables = "CREATE TABLE item (id BIGINT PRIMARY KEY, label VARCHAR(80), price INTEGER);\n";
        DiffResult created = scenario().generator().generate(scenario().sql(dev, tables + HAND_WRITTEN, "create_all"));
        String up = Files.readString(created.up());
        assertThat(up).contains("CREATE ALGORITHM=UNDEFINED SQL SECURITY DEFINER VIEW `priced_item` AS select",
                "DELIMITER //\nCREATE TRIGGER `item_price` BEFORE INSERT ON `item` FOR EACH ROW BEGIN",
                "END//\nDELIMITER ;").doesNotContain("DEFINER=");
        assertThat(up.indexOf("CREATE TABLE")).isLessThan(up.indexOf("CREATE ALGORITHM"));

        DiffResult dropped = scenario().generator().generate(scenario().sql(dev, tables, "drop_objects"));
        assertThat(Files.readString(dropped.up())).contains("DROP VIEW `priced_item`", "DROP TRIGGER `item_price`");
        assertThat(scenario().generator().check(scenario().sql(dev, tables, "nothing")).upToDate()).isTrue();

        String routines = """
                CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC COMMENT 'x''s double' RETURN x * 2;
                CREATE VIEW doubled AS SELECT id, twice(price) AS price FROM item;
                DELIMITER //
                CREATE PROCEDURE reset_prices(IN floor_price INT)
                BEGIN
                    UPDATE item SET price = floor_price WHERE price < floor_price;
                END//
                DELIMITER ;
                """;
        String withRoutines = Files.readString(scenario().generator()
                .generate(scenario().sql(dev, tables + routines, "routines")).up());
        assertThat(withRoutines).contains("CREATE FUNCTION `twice`(`x` int(11)) RETURNS int(11) DETERMINISTIC",
                "COMMENT 'x''s double' RETURN x * 2", "CREATE PROCEDURE `reset_prices`(IN `floor_price` int(11))");
        assertThat(withRoutines.indexOf("CREATE FUNCTION")).as("the function before the view that calls it")
                .isLessThan(withRoutines.indexOf("VIEW `doubled`"));
        assertThat(scenario().generator().check(scenario().sql(dev, tables + routines, "nothing")).upToDate()).isTrue();

    }
}
