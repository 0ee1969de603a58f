package org.schemamigrate.diff.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.UrlDataSource;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.desired.DesiredSchema;
import org.schemamigrate.diff.desired.ProjectClasspath;
import org.schemamigrate.diff.diff.Renames;
import org.schemamigrate.diff.oracle.HibernateOracle.Generation;

/**
 * The example application as an oracle model in three generations: 1, its entities as at its first migration
 * (create); 2, the example as it is (loans, reservations, an element collection, added and retyped columns, a
 * new unique key); 3, a drop and a rename (reservations and a column gone, a column renamed, an enum value added).
 * Each generation's diff is generated from the previous ones, and up and down are judged by dumps against the
 * example's own Hibernate create script on fresh databases ({@link HibernateOracle}); pg_dump too under
 * {@code -Ppg-dump}. Generation 1 is tied to the example's history: its first committed migration reaches it.
 */
class ExampleAppGenerationsOracleTest {
    private static final List<Generation> GENERATIONS = List.of(
            new Generation("gen1", "create_library", Renames.none()),
            new Generation("gen2", "add_loans_and_reservations", Renames.none()),
            new Generation("gen3", "drop_and_rename", Renames.parse("member.full_name:display_name")));
    /** The example's files each generation leaves out; its overlay directory (if any) replaces others. */
    private static final Map<String, Set<String>> REMOVED = Map.of(
            "gen1", Set.of("Loan.java", "Reservation.java"),
            "gen2", Set.of(),
            "gen3", Set.of("Reservation.java"));

    @TempDir
    Path dir;
    @TempDir
    Path classes;

    @Test
    void everyGenerationOfTheExampleMigratesToItsCreateScriptOnPostgres() {
        List<String> labels = new ArrayList<>();
        List<String> ups = new HibernateOracle(DatabaseKind.POSTGRESQL, PostgresCatalogDump::withPgDumpWhenAsked,
                TestDatabase::dataSource, PostgresCatalogDump::withoutColumnPositions)
                .withCreateScript(createScript(labels)).run(dir, GENERATIONS);

        assertThat(labels).hasSize(3).allMatch(label -> label.contains("Hibernate 7."));
        assertThat(ups.get(1)).contains("CREATE TABLE \"reservation\"", "CREATE TABLE \"member_phone_numbers\"",
                "ALTER COLUMN \"isbn\" TYPE varchar(17)");
        assertThat(ups.get(2)).contains("DROP TABLE \"reservation\"", "DROP COLUMN \"birth_year\"",
                "RENAME COLUMN \"full_name\" TO \"display_name\"", "'BIOGRAPHY'");
    }

    @Test
    void generationOneIsTheExampleAsAtItsFirstCommittedMigration() throws IOException {
        try (var files = Files.list(ExampleApp.MIGRATIONS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().contains("_create_library.")).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        String script = createScript(new ArrayList<>()).apply("gen1", DatabaseKind.POSTGRESQL);

        String up = new HibernateOracle(DatabaseKind.POSTGRESQL, PostgresCatalogDump::withPgDumpWhenAsked,
                TestDatabase::dataSource, PostgresCatalogDump::withoutColumnPositions)
                .runOver(dir, script, "gen1");

        assertThat(up).as("the example's first migration reaches generation 1's entities").isNull();
    }

    @Test
    void everyGenerationOfTheExampleMigratesToItsCreateScriptOnMariaDb() {
        List<String> ups = new HibernateOracle(DatabaseKind.MARIADB, MariaDbDump::of, TestDatabase::dataSource,
                (lines, tables) -> lines).withCreateScript(createScript(new ArrayList<>())).run(dir, GENERATIONS);

        assertThat(ups.get(2)).contains("DROP TABLE `reservation`", "`full_name` TO `display_name`");
    }

    @Test
    void everyGenerationOfTheExampleMigratesToItsCreateScriptOnMariaDbThroughMysqlConnectorJ() {
        new HibernateOracle(DatabaseKind.MARIADB, MariaDbDump::of, db -> new UrlDataSource(
                db.url().replace("jdbc:mariadb:", "jdbc:mysql:"), db.user(), db.password()), (lines, tables) -> lines)
                .withCreateScript(createScript(new ArrayList<>())).run(dir, GENERATIONS);
    }

    /**
     * A generation's create script: the example at that state, compiled and booted as the plugin boots it, which
     * must be word for word what Hibernate's own bootstrap API writes for it (so the reference is not the tool's).
     */
    private BiFunction<String, DatabaseKind, String> createScript(List<String> labels) {
        return (generation, kind) -> {
            Path overlay = ExampleApp.STATES.resolve(generation);
            ProjectClasspath project = ExampleApp.compile(directory(generation + "-" + kind),
                    Files.isDirectory(overlay) ? overlay : null, REMOVED.get(generation));
            DesiredSchema desired = ExampleApp.desired(project, kind, line -> { });
            labels.add(desired.label());
            assertThat(desired.ddl()).as("%s: the desired schema is Hibernate's own create script", generation)
                    .isEqualTo(ExampleApp.hibernatesOwnScript(project, kind));
            return desired.ddl();
        };
    }

    private Path directory(String name) {
        try {
            return Files.createDirectories(classes.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
