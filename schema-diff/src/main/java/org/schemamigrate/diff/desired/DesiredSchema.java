package org.schemamigrate.diff.desired;

import org.schemamigrate.core.CoreErrorCode;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.core.MigrationException;

/**
 * The result of the desired stage: the schema as DDL, with a label for the generated files' headers. Either
 * Hibernate's create DDL for the project's entities, or a schema file.
 */
public record DesiredSchema(String ddl, String label) {

    /** The schema file given with migration.desired. */
    public static DesiredSchema fromFile(Path file) {
        try {
            return new DesiredSchema(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "Cannot read the schema file "
                    + file.toAbsolutePath() + " (set with migration.desired): " + e.getMessage() + ".", e);
        }
    }

    /**
     * The entities of the project's compiled classes and dependencies ({@code classpath}: directories and jars).
     * This library's own Hibernate and JPA API are used (parent-first), so the project's copies never mix with
     * them.
     */
    public static DesiredSchema fromEntities(List<Path> classpath, EntityModel model) {
        try (URLClassLoader loader = new URLClassLoader(urls(classpath), DesiredSchema.class.getClassLoader())) {
            PersistenceUnit unit = model.persistenceUnit() != null ? PersistenceUnit.load(loader, model.persistenceUnit())
                    : new PersistenceUnit(null, EntityScanner.scan(loader, model.packages()), List.of(), Map.of());
            String ddl = HibernateDdlGenerator.createDdl(loader, unit, model);
            long entities = unit.classNames().size();
            return new DesiredSchema(ddl, entities + " JPA " + (entities == 1 ? "class" : "classes")
                    + (unit.name() != null ? " of persistence unit " + unit.name()
                    : model.packages().isEmpty() ? "" : " in " + String.join(", ", model.packages()))
                    + " (" + model.kind().displayName() + " dialect, naming " + naming(model, unit) + ")");
        } catch (IOException e) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "Cannot read the project's classes: "
                    + e.getMessage(), e);
        }
    }

    private static URL[] urls(List<Path> classpath) {
        List<URL> urls = new ArrayList<>();
        for (Path element : classpath) {
            try {
                urls.add(element.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new MigrationException(CoreErrorCode.CONFIGURATION, "Bad classpath element " + element + ": "
                        + e.getMessage(), e);
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static String naming(EntityModel model, PersistenceUnit unit) {
        return unit.name() != null ? unit.physicalNaming(model.namingStrategy())
                : model.namingStrategy() == null || model.namingStrategy().isBlank() ? "spring" : model.namingStrategy();
    }
}
