package org.schemamigrate.diff.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.UrlDataSource;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * The example application (src-examples) as an oracle model in its final state: Hibernate's create script of its
 * entities ({@link ExampleApp}) judged against the migrations the example commits plus a diff generated now, and
 * from scratch on MariaDB. {@link ExampleAppGenerationsOracleTest} takes it through three generations.
 */
class ExampleAppOracleTest {
    @TempDir
    Path classes;
    @TempDir
    Path dir;

    @Test
    void theExamplesCommittedMigrationsPlusADiffDumpAsItsEntitiesCreateScriptOnPostgres() throws IOException {
        try (Stream<Path> files = Files.list(ExampleApp.MIGRATIONS)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        List<String> log = new ArrayList<>();
        String script = createScript(DatabaseKind.POSTGRESQL, log::add);

        String up = new HibernateOracle(DatabaseKind.POSTGRESQL, PostgresCatalogDump::withPgDumpWhenAsked,
                TestDatabase::dataSource, PostgresCatalogDump::withoutColumnPositions).runOver(dir, script, "example");

        assertThat(log).anyMatch(line -> line.startsWith("Entities: 8 JPA classes"));
        // the committed migrations are current: a generated diff would mean the example's files are stale
        assertThat(up).as("the example's migrations reach its entities").isNull();
    }

    @Test
    void theExamplesEntitiesFromScratchOnMariaDb() throws IOException {
        String up = fromScratchOnMariaDb(TestDatabase::dataSource);

        // the foreign keys' indexes in Hibernate's order, which SHOW CREATE TABLE prints, not by name
        assertThat(up).contains("CREATE TABLE `library_item`", "CREATE TABLE `reservation`");
    }

    @Test
    void theExamplesEntitiesFromScratchOnMariaDbThroughMysqlConnectorJ() throws IOException {
        String up = fromScratchOnMariaDb(db -> new UrlDataSource(db.url().replace("jdbc:mariadb:", "jdbc:mysql:"),
                db.user(), db.password()));

        assertThat(up).contains("CREATE TABLE `library_item`", "CREATE TABLE `reservation`");
    }

    private String fromScratchOnMariaDb(Function<TestDatabase, DataSource> driver) throws IOException {
        String script = createScript(DatabaseKind.MARIADB, line -> { });
        return new HibernateOracle(DatabaseKind.MARIADB, MariaDbDump::of, driver, (lines, tables) -> lines)
                .runOver(dir, script, "create_library");
    }

    private String createScript(DatabaseKind kind, java.util.function.Consumer<String> log) {
        return ExampleApp.desired(ExampleApp.compile(classes), kind, log).ddl();
    }
}
