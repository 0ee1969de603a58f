package org.schemamigrate.diff.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.UrlDataSource;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.desired.DesiredSchema;
import org.schemamigrate.diff.desired.EntityModel;
import org.schemamigrate.diff.desired.ProjectClasspath;
import org.schemamigrate.diff.desired.SettingsSources;

/**
 * The example application (src-examples) as an oracle model: its entities compiled as its build compiles them,
 * booted as the plugin boots a project (its own classes, its settings: none, so Spring's naming), and Hibernate's
 * create script of them judged against the migrations the example commits plus a diff generated now.
 */
class ExampleAppOracleTest {
    private static final Path EXAMPLE = Paths.get("..", "src-examples", "src", "main");

    @TempDir
    Path classes;
    @TempDir
    Path dir;

    @Test
    void theExamplesCommittedMigrationsPlusADiffDumpAsItsEntitiesCreateScriptOnPostgres() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLE.resolve("resources/db/migration"))) {
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

    private String createScript(DatabaseKind kind, java.util.function.Consumer<String> log) throws IOException {
        compileExample();
        EntityModel model = new EntityModel(List.of(), kind, null, null, null, null, List.of(),
                SettingsSources.none());
        return DesiredSchema.fromEntities(new ProjectClasspath(classes, List.of(classes)), model, log).ddl();
    }

    /** javac over the example's sources, against the JPA and Hibernate jars of this test's classpath. */
    private void compileExample() throws IOException {
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                jarOf(jakarta.persistence.Entity.class) + java.io.File.pathSeparator
                        + jarOf(org.hibernate.annotations.ColumnDefault.class), "-proc:none"));
        try (Stream<Path> sources = Files.walk(EXAMPLE.resolve("java"))) {
            sources.filter(file -> file.toString().endsWith(".java")).forEach(file -> arguments.add(file.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        int status = javac.run(null, null, errors, arguments.toArray(String[]::new));
        assertThat(status).as("the example compiles: %s", errors).isZero();
    }

    private static String jarOf(Class<?> type) {
        try {
            return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
