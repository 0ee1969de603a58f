package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;

/**
 * MariaDB events through the whole diff, on the shared embedded MariaDB (it runs with grant tables, without which
 * the server refuses CREATE EVENT). Its event scheduler is off: the definitions exist all the same.
 */
class MariaDbEventsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC);
    private static final String TABLES = "CREATE TABLE item (id BIGINT PRIMARY KEY, price INT);\n";
    private static final String EVENTS = """
            CREATE EVENT purge_free ON SCHEDULE EVERY 1 DAY COMMENT 'free items go' DO DELETE FROM item WHERE price = 0;
            DELIMITER //
            CREATE EVENT reprice ON SCHEDULE EVERY '1:30' HOUR_MINUTE STARTS '2030-01-01 03:00:00'
                ON COMPLETION PRESERVE DISABLE
            DO BEGIN
                UPDATE item SET price = price + 1 WHERE price < 10;
                DELETE FROM item WHERE price > 1000;
            END//
            DELIMITER ;
            """;

    private final TestDatabase dev = TestDatabases.fresh(DatabaseKind.MARIADB);

    @TempDir
    Path dir;

    @Test
    void eventsAreCreatedComparedChangedAndDroppedAsTheServerPrintsThem() throws Exception {
        String created = Files.readString(generator().generate(request(TABLES + EVENTS, "create_all")).up());
        assertThat(created).contains("CREATE EVENT `purge_free` ON SCHEDULE EVERY 1 DAY ON COMPLETION NOT PRESERVE"
                        + " ENABLE COMMENT 'free items go' DO DELETE FROM item WHERE price = 0",
                "DELIMITER //\nCREATE EVENT `reprice` ON SCHEDULE EVERY '1:30' HOUR_MINUTE STARTS"
                        + " '2030-01-01 03:00:00' ON COMPLETION PRESERVE DISABLE DO BEGIN")
                .doesNotContain("DEFINER");
        assertThat(created.indexOf("CREATE TABLE")).isLessThan(created.indexOf("CREATE EVENT"));
        assertThat(generator().check(request(TABLES + EVENTS, "nothing")).upToDate())
                .as("a STARTS left out (the creation time) is no difference").isTrue();

        String weekly = EVENTS.replace("EVERY 1 DAY", "EVERY 1 WEEK");
        String changed = Files.readString(generator().generate(request(TABLES + weekly, "weekly")).up());
        assertThat(changed).contains("DROP EVENT `purge_free`", "EVERY 1 WEEK").doesNotContain("`reprice`");

        String dropped = Files.readString(generator().generate(request(TABLES, "drop_events")).up());
        assertThat(dropped).contains("DROP EVENT `purge_free`", "DROP EVENT `reprice`");

        TestDatabase target = TestDatabases.fresh(DatabaseKind.MARIADB);
        Migrator migrator = Migrator.builder().dataSource(target.dataSource()).directory(dir)
                .allowDestructive(true).build();
        migrator.up();
        assertThat(target.rows("SELECT count(*) FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE()"))
                .containsExactly(List.of("0"));
        migrator.down();
        assertThat(target.rows("SELECT concat(EVENT_NAME, ' ', INTERVAL_VALUE, ' ', INTERVAL_FIELD)"
                + " FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE() ORDER BY 1"))
                .containsExactly(List.of("purge_free 1 WEEK"), List.of("reprice '1:30' HOUR_MINUTE"));
    }

    @Test
    void initAdoptsEvents() throws Exception {
        TestDatabase live = TestDatabases.fresh(DatabaseKind.MARIADB);
        live.execute(TABLES.strip(), "CREATE EVENT purge_free ON SCHEDULE EVERY 1 DAY"
                + " DO DELETE FROM item WHERE price = 0");

        InitResult result = new InitGenerator(CLOCK).init(new InitRequest(dev.dataSource(), DatabaseKind.MARIADB,
                live.dataSource(), null, "production", dir, "baseline_schema", false));
        assertThat(result.skipped()).isEmpty();
        assertThat(Files.readString(result.up())).contains("CREATE EVENT `purge_free` ON SCHEDULE EVERY 1 DAY");
        assertThat(Files.readString(result.down())).contains("DROP EVENT `purge_free`");
    }

    private static DiffGenerator generator() {
        return new DiffGenerator(CLOCK);
    }

    private DiffRequest request(String desired, String name) {
        return new DiffRequest(dev.dataSource(), DatabaseKind.MARIADB, desired, "schema.sql",
                new DiffRequest.FromMigrations(), dir, name, false);
    }
}
