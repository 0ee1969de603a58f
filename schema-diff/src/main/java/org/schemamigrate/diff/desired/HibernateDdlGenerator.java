package org.schemamigrate.diff.desired;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.DiffErrorCode;

/**
 * Entities → Hibernate metadata → the create DDL Hibernate would run, for one dialect and server version.
 * Uses Hibernate 7's schema-management tooling with a script target (SchemaExport is gone) and never
 * connects to a database: JDBC metadata access at boot is switched off.
 */
public final class HibernateDdlGenerator {
    private HibernateDdlGenerator() {
    }

    /** The DDL for the given managed classes; one statement per line, each ending with ';'. */
    public static String createDdl(ClassLoader classLoader, List<String> classNames, EntityModel model) {
        return createDdl(classLoader, new PersistenceUnit(null, classNames, List.of(), Map.of()), model);
    }

    /**
     * The DDL for a persistence unit's classes, mapping files and settings. A unit without a name stands for
     * scanned classes: its naming defaults to spring, a named unit's to its own properties or jpa.
     */
    public static String createDdl(ClassLoader classLoader, PersistenceUnit unit, EntityModel model) {
        List<String> classNames = unit.classNames();
        if (classNames.isEmpty() && unit.mappingFiles().isEmpty() && unit.name() != null) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "The persistence unit " + unit.name() + " names no"
                    + " entity classes or mapping files, and none were found in its root. List them with <class> in"
                    + " persistence.xml, or remove migration.persistenceUnit to scan the compiled classes.");
        }
        if (classNames.isEmpty() && unit.mappingFiles().isEmpty()) {
            throw new MigrationException(DiffErrorCode.NO_ENTITIES, "No JPA entities found"
                    + (model.packages().isEmpty() ? " on the project's classpath" : " in packages "
                    + String.join(", ", model.packages())) + ". Compile the project first (the goal needs the"
                    + " compiled classes), or set migration.packages to the packages that hold your @Entity classes.");
        }
        StringWriter script = new StringWriter();
        Map<String, Object> settings = new HashMap<>(unit.settings());
        settings.put("jakarta.persistence.database-product-name", model.productName());
        String[] version = model.versionOrDefault().split("\\.");
        settings.put("jakarta.persistence.database-major-version", version[0]);
        settings.put("jakarta.persistence.database-minor-version", version.length > 1 ? version[1] : "0");
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("jakarta.persistence.schema-generation.database.action", "none");
        settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
        settings.put("jakarta.persistence.schema-generation.scripts.create-target", script);
        settings.put("hibernate.hbm2ddl.delimiter", ";");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader);
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(classLoader).build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classNames.forEach(sources::addAnnotatedClassName);
            unit.mappingFiles().forEach(sources::addResource);
            String physical = unit.name() == null ? model.namingStrategy()
                    : unit.naming(model.namingStrategy(), PersistenceUnit.PHYSICAL_NAMING);
            String implicit = unit.name() == null ? model.implicitNaming()
                    : unit.naming(model.implicitNaming(), PersistenceUnit.IMPLICIT_NAMING);
            MetadataImplementor metadata = (MetadataImplementor) sources.getMetadataBuilder()
                    .applyPhysicalNamingStrategy(NamingStrategies.physical(physical, classLoader))
                    .applyImplicitNamingStrategy(NamingStrategies.implicit(implicit, classLoader))
                    .build();
            SchemaManagementToolCoordinator.process(metadata, registry, settings, action -> { });
        } catch (MigrationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "Hibernate rejected the entity model: "
                    + rootMessage(e) + ". Fix the mapping it names (the same error would stop the application at"
                    + " start-up).", e);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
            thread.setContextClassLoader(previous);
        }
        return script.toString();
    }

    private static String rootMessage(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !sb.toString().contains(cause.getMessage())) {
                sb.append(": ").append(cause.getMessage());
            }
        }
        return sb.toString();
    }
}
