package org.schemamigrate.diff.desired;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.DiffErrorCode;

/**
 * Entities → the create DDL the application's Hibernate would run, for one dialect and server version. Hibernate
 * boots as in the application (a session factory, so Bean Validation applies to DDL when it would) but never
 * connects: JDBC metadata access is off, and the schema goes to a script, never to a database.
 */
public final class HibernateDdlGenerator {
    private HibernateDdlGenerator() {
    }

    /** The DDL for the given managed classes with the Hibernate of {@code classLoader}; one statement a line. */
    public static String createDdl(ClassLoader classLoader, List<String> classNames, EntityModel model) {
        return createDdl(classLoader, new PersistenceUnit(null, classNames, List.of(), Map.of()), model);
    }

    /** As {@link #createDdl(HibernateRuntime, PersistenceUnit, EntityModel)} with the Hibernate of the loader. */
    public static String createDdl(ClassLoader classLoader, PersistenceUnit unit, EntityModel model) {
        return createDdl(HibernateRuntime.over(classLoader), unit, model);
    }

    /**
     * The DDL for a persistence unit's classes, mapping files and settings. A unit without a name stands for
     * scanned classes: its naming defaults to spring, a named unit's to its own properties or jpa.
     */
    public static String createDdl(HibernateRuntime hibernate, PersistenceUnit unit, EntityModel model) {
        List<String> classNames = unit.classNames();
        if (classNames.isEmpty() && unit.mappingFiles().isEmpty() && unit.name() != null) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "The persistence unit " + unit.name() + " names no"
                    + " entity classes or mapping files, and none were found in its root. List them with <class> in"
                    + " persistence.xml, or remove migration.persistenceUnit to scan the compiled classes.");
        }
        if (classNames.isEmpty() && unit.mappingFiles().isEmpty()) {
            throw new MigrationException(DiffErrorCode.NO_ENTITIES, "No JPA entities found"
                    + (model.packages().isEmpty() ? " in the project's compiled classes" : " in packages "
                    + String.join(", ", model.packages())) + ". Compile the project first (the goal needs the"
                    + " compiled classes), or set migration.packages to the packages that hold your @Entity classes.");
        }
        Map<String, Object> settings = new HashMap<>(unit.settings());
        NamingStrategies.Choice naming = NamingStrategies.choose(unit, model);
        settings.put(PersistenceUnit.PHYSICAL_NAMING, NamingStrategies.physical(naming.physical(), hibernate));
        settings.put(PersistenceUnit.IMPLICIT_NAMING, NamingStrategies.implicit(naming.implicit(), hibernate));
        settings.put("jakarta.persistence.database-product-name", model.productName());
        String[] version = model.versionOrDefault().split("\\.");
        settings.put("jakarta.persistence.database-major-version", version[0]);
        settings.put("jakarta.persistence.database-minor-version", version.length > 1 ? version[1] : "0");
        // the first is Hibernate 6.5+'s name, the second the older one 6.4 reads: neither may touch a database
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("hibernate.temp.use_jdbc_metadata_defaults", "false");
        settings.put("jakarta.persistence.schema-generation.database.action", "none");
        settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
        settings.put("hibernate.hbm2ddl.delimiter", ";");
        settings.put("hibernate.format_sql", "false");
        try {
            return hibernate.createScript(classNames, unit.mappingFiles(), settings);
        } catch (MigrationException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            String source = culprit(e, classNames);
            throw new MigrationException(DiffErrorCode.ENTITY_REJECTED, "Hibernate rejected the entity model"
                    + (source.isEmpty() ? "" : " at " + source) + ": " + rootMessage(e) + ". Fix the mapping it"
                    + " names (the same error would stop the application at start-up); nothing was started.",
                    new FailureDetails.DesiredSchemaFailed(source, 0), e);
        }
    }

    /** The managed class Hibernate's messages name (the most specific one), or empty. */
    private static String culprit(Throwable e, List<String> classNames) {
        String text = rootMessage(e);
        String best = "";
        for (String name : classNames) {
            if (text.contains(name) && name.length() > best.length()) {
                best = name;
            }
        }
        if (best.isEmpty()) {
            for (String name : classNames) {
                String simple = name.substring(name.lastIndexOf('.') + 1);
                if (text.contains("'" + simple + "'") || text.contains(" " + simple + ".")) {
                    return name;
                }
            }
        }
        return best;
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
