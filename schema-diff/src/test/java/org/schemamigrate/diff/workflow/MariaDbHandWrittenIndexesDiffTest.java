package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.source.SumFile;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;

/**
 * MariaDB: a prefix index and a FULLTEXT index written by hand, which no {@code @Index(columnList = …)} can
 * declare, stay with entities as the desired schema while entity changes flow; a plain one is still dropped; an
 * entity change that breaks one is refused by name.
 */
class MariaDbHandWrittenIndexesDiffTest {
    private static final String INDEXES_BY_HAND = """
            CREATE INDEX customer_email_prefix ON customer (email(10));
            CREATE FULLTEXT INDEX customer_name_text ON customer (name);
            """;
    private static final String DROP_BY_HAND = """
            DROP INDEX customer_email_prefix ON customer;
            DROP INDEX customer_name_text ON customer;
            """;
    /** The entity change of i2, written by hand. */
    private static final String I2_BY_HAND = """
            ALTER TABLE customer MODIFY name varchar(150), ADD COLUMN phone varchar(40);
            """;

    @TempDir
    Path dir;
    @TempDir
    Path byHand;

    private ObjectsScenario scenario() {
        return new ObjectsScenario(dir, DatabaseKind.MARIADB);
    }

    private void indexedByHand(TestDatabase dev) throws IOException {
        scenario().generator().generate(scenario().entities(dev, "i1", "create_customer"));
        scenario().byHand("customer_indexes", INDEXES_BY_HAND, DROP_BY_HAND);
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void prefixAndFulltextIndexesStayWhileEntityChangesFlow(TestDatabase dev) throws IOException {
        indexedByHand(dev);
        DiffResult same = scenario().generator().check(scenario().entities(dev, "i1", "nothing"));
        assertThat(same.upToDate()).as("no DROP INDEX: %s", same.upPlan().script()).isTrue();

        DiffResult changed = scenario().generator().generate(scenario().entities(dev, "i2", "customer_phone"));
        assertThat(Files.readString(changed.up())).contains("ADD COLUMN `phone` varchar(40)", "varchar(150)")
                .doesNotContain("DROP INDEX", "DROP KEY");
        assertThat(Files.readString(changed.down())).doesNotContain("DROP INDEX", "DROP KEY");

        TestDatabase expected = scenario().migratedBefore(changed.up(), I2_BY_HAND, byHand);
        TestDatabase expectedBefore = scenario().migratedBefore(changed.up(), null, byHand);
        TestDatabase target = TestDatabases.fresh(DatabaseKind.MARIADB);
        Migrator migrator = Migrator.builder().dataSource(target.dataSource()).directory(dir).allowDestructive(true)
                .build();
        migrator.up();
        assertThat(showCreate(target)).isEqualTo(showCreate(expected))
                .contains("KEY `customer_email_prefix` (`email`(10))", "FULLTEXT KEY `customer_name_text` (`name`)");
        migrator.down();
        assertThat(showCreate(target)).as("down returns exactly").isEqualTo(showCreate(expectedBefore));
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void aPlainIndexIsStillDroppedAndABrokenOneRefused(TestDatabase dev) throws IOException {
        indexedByHand(dev);
        Files.writeString(dir.resolve("20261207100000_plain.up.sql"),
                "CREATE INDEX customer_name_plain ON customer (name);\n");
        Files.writeString(dir.resolve("20261207100000_plain.down.sql"),
                "DROP INDEX customer_name_plain ON customer;\n");
        SumFile.write(dir);
        DiffResult result = scenario().generator().check(scenario().entities(dev, "i1", "nothing"));
        assertThat(result.upPlan().script()).contains("customer_name_plain")
                .doesNotContain("customer_email_prefix", "customer_name_text");
        assertThat(result.undeclaredIndexes()).containsExactly("customer.customer_name_plain");

        assertThatThrownBy(() -> scenario().generator().generate(scenario().entities(dev, "i3", "refused")))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(e.details()).contains(new FailureDetails.NotPlanned(new TreeMap<>(Map.of(
                            KeptIndexes.BROKEN, List.of("customer.customer_email_prefix")))));
                });
    }

    /** SHOW CREATE TABLE customer's lines, sorted and without trailing commas (column order aside). */
    private static List<String> showCreate(TestDatabase db) {
        String text = db.rows("SHOW CREATE TABLE customer").get(0).get(1);
        return Arrays.stream(text.split("\n")).map(String::strip).map(l -> l.endsWith(",") ? l.substring(0,
                l.length() - 1) : l).sorted().toList();
    }
}
