package org.schemamigrate.core.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;

/** The shared embedded MariaDB runs with grant tables: statements a server without them refuses work. */
class EmbeddedMariaDbGrantTablesTest {

    @Test
    void eventsCanBeCreated() {
        TestDatabase db = TestDatabases.fresh(DatabaseKind.MARIADB);
        db.execute("CREATE TABLE item (id INT PRIMARY KEY)",
                "CREATE EVENT purge_all ON SCHEDULE EVERY 1 DAY DO DELETE FROM item");

        assertThat(db.rows("SELECT EVENT_NAME FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE()"))
                .containsExactly(List.of("purge_all"));
    }

    @Test
    void grantTablesAreOnAndRootLogsInFromLoopback() {
        TestDatabase db = TestDatabases.fresh(DatabaseKind.MARIADB);

        assertThat(db.rows("SELECT @@skip_grant_tables, @@skip_name_resolve, CURRENT_USER()"))
                .containsExactly(List.of("0", "1", "root@127.0.0.1"));
    }
}
