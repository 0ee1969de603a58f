package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.db.DatabaseKind;

/** The embedded MariaDB's server default is latin1; the dev database that stands in for an unknown target is not. */
class EmbeddedDevDatabaseTest {

    @Test
    void theEmbeddedMariaDbDevDatabaseIsUtf8mb4() throws Exception {
        try (DevDatabase dev = DevDatabase.open(null, null, null, DatabaseKind.MARIADB, new CapturingLog(false));
             Connection c = dev.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DEFAULT_CHARACTER_SET_NAME FROM information_schema.SCHEMATA"
                     + " WHERE SCHEMA_NAME = database()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("utf8mb4");
            assertThat(dev.outlivesTheGoal()).as("nothing is kept on it for a next goal (no replay cache)").isFalse();
        }
    }
}
