package org.schemamigrate.maven;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.desired.EntityModel;
import org.schemamigrate.diff.desired.EntityScanner;
import org.schemamigrate.diff.desired.HibernateDdlGenerator;
import org.schemamigrate.diff.desired.PersistenceUnit;

/** The desired schema as DDL: Hibernate's create DDL for the project's entities, or a schema file. */
record DesiredSchema(String ddl, String label) {

    /** The schema file given with migration.desired. */
    static DesiredSchema fromFile(Path file) {
        try {
            return new DesiredSchema(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read the schema file " + file.toAbsolutePath() + " (set with"
                    + " migration.desired): " + e.getMessage() + ".");
        }
    }

    /**
     * The entities of the project's compiled classes and dependencies. The plugin's own Hibernate and JPA API are
     * used (parent-first), so the project's copies never mix with them.
     */
    static DesiredSchema fromEntities(List<String> classpathElements, EntityModel model) {
        // through Maven's slf4j (quieted with the launchers) rather than java.util.logging's stderr lines
        System.setProperty("org.jboss.logging.provider", "slf4j");
        try (URLClassLoader loader = ProjectClasses.loader(classpathElements)) {
            PersistenceUnit unit = model.persistenceUnit() != null ? PersistenceUnit.load(loader, model.persistenceUnit())
                    : new PersistenceUnit(null, EntityScanner.scan(loader, model.packages()), List.of(), Map.of());
            String ddl = HibernateDdlGenerator.createDdl(loader, unit, model);
            long entities = unit.classNames().size();
            return new DesiredSchema(ddl, entities + " JPA " + (entities == 1 ? "class" : "classes")
                    + (unit.name() != null ? " of persistence unit " + unit.name()
                    : model.packages().isEmpty() ? "" : " in " + String.join(", ", model.packages()))
                    + " (" + model.kind().displayName() + " dialect, naming " + naming(model, unit) + ")");
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read the project's classes: " + e.getMessage());
        }
    }

    private static String naming(EntityModel model, PersistenceUnit unit) {
        return unit.name() != null ? unit.physicalNaming(model.namingStrategy())
                : model.namingStrategy() == null || model.namingStrategy().isBlank() ? "spring" : model.namingStrategy();
    }

    static DatabaseKind dialect(String setting) {
        String s = setting == null ? "" : setting.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (s) {
            case "", "postgresql", "postgres" -> DatabaseKind.POSTGRESQL;
            case "mysql" -> DatabaseKind.MYSQL;
            case "mariadb" -> DatabaseKind.MARIADB;
            default -> throw new ConfigurationException("migration.dialect must be postgresql, mysql or mariadb;"
                    + " got '" + setting + "'.");
        };
    }
}
