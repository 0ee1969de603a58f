package org.schemamigrate.diff.desired;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.jpa.boot.spi.PersistenceUnitDescriptor;
import org.hibernate.jpa.boot.spi.PersistenceXmlParser;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;

/**
 * A {@code META-INF/persistence.xml} unit, read with Hibernate's own parser: the classes, mapping files and
 * Hibernate settings the application boots with. Like Hibernate in Java SE, classes of the unit's root (and its
 * jar-files) count unless the unit says {@code <exclude-unlisted-classes>}.
 *
 * @param settings Hibernate settings of the unit that shape the DDL; connection, dialect, schema-generation and
 *                 default-schema settings are left out, since the diff decides those itself
 */
public record PersistenceUnit(String name, List<String> classNames, List<String> mappingFiles,
                              Map<String, String> settings) {
    static final String PHYSICAL_NAMING = "hibernate.physical_naming_strategy";
    static final String IMPLICIT_NAMING = "hibernate.implicit_naming_strategy";
    static final String VALIDATION_MODE = "jakarta.persistence.validation.mode";
    private static final String XML = "META-INF/persistence.xml";
    private static final String DEFAULT_ORM_XML = "META-INF/orm.xml";
    private static final List<String> IGNORED_PREFIXES = List.of("hibernate.connection.", "hibernate.hbm2ddl.",
            "hibernate.dialect", "hibernate.default_schema", "hibernate.default_catalog", "hibernate.show_sql",
            "hibernate.format_sql", "hibernate.jdbc.", "hibernate.cache.", "hibernate.javax.cache.",
            "hibernate.session_factory_name", "hibernate.jndi.", "hibernate.temp.", "hibernate.boot.");

    public PersistenceUnit {
        classNames = List.copyOf(classNames);
        mappingFiles = List.copyOf(mappingFiles);
        settings = Collections.unmodifiableMap(new TreeMap<>(settings));
    }

    /** The unit called {@code name} from every persistence.xml on the class loader. */
    public static PersistenceUnit load(ClassLoader loader, String name) {
        List<URL> files;
        try {
            files = Collections.list(loader.getResources(XML));
        } catch (IOException e) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "Cannot read " + XML + " for"
                    + " migration.persistenceUnit=" + name + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "migration.persistenceUnit=" + name + " is set,"
                    + " but there is no " + XML + " on the project's classpath. Add src/main/resources/" + XML
                    + ", or remove migration.persistenceUnit to scan the compiled classes for entities.");
        }
        Map<String, PersistenceUnitDescriptor> units;
        try {
            units = PersistenceXmlParser.create(Map.of(), loader, null).parse(files);
        } catch (RuntimeException e) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "Hibernate cannot read " + files + ": "
                    + e.getMessage() + ". Fix the persistence.xml it names.", e);
        }
        PersistenceUnitDescriptor unit = units.get(name);
        if (unit == null) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "migration.persistenceUnit=" + name + ": no such"
                    + " unit in " + files + ". Units found: " + String.join(", ", new TreeSet<>(units.keySet()))
                    + ".");
        }
        return fromDescriptor(loader, unit);
    }

    private static PersistenceUnit fromDescriptor(ClassLoader loader, PersistenceUnitDescriptor unit) {
        TreeSet<String> classes = new TreeSet<>(unit.getManagedClassNames());
        if (!unit.isExcludeUnlistedClasses()) {
            List<URL> roots = new ArrayList<>(unit.getJarFileUrls());
            if (unit.getPersistenceUnitRootUrl() != null) {
                roots.add(unit.getPersistenceUnitRootUrl());
            }
            classes.addAll(EntityScanner.scanRoots(roots));
        }
        List<String> mappingFiles = new ArrayList<>(unit.getMappingFileNames());
        // JPA reads META-INF/orm.xml without it being listed
        if (!mappingFiles.contains(DEFAULT_ORM_XML) && loader.getResource(DEFAULT_ORM_XML) != null) {
            mappingFiles.add(DEFAULT_ORM_XML);
        }
        Map<String, String> settings = new TreeMap<>();
        unit.getProperties().forEach((key, value) -> {
            String k = String.valueOf(key);
            if (shapesDdl(k)) {
                settings.put(k, String.valueOf(value));
            }
        });
        if (unit.isUseQuotedIdentifiers()) {
            settings.put("hibernate.globally_quoted_identifiers", "true");
        }
        return new PersistenceUnit(unit.getName(), List.copyOf(classes), mappingFiles, settings);
    }

    /**
     * Whether an application's Hibernate setting shapes the DDL and may be passed on: connection, dialect,
     * schema-generation, formatting, cache and JNDI settings are left out, since the diff decides those itself
     * and Hibernate must never connect.
     */
    static boolean shapesDdl(String key) {
        return VALIDATION_MODE.equals(key)
                || key.startsWith("hibernate.") && IGNORED_PREFIXES.stream().noneMatch(key::startsWith);
    }
}
