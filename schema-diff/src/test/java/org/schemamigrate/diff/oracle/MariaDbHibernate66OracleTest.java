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
import org.schemamigrate.diff.desired.DesiredSchema;
import org.schemamigrate.diff.desired.EntityModel;
import org.schemamigrate.diff.desired.ProjectClasspath;

/**
 * The MariaDB oracle with the model as a project on Hibernate 6.6 sees it (its own Hibernate and
 * hibernate-validator make both the reference create script and the desired schema), judged by mariadb-dump, the
 * tool reaching the server through the MariaDB driver and through mysql-connector-j. The
 * project's classes are the model without its PostgreSQL-only package (NAMED_ENUM has no MariaDB type).
 */
class MariaDbHibernate66OracleTest {
    @TempDir
    Path dir;
    @TempDir
    Path classes;

    @Test
    void everyGenerationMigratesToWhatHibernate66sCreateScriptMakes() throws IOException {
        List<String> labels = new ArrayList<>();
        List<String> ups = run(TestDatabase::dataSource, labels);

        assertThat(labels).hasSize(3).allMatch(label -> label.contains("Hibernate 6.6."));
        assertThat(ups.get(0)).contains("`email` varchar(150) NOT NULL"); // @NotBlank @Size through the validator
    }

    @Test
    void everyGenerationMigratesToWhatHibernate66sCreateScriptMakesThroughMysqlConnectorJ() throws IOException {
        run(db -> new UrlDataSource(db.url().replace("jdbc:mariadb:", "jdbc:mysql:"), db.user(), db.password()),
                new ArrayList<>());
    }

    private List<String> run(Function<TestDatabase, DataSource> driver, List<String> labels) throws IOException {
        ProjectClasspath project = projectWithoutPostgresOnlyClasses();
        return new HibernateOracle(DatabaseKind.MARIADB, MariaDbDump::of, driver,
                (lines, tables) -> lines).withCreateScript((packageName, kind) -> {
                    DesiredSchema desired = DesiredSchema.fromEntities(project,
                            new EntityModel(List.of(packageName), kind, null, "spring", "spring", null, List.of()),
                            line -> { });
                    labels.add(desired.label());
                    return desired.ddl();
                }).run(dir);
    }

    private ProjectClasspath projectWithoutPostgresOnlyClasses() throws IOException {
        ProjectClasspath all = PostgresHibernate66OracleTest.project();
        Path model = all.outputDirectory().resolve(HibernateOracle.MODEL.replace('.', '/'));
        try (Stream<Path> files = Files.walk(model)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/postgres/"))
                    .filter(f -> f.getParent().getFileName().toString().matches("gen\\d|library")).toList()) {
                Path target = classes.resolve(all.outputDirectory().relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        List<Path> classpath = new ArrayList<>(all.classpath());
        classpath.set(classpath.indexOf(all.outputDirectory()), classes);
        return new ProjectClasspath(classes, classpath);
    }
}
