package org.schemamigrate.diff.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.schemamigrate.core.db.DatabaseKind;
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
                // every column is placed (AFTER/FIRST): positions count
                new ServerDump(MariaDbDump::of, MariaDbDump::tables, (dump, outliving) -> dump));
    }

    /** A step that can lose data says what is lost, so a reviewer sees why its reverse cannot restore it. */
    @Override
    protected void checkPlan(Plan plan) {
        plan.steps().stream().filter(s -> s.safety() == Safety.DESTRUCTIVE).forEach(s -> assertThat(s.comment())
                .as(s.sql()).containsAnyOf("is lost", "are lost", "do not fit"));
    }
}
