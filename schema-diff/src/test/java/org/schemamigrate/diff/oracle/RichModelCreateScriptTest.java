package org.schemamigrate.diff.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * The rich model's reference (the create script the oracle tests build their reference databases from) is what
 * the tool's generator writes. This holds it to Hibernate's own bootstrap API with Spring Boot's real implicit
 * naming class (spring-boot-hibernate, copied to target/spring-boot-hibernate, in a loader of its own so that
 * the tool's other tests keep running without Spring): word for word, per generation and dialect.
 */
class RichModelCreateScriptTest {
    private static final String SPRING_IMPLICIT = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MARIADB"})
    void everyGenerationsScriptIsHibernatesOwnWithSpringBootsNaming(DatabaseKind kind) throws Exception {
        Path testClasses = Paths.get(HibernateOracle.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        try (URLClassLoader loader = new URLClassLoader(springBootHibernate(), getClass().getClassLoader())) {
            assertThat(loader.loadClass(SPRING_IMPLICIT).getClassLoader()).isSameAs(loader);
            for (HibernateOracle.Generation generation : HibernateOracle.GENERATIONS) {
                String pkg = generation.model();
                List<Class<?>> classes = HibernatesOwnScript.mappedClasses(testClasses,
                        Path.of(pkg.replace('.', '/')), loader,
                        name -> kind == DatabaseKind.POSTGRESQL || !name.startsWith(pkg + ".postgres."));
                assertThat(classes).as(pkg).isNotEmpty();
                assertThat(HibernateOracle.createScript(pkg, kind)).as("%s on %s", pkg, kind)
                        .isEqualTo(HibernatesOwnScript.of(loader, classes, kind, SPRING_IMPLICIT));
            }
        }
    }

    private static URL[] springBootHibernate() throws IOException, URISyntaxException {
        try (Stream<Path> jars = Files.list(Paths.get("target", "spring-boot-hibernate"))) {
            URL[] urls = jars.map(jar -> {
                try {
                    return jar.toUri().toURL();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toArray(URL[]::new);
            assertThat(urls).as("spring-boot-hibernate copied by the build").isNotEmpty();
            return urls;
        }
    }
}
