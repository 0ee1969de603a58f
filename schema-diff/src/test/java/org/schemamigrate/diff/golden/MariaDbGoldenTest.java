package org.schemamigrate.diff.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.MariaDbFixtures;
import org.schemamigrate.diff.oracle.MariaDbDump;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.plan.Safety;

/**
 * The golden proof for the MySQL family on a real MariaDB (11.4, embedded): every case under golden/mariadb.
 * Statements run one by one with DDL auto-committing, as the runner does.
 */
class MariaDbGoldenTest extends GoldenProofHarness {

    MariaDbGoldenTest() {
        super(Path.of("src/test/resources/golden/mariadb"), 30, DatabaseKind.MARIADB, MariaDbFixtures.DIALECT,
                new ServerDump() {
                    @Override
                    public List<String> of(TestDatabase db) {
                        return MariaDbDump.of(db);
                    }

                    @Override
                    public Set<String> tables(List<String> dump) {
                        return MariaDbDump.tables(dump);
                    }

                    @Override
                    public List<String> comparable(List<String> dump, Set<String> outliving) {
                        return dump; // every column is placed (AFTER/FIRST): the order counts
                    }
                });
    }

    /** A step that can lose data says what is lost, so a reviewer sees why its reverse cannot restore it. */
    @Override
    protected void checkPlan(Plan plan) {
        plan.steps().stream().filter(s -> s.safety() == Safety.DESTRUCTIVE).forEach(s -> assertThat(s.comment())
                .as(s.sql()).containsAnyOf("is lost", "are lost", "do not fit"));
    }
}
