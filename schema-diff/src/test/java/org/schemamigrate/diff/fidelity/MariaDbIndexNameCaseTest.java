package org.schemamigrate.diff.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.MariaDbFixtures;
import org.schemamigrate.diff.plan.Plan;

/**
 * sqldef's IndexNameCaseInsensitive: an index whose desired name differs from the current one only in case. The
 * server keeps the old spelling when the index is dropped and added again in one ALTER, so the plan renames it
 * through a temporary name in two statements, and the server's own SHOW CREATE TABLE shows the new spelling.
 */
class MariaDbIndexNameCaseTest {
    private static final String FROM = "create table products (id int primary key, name varchar(100),"
            + " code varchar(10), index IDX_NAME (name), unique key UK_CODE (code));";

    @Test
    void theServerKeepsTheOldSpellingOfAnUnchangedIndexDroppedAndAddedInOneAlter() {
        TestDatabase db = TestDatabases.fresh(DatabaseKind.MARIADB);
        MariaDbFixtures.DIALECT.run(db, FROM);

        db.execute("ALTER TABLE products DROP INDEX IDX_NAME, ADD INDEX idx_name (name)");

        assertThat(db.rows("SHOW CREATE TABLE products").get(0).get(1)).contains("KEY `IDX_NAME` (`name`)")
                .doesNotContain("idx_name");
    }

    @Test
    void aCaseOnlyRenameGoesThroughATemporaryNameAndReachesTheTarget() {
        TestDatabase db = TestDatabases.fresh(DatabaseKind.MARIADB);
        TestDatabase target = TestDatabases.fresh(DatabaseKind.MARIADB);
        MariaDbFixtures.DIALECT.run(db, FROM);
        MariaDbFixtures.DIALECT.run(target, FROM.replace("IDX_NAME", "idx_name").replace("UK_CODE", "Uk_Code"));
        db.execute("insert into products values (1, 'a', 'x'), (2, 'b', 'y')");

        Plan plan = MariaDbFixtures.DIALECT.plan(MariaDbFixtures.DIALECT.inspect(db),
                MariaDbFixtures.DIALECT.inspect(target));
        MariaDbFixtures.DIALECT.apply(db, plan);

        assertThat(plan.steps()).as("first to a temporary name, then to the new spelling").hasSize(2);
        assertThat(db.rows("SHOW CREATE TABLE products")).isEqualTo(target.rows("SHOW CREATE TABLE products"));
        assertThat(db.rows("CHECK TABLE products").get(0).get(3)).isEqualTo("OK");
        assertThat(db.rows("select id from products force index (idx_name) where name = 'b'"))
                .containsExactly(List.of("2"));
    }

    /** Another definition under the case-different name is a real drop and add: the server takes the new name. */
    @Test
    void aChangedIndexMayTakeTheOtherSpelling() {
        TestDatabase db = TestDatabases.fresh(DatabaseKind.MARIADB);
        TestDatabase target = TestDatabases.fresh(DatabaseKind.MARIADB);
        MariaDbFixtures.DIALECT.run(db, FROM);
        MariaDbFixtures.DIALECT.run(target, FROM.replace("IDX_NAME (name)", "idx_name (name, id)"));

        MariaDbFixtures.DIALECT.apply(db, MariaDbFixtures.DIALECT.plan(MariaDbFixtures.DIALECT.inspect(db),
                MariaDbFixtures.DIALECT.inspect(target)));

        assertThat(db.rows("SHOW CREATE TABLE products")).isEqualTo(target.rows("SHOW CREATE TABLE products"));
    }
}
