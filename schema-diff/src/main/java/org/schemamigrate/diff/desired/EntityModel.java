package org.schemamigrate.diff.desired;

import java.util.List;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * What to build the entity model from and for.
 *
 * @param packages          packages to scan (empty: the whole class loader)
 * @param kind              the target database, which picks Hibernate's dialect
 * @param databaseVersion   the server version the DDL is for, e.g. "17" or "11.4" (null: the embedded default)
 * @param namingStrategy    physical naming: {@code spring} (default), {@code jpa} or a class name
 * @param implicitNaming    implicit naming: {@code spring} (default), {@code jpa} or a class name
 * @param persistenceUnit   a persistence.xml unit to take the classes from instead of scanning (null: scan)
 * @param springProfiles    the Spring profiles whose application-{profile} settings apply (empty: the
 *                          settings' own spring.profiles.active)
 * @param settingsSources   the command line and environment the application's settings are read with (null: this
 *                          JVM's)
 */
public record EntityModel(List<String> packages, DatabaseKind kind, String databaseVersion, String namingStrategy,
                          String implicitNaming, String persistenceUnit, List<String> springProfiles,
                          SettingsSources settingsSources) {

    public EntityModel {
        packages = packages == null ? List.of() : List.copyOf(packages);
        springProfiles = springProfiles == null ? List.of() : List.copyOf(springProfiles);
        settingsSources = settingsSources == null ? SettingsSources.ofProcess() : settingsSources;
    }

    public EntityModel(List<String> packages, DatabaseKind kind, String databaseVersion, String namingStrategy,
                       String implicitNaming, String persistenceUnit, List<String> springProfiles) {
        this(packages, kind, databaseVersion, namingStrategy, implicitNaming, persistenceUnit, springProfiles, null);
    }

    public EntityModel(List<String> packages, DatabaseKind kind, String databaseVersion, String namingStrategy,
                       String implicitNaming, String persistenceUnit) {
        this(packages, kind, databaseVersion, namingStrategy, implicitNaming, persistenceUnit, List.of(), null);
    }

    /** The version Hibernate is told the server has; the embedded servers' versions by default. */
    String versionOrDefault() {
        if (databaseVersion != null && !databaseVersion.isBlank()) {
            return databaseVersion.strip();
        }
        return switch (kind) {
            case POSTGRESQL -> "17";
            case MARIADB -> "11.4";
            case MYSQL -> "8.0";
        };
    }

    String productName() {
        return switch (kind) {
            case POSTGRESQL -> "PostgreSQL";
            case MARIADB -> "MariaDB";
            case MYSQL -> "MySQL";
        };
    }
}
