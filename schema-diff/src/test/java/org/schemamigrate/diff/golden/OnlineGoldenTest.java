package org.schemamigrate.diff.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.DialectFixtures;
import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.MariaDbFixtures;
import org.schemamigrate.diff.PostgresFixtures;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.dialect.DiffDialect;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.plan.PlanOptions;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Planner;

/**
 * Every golden case planned online, both ways, on the real server: on PostgreSQL the NOT VALID/VALIDATE steps and
 * the CONCURRENTLY index changes (run after the transaction, with autocommit) must converge; on MariaDB every
 * ALGORITHM clause the planner writes must be accepted by the server and the result converge.
 */
class OnlineGoldenTest {
    private static final PlanOptions ONLINE = PlanOptions.defaults().withOnline(true);

    static Stream<String> postgresCases() throws IOException {
        return cases(Path.of("src/test/resources/golden/postgres"));
    }

    static Stream<String> mysqlCases() throws IOException {
        return cases(Path.of("src/test/resources/golden/mariadb"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("postgresCases")
    void postgresOnlinePlansConverge(String name) {
        converge(Path.of("src/test/resources/golden/postgres", name), DatabaseKind.POSTGRESQL,
                PostgresFixtures.DIALECT, DiffDialect.of(Features.postgres(17)).planner(ONLINE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mysqlCases")
    void mariaDbAcceptsEveryAlgorithmClause(String name) {
        converge(Path.of("src/test/resources/golden/mariadb", name), DatabaseKind.MARIADB, MariaDbFixtures.DIALECT,
                DiffDialect.of(Features.mariaDb(11, 4)).planner(ONLINE));
    }

    private static void converge(Path dir, DatabaseKind kind, DialectFixtures dialect, Planner planner) {
        TestDatabase db = TestDatabases.fresh(kind);
        TestDatabase target = TestDatabases.fresh(kind);
        dialect.run(db, read(dir.resolve("from.sql")));
        dialect.run(target, read(dir.resolve("to.sql")));
        Schema from = dialect.inspect(db);
        Schema to = dialect.inspect(target);

        applyOnline(db, dialect, planner, dialect.diff(from, to), from, to);
        assertThat(dialect.plan(dialect.inspect(db), to).script()).as("online up: residual").isEmpty();
        applyOnline(db, dialect, planner, dialect.diff(to, from), to, from);
        assertThat(dialect.plan(dialect.inspect(db), from).script()).as("online down: residual").isEmpty();
    }

    /**
     * The main plan as the runner applies it, then the concurrent part outside any transaction (as DiffGenerator
     * splits them: never on a partitioned table).
     */
    private static void applyOnline(TestDatabase db, DialectFixtures dialect, Planner planner,
                                    List<SchemaChange> changes, Schema current, Schema desired) {
        List<SchemaChange> later = planner.concurrently(changes).stream()
                .filter(c -> !current.partitioned(c.table()) && !desired.partitioned(c.table())).toList();
        dialect.apply(db, planner.plan(changes.stream().filter(c -> !later.contains(c)).toList()));
        Plan concurrent = planner.planConcurrently(later);
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            for (PlanStep step : concurrent.steps()) {
                s.execute(step.sql());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Concurrent step failed: " + e.getMessage() + "\n" + concurrent.script(),
                    e);
        }
    }

    private static Stream<String> cases(Path source) throws IOException {
        try (Stream<Path> dirs = Files.list(source)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
