package org.schemamigrate.diff.workflow.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.workflow.DiffGenerator;
import org.schemamigrate.diff.workflow.DiffRequest;
import org.schemamigrate.diff.workflow.DiffResult;
import org.schemamigrate.diff.workflow.InitGenerator;
import org.schemamigrate.diff.workflow.InitRequest;
import org.schemamigrate.diff.workflow.InitResult;

/**
 * The embedded MariaDB's server default is latin1. Adopting and diffing a utf8mb4 database must write nothing
 * about latin1, and the round trip must keep utf8mb4: a row with "Łukasz" survives up.
 */
class DevDefaultsDoNotLeakTest {
    private static final String DESIRED = """
            CREATE TABLE member (id int PRIMARY KEY, name varchar(40), nick varchar(20));
            CREATE TABLE note (id int PRIMARY KEY, body text);
            """;

    @TempDir
    Path dir;

    private static TestDatabase utf8mb4() {
        TestDatabase db = TestDatabases.fresh(DatabaseKind.MARIADB);
        db.execute("ALTER DATABASE `" + db.name() + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return db;
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void adoptingAndDiffingAUtf8mb4DatabaseWritesNoLatin1AndKeepsUtf8mb4(TestDatabase dev) throws Exception {
        assertThat(dev.single("SELECT @@character_set_server")).as("the premise: a latin1 dev server")
                .isEqualTo("latin1");
        TestDatabase live = utf8mb4();
        live.execute("CREATE TABLE member (id int PRIMARY KEY, name varchar(40))",
                "INSERT INTO member VALUES (1, 'Łukasz')");
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T04:00:00Z"), ZoneOffset.UTC);

        InitResult init = new InitGenerator(clock).init(new InitRequest(dev.dataSource(), DatabaseKind.MARIADB,
                live.dataSource(), null, "production", dir, "baseline_schema", false));
        DiffResult diff = new DiffGenerator(Clock.offset(clock, java.time.Duration.ofMinutes(1))).generate(
                new DiffRequest(dev.dataSource(), DatabaseKind.MARIADB, DESIRED, "schema.sql",
                        new DiffRequest.FromMigrations(), dir, "add_nick_and_note", false));
        DiffResult fromLive = new DiffGenerator(clock).check(new DiffRequest(dev.dataSource(),
                DatabaseKind.MARIADB, DESIRED, "schema.sql", new DiffRequest.FromDatabase(live.dataSource(), null,
                "production"), dir, "check", false));

        for (Path file : Stream.of(init.up(), init.down(), diff.up(), diff.down()).toList()) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContainIgnoringCase("latin1")
                    .doesNotContain("DEFAULT CHARSET");
        }
        assertThat(fromLive.upPlan().script()).doesNotContainIgnoringCase("latin1").doesNotContain("CHARSET");

        Migrator.builder().dataSource(live.dataSource()).directory(dir).build().up();
        live.execute("INSERT INTO note VALUES (1, 'Zażółć gęślą jaźń')", "UPDATE member SET nick = 'Łuk'");
        assertThat(live.single("SELECT name FROM member WHERE id = 1")).isEqualTo("Łukasz");
        assertThat(live.single("SELECT body FROM note WHERE id = 1")).isEqualTo("Zażółć gęślą jaźń");
        assertThat(live.rows("SELECT DISTINCT COLLATION_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = '"
                + live.name() + "' AND TABLE_NAME IN ('member', 'note') AND COLLATION_NAME IS NOT NULL").stream()
                .map(row -> row.get(0)))
                .containsOnly("utf8mb4_unicode_ci");

        TestDatabase fresh = utf8mb4();
        Migrator.builder().dataSource(fresh.dataSource()).directory(dir).build().up();
        fresh.execute("INSERT INTO member VALUES (1, 'Łukasz', 'Łuk')");
        assertThat(fresh.single("SELECT name FROM member")).isEqualTo("Łukasz");
    }
}
