package org.schemamigrate.diff.oracle;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * A create script straight from Hibernate's own bootstrap API, as an application would have Hibernate write it
 * (none of the tool's code): Spring Boot's physical naming, the given implicit naming, no database connection.
 * The reference the oracle tests hold the tool's desired schema to.
 */
final class HibernatesOwnScript {
    private HibernatesOwnScript() {
    }

    /**
     * @param implicitNaming the implicit naming strategy's class name, loadable by {@code loader} (null:
     *                       Hibernate's default)
     */
    static String of(ClassLoader loader, List<Class<?>> classes, DatabaseKind kind, String implicitNaming) {
        StringWriter script = new StringWriter();
        Map<String, Object> settings = new HashMap<>(Map.of(
                "hibernate.physical_naming_strategy", CamelCaseToUnderscoresNamingStrategy.class.getName(),
                "jakarta.persistence.database-product-name", kind == DatabaseKind.POSTGRESQL ? "PostgreSQL" : "MariaDB",
                "jakarta.persistence.database-major-version", kind == DatabaseKind.POSTGRESQL ? "17" : "11",
                "jakarta.persistence.database-minor-version", kind == DatabaseKind.POSTGRESQL ? "0" : "4",
                "hibernate.boot.allow_jdbc_metadata_access", "false",
                "jakarta.persistence.schema-generation.scripts.action", "create",
                "hibernate.hbm2ddl.delimiter", ";",
                "hibernate.format_sql", "false"));
        if (implicitNaming != null) {
            settings.put("hibernate.implicit_naming_strategy", implicitNaming);
        }
        settings.put("jakarta.persistence.schema-generation.scripts.create-target", script);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(
                new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build())
                .applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            sources.buildMetadata().buildSessionFactory().close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
        return script.toString();
    }

    /** The entities, embeddables and mapped superclasses under {@code directory} of {@code classes}, by name. */
    static List<Class<?>> mappedClasses(Path classes, Path directory, ClassLoader loader, Predicate<String> include) {
        List<Class<?>> mapped = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve(directory))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                Class<?> type = include.test(name) ? Class.forName(name, false, loader) : null;
                if (type != null && (type.isAnnotationPresent(Entity.class)
                        || type.isAnnotationPresent(Embeddable.class)
                        || type.isAnnotationPresent(MappedSuperclass.class))) {
                    mapped.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return mapped;
    }
}
