package org.schemamigrate.diff.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.MariaDbFixtures;

/**
 * sqldef's IndexNameCaseInsensitive: an index whose desired name differs from the current one only in case. The
 * server itself shows why the plan cannot be written: dropped and added again in one ALTER, the index keeps its
 * old spelling. So the diff refuses it by name instead of writing a pair that does nothing.
 */
class MariaDbIndexNameCaseTest {
    private static final String FROM = "create table products (id int primary key, name varchar(100),"
            + " index IDX_NAME (name));";

    @Test
    void theServerKeepsTheOldSpellingOfAnUnchangedIndex() {
        TestDatabase db = TestDatabases.fresh(DatabaseKind.MARIADB);
        MariaDbFixtures.DIALECT.run(db, FROM);

        db.execute("ALTER TABLE products DROP INDEX IDX_NAME, ADD INDEX idx_name (name)");

        assertThat(db.rows("SHOW CREATE TABLE products").get(0).get(1)).contains("KEY `IDX_NAME` (`name`)")
                .doesNotContain("idx_name");
    }

    @Test
    void aCaseOnlyRenameIsRefusedNamingTheTableAndBothSpellings() {
        TestDatabase db = TestDatabases.fresh(DatabaseKind.MARIADB);
        TestDatabase target = TestDatabases.fresh(DatabaseKind.MARIADB);
        MariaDbFixtures.DIALECT.run(db, FROM);
        MariaDbFixtures.DIALECT.run(target, FROM.replace("IDX_NAME", "idx_name"));

        assertThatThrownBy(() -> MariaDbFixtures.DIALECT.plan(MariaDbFixtures.DIALECT.inspect(db),
                MariaDbFixtures.DIALECT.inspect(target)))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(e.getMessage()).contains("products", "IDX_NAME", "idx_name");
                });
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
