package org.schemamigrate.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.schemamigrate.core.db.DatabaseKind;

class EmbeddedDatabaseSmokeTest {

    @DatabaseTest
    void eachTestGetsAnEmptyDatabaseOfTheRightKind(TestDatabase db) throws Exception {
        assertThat(db.tables()).isEmpty();
        db.execute("CREATE TABLE smoke (id INT PRIMARY KEY)");
        assertThat(db.tables()).containsExactly("smoke");
        try (var c = db.connection()) {
            assertThat(DatabaseKind.detect(c)).isEqualTo(db.kind());
        }
    }

    @DatabaseTest
    void databasesAreIsolatedFromEachOther(TestDatabase db) {
        TestDatabase other = TestDatabases.fresh(db.kind());
        db.execute("CREATE TABLE only_here (id INT)");
        assertThat(other.tables()).isEmpty();
    }
}
