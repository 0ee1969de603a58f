package org.schemamigrate.diff.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemamigrate.diff.MysqlFixtures.apply;
import static org.schemamigrate.diff.MysqlFixtures.diff;
import static org.schemamigrate.diff.MysqlFixtures.inspect;
import static org.schemamigrate.diff.MysqlFixtures.plan;
import static org.schemamigrate.diff.MysqlFixtures.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.plan.Safety;

/**
 * The proof for the MySQL family: for every case under golden/mysql, on a real MariaDB (11.4, embedded),
 * {@code from} + up inspects equal to {@code to}, and then + down equal to {@code from}; the planned SQL equals
 * the reviewed up.sql/down.sql. Statements run one by one with DDL auto-committing, as the runner does.
 * Run with {@code -Dgolden.update=true} to rewrite up.sql/down.sql from the planner, then review the git diff.
 */
class MariaDbGoldenTest {
    private static final Path SOURCE = Path.of("src/test/resources/golden/mysql");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCE)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void everyCaseHasItsFourReviewedFiles() throws IOException {
        List<String> cases = cases().toList();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        for (String name : cases) {
            for (String file : List.of("from.sql", "to.sql", "up.sql", "down.sql")) {
                assertThat(SOURCE.resolve(name).resolve(file)).as(name + "/" + file).exists();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void upAndDownConverge(String name) {
        Path dir = SOURCE.resolve(name);
        TestDatabase db = TestDatabases.fresh(DatabaseKind.MARIADB);
        TestDatabase target = TestDatabases.fresh(DatabaseKind.MARIADB);
        run(db, read(dir.resolve("from.sql")));
        run(target, read(dir.resolve("to.sql")));
        Schema from = inspect(db);
        Schema to = inspect(target);

        assertThat(diff(from, inspect(db))).as("the same schema inspected twice").isEmpty();
        assertThat(diff(from, from)).as("from against itself").isEmpty();
        assertThat(diff(to, to)).as("to against itself").isEmpty();

        Plan up = plan(from, to);
        assertGolden(dir.resolve("up.sql"), up);
        assertLossesExplained(up);
        apply(db, up);
        assertConverged(inspect(db), to, "from + up.sql against to");

        Plan down = plan(to, from);
        assertGolden(dir.resolve("down.sql"), down);
        assertLossesExplained(down);
        apply(db, down);
        assertConverged(inspect(db), from, "from + up.sql + down.sql against from");

        assertThat(plan(to, from).script()).as("planning is deterministic").isEqualTo(down.script());
    }

    /** A step that can lose data says what is lost, so a reviewer sees why its reverse cannot restore it. */
    private static void assertLossesExplained(Plan plan) {
        plan.steps().stream().filter(s -> s.safety() == Safety.DESTRUCTIVE).forEach(s -> assertThat(s.comment())
                .as(s.sql()).containsAnyOf("is lost", "are lost", "do not fit"));
    }

    private static void assertConverged(Schema actual, Schema expected, String what) {
        Plan residual = plan(actual, expected);
        assertThat(residual.script()).as(what + ": residual difference").isEmpty();
    }

    private static void assertGolden(Path file, Plan plan) {
        String script = plan.script();
        if (UPDATE) {
            write(file, script);
        }
        assertThat(script).as("planned %s (rewrite with -Dgolden.update=true, then review)", file)
                .isEqualTo(read(file).replace("\r\n", "\n"));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
