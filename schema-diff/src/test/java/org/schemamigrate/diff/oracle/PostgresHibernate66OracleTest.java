package org.schemamigrate.diff.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.desired.DesiredSchema;
import org.schemamigrate.diff.desired.EntityModel;
import org.schemamigrate.diff.desired.ProjectClasspath;

/**
 * The PostgreSQL oracle with the model as a project on Hibernate 6.6 sees it: the project's own Hibernate
 * (target/hibernate-6.6, copied by the build) makes both the reference create script and the desired schema;
 * its hibernate-validator applies the model's Bean Validation to DDL, as in a Spring Boot application.
 */
class PostgresHibernate66OracleTest {
    @TempDir
    Path dir;

    @Test
    void everyGenerationMigratesToWhatHibernate66sCreateScriptMakes() {
        List<String> labels = new ArrayList<>();
        List<String> ups = new HibernateOracle(DatabaseKind.POSTGRESQL, PostgresCatalogDump::withPgDumpWhenAsked,
                TestDatabase::dataSource, PostgresCatalogDump::withoutColumnPositions)
                .withCreateScript((packageName, kind) -> {
                    DesiredSchema desired = DesiredSchema.fromEntities(project(), new EntityModel(List.of(packageName),
                            kind, null, "spring", "spring", null, List.of()), line -> { });
                    labels.add(desired.label());
                    return desired.ddl();
                }).run(dir);

        assertThat(labels).hasSize(3).allMatch(label -> label.contains("Hibernate 6.6."));
        assertThat(ups.get(0)).contains("CREATE CAST (character varying AS \"mood\") WITH INOUT AS IMPLICIT",
                "\"email\" varchar(150) NOT NULL"); // @NotBlank @Size: the project's hibernate-validator applies them
        assertThat(ups.get(1)).contains("ALTER COLUMN \"birthday\" SET NOT NULL"); // @NotNull added in generation 2
    }

    static ProjectClasspath project() {
        try {
            Path classes = Paths.get(HibernateOracle.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Path> classpath = new ArrayList<>(List.of(classes));
            try (Stream<Path> jars = Files.list(Paths.get("target", "hibernate-6.6"))) {
                jars.sorted().forEach(classpath::add);
            }
            return new ProjectClasspath(classes, classpath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
