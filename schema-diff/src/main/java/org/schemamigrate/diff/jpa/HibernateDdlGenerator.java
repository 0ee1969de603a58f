package org.schemamigrate.diff.jpa;

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
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.core.MigrationException;

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
        if (classNames.isEmpty()) {
            throw new MigrationException(ErrorCode.CONFIGURATION, "No JPA entities found"
                    + (model.packages().isEmpty() ? " on the project's classpath" : " in packages "
                    + String.join(", ", model.packages())) + ". Compile the project first (the goal needs the"
                    + " compiled classes), or set migration.packages to the packages that hold your @Entity classes.");
        }
        StringWriter script = new StringWriter();
        Map<String, Object> settings = new HashMap<>();
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
            MetadataImplementor metadata = (MetadataImplementor) sources.getMetadataBuilder()
                    .applyPhysicalNamingStrategy(NamingStrategies.physical(model.namingStrategy(), classLoader))
                    .applyImplicitNamingStrategy(NamingStrategies.implicit(model.implicitNaming(), classLoader))
                    .build();
            SchemaManagementToolCoordinator.process(metadata, registry, settings, action -> { });
        } catch (MigrationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MigrationException(ErrorCode.CONFIGURATION, "Hibernate rejected the entity model: "
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
