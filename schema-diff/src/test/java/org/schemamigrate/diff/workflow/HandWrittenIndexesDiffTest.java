package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
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
import org.schemamigrate.diff.oracle.PostgresCatalogDump;

/**
 * A JPA team's tuning indexes written by hand in a migration, which no {@code @Index(columnList = …)} can declare
 * (expression, partial, GIN, operator class, INCLUDE): with entities as the desired schema they stay, while entity
 * changes on the table generate, prove and apply; a plain index the entities lack is still dropped; an entity
 * change that breaks one is refused by name.
 */
class HandWrittenIndexesDiffTest {
    private static final String INDEXES_BY_HAND = """
            CREATE INDEX customer_email_lower ON customer (lower(email));
            CREATE UNIQUE INDEX customer_email_live ON customer (email) WHERE deleted = false;
            CREATE INDEX customer_name_search ON customer USING gin (to_tsvector('simple', name));
            CREATE INDEX customer_name_pattern ON customer (name text_pattern_ops);
            CREATE INDEX customer_name_cover ON customer (name) INCLUDE (email);
            """;
    private static final String DROP_BY_HAND = """
            DROP INDEX customer_email_lower, customer_email_live, customer_name_search, customer_name_pattern,
                customer_name_cover;
            """;
    /** The entity change of i2, written by hand. */
    private static final String I2_BY_HAND = """
            ALTER TABLE customer ALTER COLUMN name TYPE varchar(150);
            ALTER TABLE customer ADD COLUMN phone varchar(40);
            """;
    private static final String INDEXES = "SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid)"
            + " FROM pg_index WHERE indrelid = 'customer'::regclass ORDER BY 1";

    @TempDir
    Path dir;
    @TempDir
    Path byHand;

    private ObjectsScenario scenario() {
        return new ObjectsScenario(dir, DatabaseKind.POSTGRESQL);
    }

    private void indexedByHand(TestDatabase dev) throws IOException {
        scenario().generator().generate(scenario().entities(dev, "i1", "create_customer"));
        scenario().byHand("customer_indexes", INDEXES_BY_HAND, DROP_BY_HAND);
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void indexesNoEntityCanDeclareStayWhileEntityChangesFlow(TestDatabase dev) throws IOException {
        indexedByHand(dev);
        DiffResult same = scenario().generator().check(scenario().entities(dev, "i1", "nothing"));
        assertThat(same.upToDate()).as("no DROP INDEX: %s", same.upPlan().script()).isTrue();

        DiffResult changed = scenario().generator().generate(scenario().entities(dev, "i2", "customer_phone"));
        assertThat(Files.readString(changed.up())).contains("ADD COLUMN \"phone\" varchar(40)", "varchar(150)")
                .doesNotContain("DROP INDEX");
        assertThat(Files.readString(changed.down())).contains("DROP COLUMN \"phone\"", "varchar(100)")
                .doesNotContain("DROP INDEX");
        assertThat(scenario().generator().check(scenario().entities(dev, "i2", "nothing")).upToDate()).isTrue();

        // oracle: the migrations plus the same change written by hand, as the server prints both
        TestDatabase expected = scenario().migratedBefore(changed.up(), I2_BY_HAND, byHand);
        TestDatabase expectedBefore = scenario().migratedBefore(changed.up(), null, byHand);
        TestDatabase target = TestDatabases.fresh(DatabaseKind.POSTGRESQL);
        Migrator migrator = Migrator.builder().dataSource(target.dataSource()).directory(dir).allowDestructive(true)
                .build();
        migrator.up();
        assertThat(target.rows(INDEXES)).isEqualTo(expected.rows(INDEXES)).hasSize(6);
        assertThat(PostgresCatalogDump.of(target)).isEqualTo(PostgresCatalogDump.of(expected));
        migrator.down();
        assertThat(target.rows(INDEXES)).as("down returns exactly").isEqualTo(expectedBefore.rows(INDEXES));
        assertThat(PostgresCatalogDump.of(target)).isEqualTo(PostgresCatalogDump.of(expectedBefore));
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aPlainIndexTheEntitiesCouldDeclareIsStillDropped(TestDatabase dev) throws IOException {
        indexedByHand(dev);
        Files.writeString(dir.resolve("20261207100000_plain.up.sql"),
                "CREATE INDEX customer_name_plain ON customer (name DESC);\n");
        Files.writeString(dir.resolve("20261207100000_plain.down.sql"), "DROP INDEX customer_name_plain;\n");
        SumFile.write(dir);
        DiffResult result = scenario().generator().check(scenario().entities(dev, "i1", "nothing"));
        assertThat(result.upPlan().script()).contains("DROP INDEX").contains("customer_name_plain")
                .doesNotContain("customer_email_lower", "customer_email_live", "customer_name_search",
                        "customer_name_pattern", "customer_name_cover");
        assertThat(result.undeclaredIndexes()).containsExactly("customer.customer_name_plain");

        Files.writeString(dir.resolve("20261207100000_plain.up.sql"),
                "CREATE INDEX customer_name_plain ON customer (name);\n");
        SumFile.write(dir);
        DiffResult declared = scenario().generator().check(scenario().entities(dev, "i4", "nothing"));
        assertThat(declared.upPlan().script()).contains("customer_name_idx");
        assertThat(declared.undeclaredIndexes()).as("declared under another name: no advice to declare it")
                .isEmpty();
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void anEntityChangeThatBreaksAHandWrittenIndexIsRefusedByName(TestDatabase dev) throws IOException {
        indexedByHand(dev);
        long files = files();
        assertThatThrownBy(() -> scenario().generator().generate(scenario().entities(dev, "i3", "refused")))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(e.details()).contains(new FailureDetails.NotPlanned(new TreeMap<>(Map.of(
                            KeptIndexes.BROKEN, List.of("customer.customer_email_live",
                                    "customer.customer_email_lower", "customer.customer_name_cover")))));
                });
        assertThat(files()).as("nothing written").isEqualTo(files);
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aSqlDesiredSchemaManagesIndexesFully(TestDatabase dev) throws IOException {
        indexedByHand(dev);
        String desired = "CREATE TABLE customer (id bigint PRIMARY KEY, email varchar(200), name varchar(100),"
                + " deleted boolean NOT NULL);\n";
        DiffResult result = scenario().generator().check(scenario().sql(dev, desired, "nothing"));
        assertThat(result.upPlan().script()).contains("customer_email_lower", "customer_name_cover");
    }

    private long files() throws IOException {
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.count();
        }
    }
}
