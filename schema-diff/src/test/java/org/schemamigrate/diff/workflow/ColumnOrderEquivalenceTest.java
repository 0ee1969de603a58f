package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;

/**
 * The known equivalence "column order" (README, Exactness): PostgreSQL appends an added column and cannot move
 * one, so a pair that adds a column in the middle of a desired table reaches another order; the header says which,
 * and the proof requires exactly that order. MariaDB places the column, and declares nothing.
 */
class ColumnOrderEquivalenceTest {
    private static final String FROM = "CREATE TABLE users (id bigint PRIMARY KEY, username text, age integer);\n";
    private static final String TO = "CREATE TABLE users (id bigint PRIMARY KEY, email text, age integer);\n";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T18:00:00Z"), ZoneOffset.UTC);
    private static final String COLUMNS = "SELECT column_name FROM information_schema.columns WHERE table_name ="
            + " 'users' AND table_schema = current_schema() ORDER BY ordinal_position";

    @TempDir
    Path dir;

    private DiffResult diff(TestDatabase dev) throws IOException {
        Files.writeString(dir.resolve("1_from.up.sql"), FROM);
        return new DiffGenerator(CLOCK).generate(new DiffRequest(dev.dataSource(), dev.kind(), TO, "to.sql",
                new DiffRequest.FromMigrations(), dir, "to", true));
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void postgresAppendsAddedColumnsAndTheHeaderSaysSo(TestDatabase dev) throws IOException {
        DiffResult result = diff(dev);

        assertThat(Files.readString(result.up())).contains(
                "-- Column order differs from the desired schema (a known equivalence: PostgreSQL adds a column at"
                        + " the end of its table and cannot move one):",
                "--   users: id, age, email (desired schema: id, email, age)");
        assertThat(Files.readString(result.down())).contains(
                "-- Column order differs from the current schema",
                "--   users: id, age, username (current schema: id, username, age)");
        // the server behaves as declared: applied to a fresh database, the order is the declared one
        TestDatabase target = TestDatabases.fresh(DatabaseKind.POSTGRESQL);
        Migrator migrator = Migrator.builder().dataSource(target.dataSource()).directory(dir).allowDestructive(true)
                .build();
        migrator.up();
        assertThat(target.rows(COLUMNS)).containsExactly(List.of("id"), List.of("age"), List.of("email"));
        migrator.down(1);
        assertThat(target.rows(COLUMNS)).containsExactly(List.of("id"), List.of("age"), List.of("username"));
    }

    /**
     * Found in the PostgreSQL trial: the next migration, which does not touch users, declared the same order again
     * as if it made it; the line now says the order was so before it (and the proof still requires it).
     */
    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void anOrderLeftByAnEarlierMigrationIsDeclaredAsSuch(TestDatabase dev) throws IOException {
        diff(dev);
        DiffResult next = new DiffGenerator(Clock.offset(CLOCK, Duration.ofMinutes(1))).generate(
                new DiffRequest(dev.dataSource(), dev.kind(), TO + "CREATE TABLE other (id bigint PRIMARY KEY);\n",
                        "to.sql", new DiffRequest.FromMigrations(), dir, "other", true));

        assertThat(Files.readString(next.up())).contains(
                "--   users: id, age, email (desired schema: id, email, age; so before this migration too)");
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void mariaDbPlacesTheColumnAndDeclaresNothing(TestDatabase dev) throws IOException {
        DiffResult result = diff(dev);

        assertThat(Files.readString(result.up())).doesNotContain("Column order differs");
        TestDatabase target = TestDatabases.fresh(DatabaseKind.MARIADB);
        Migrator.builder().dataSource(target.dataSource()).directory(dir).allowDestructive(true).build().up();
        assertThat(target.rows(COLUMNS.replace("current_schema()", "database()")))
                .containsExactly(List.of("id"), List.of("email"), List.of("age"));
    }
}
