package org.schemamigrate.diff.prove;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.workflow.DiffGenerator;
import org.schemamigrate.diff.workflow.DiffRequest;
import org.schemamigrate.diff.workflow.DiffResult;

/**
 * The known equivalences of spelling (README, "Known equivalences"): migrations written by hand with one spelling
 * and entities with the other neither block a diff nor get rewritten; anything else on such a line still counts.
 */
class EquivalentSpellingsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private DiffResult diff(TestDatabase dev, String migration, String desired) throws Exception {
        Files.writeString(dir.resolve("1_create.up.sql"), migration);
        return new DiffGenerator(CLOCK).generate(new DiffRequest(dev.dataSource(), dev.kind(), desired, "schema.sql",
                new DiffRequest.FromMigrations(), dir, "add_note", false));
    }

    /** Hibernate 6 writes timestamp(6) for a LocalDateTime; a hand-written migration often says timestamp. */
    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void timeTypesWithoutPrecisionAndWithSixAreTheSame(TestDatabase dev) throws Exception {
        DiffResult result = diff(dev, "CREATE TABLE event (id bigint PRIMARY KEY, at timestamp NOT NULL,"
                        + " zoned timestamptz, day_time time);\n",
                "CREATE TABLE event (id bigint PRIMARY KEY, at timestamp(6) NOT NULL, zoned timestamp(6) with time"
                        + " zone, day_time time(6), note text);");

        assertThat(Files.readString(result.up())).contains("ADD COLUMN \"note\" text").doesNotContain("TYPE");
    }

    /** InnoDB's default is NO ACTION, but the server prints the clause only where someone wrote it. */
    @DatabaseTest(DatabaseKind.MARIADB)
    void anExplicitNoActionIsTheDefault(TestDatabase dev) throws Exception {
        String parent = "CREATE TABLE parent (id int PRIMARY KEY) ENGINE=InnoDB;\n";
        DiffResult result = diff(dev, parent + "CREATE TABLE child (id int PRIMARY KEY, parent_id int, CONSTRAINT"
                        + " fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON UPDATE NO ACTION)"
                        + " ENGINE=InnoDB;\n",
                parent + "CREATE TABLE child (id int PRIMARY KEY, parent_id int, note text, CONSTRAINT"
                        + " fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id)) ENGINE=InnoDB;");

        assertThat(Files.readString(result.up())).contains("ADD COLUMN `note` text").doesNotContain("FOREIGN KEY");
    }

    @Test
    void onlyThePairThatDiffersBySpellingAloneCancels() {
        List<String> residual = List.of(
                "- column event: \"at\" timestamp(6) without time zone NOT NULL",
                "+ column event: \"at\" timestamp without time zone",
                "- column event: \"zoned\" timestamp(6) with time zone",
                "+ column event: \"zoned\" timestamp with time zone");

        assertThat(CatalogProof.withoutEquivalentSpellings(residual)).containsExactly(
                "- column event: \"at\" timestamp(6) without time zone NOT NULL",
                "+ column event: \"at\" timestamp without time zone");
    }
}
