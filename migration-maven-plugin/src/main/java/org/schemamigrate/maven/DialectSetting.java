package org.schemamigrate.maven;

import java.util.Locale;
import org.schemamigrate.core.db.DatabaseKind;

/** The migration.dialect setting: postgresql (default), mysql or mariadb. */
final class DialectSetting {
    private DialectSetting() {
    }

    static DatabaseKind parse(String setting) {
        String s = setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "", "postgresql", "postgres" -> DatabaseKind.POSTGRESQL;
            case "mysql" -> DatabaseKind.MYSQL;
            case "mariadb" -> DatabaseKind.MARIADB;
            default -> throw new ConfigurationException("migration.dialect must be postgresql, mysql or mariadb;"
                    + " got '" + setting + "'.");
        };
    }
}
