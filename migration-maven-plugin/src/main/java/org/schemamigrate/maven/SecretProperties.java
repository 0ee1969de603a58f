package org.schemamigrate.maven;

import java.util.Properties;
import org.apache.maven.execution.MavenSession;

/**
 * Reads properties that may carry a password ({@code migration.url}, {@code migration.password}, their dev
 * database twins) from the session instead of binding them to mojo parameters: {@code mvn -X} prints every
 * parameter value Maven's configurator sets, and no parameter type can hide a value set from a string.
 * The pom's own configuration is a parameter as before, so a password written in a pom is printed by -X
 * (keep passwords in settings.xml, MIGRATION_PASSWORD or -D).
 */
final class SecretProperties {
    /** The properties read this way: known properties although no goal parameter declares them. */
    static final java.util.List<String> NAMES = java.util.List.of("migration.url", "migration.password",
            "migration.devUrl", "migration.devPassword");

    private SecretProperties() {
    }

    /** The pom configuration when set, else {@code -Dname=…} (user properties), else the JVM's system property. */
    static String get(String configured, MavenSession session, String name) {
        if (configured != null) {
            return configured;
        }
        if (session != null) {
            String value = property(session.getUserProperties(), name);
            return value != null ? value : property(session.getSystemProperties(), name);
        }
        return System.getProperty(name);
    }

    private static String property(Properties properties, String name) {
        return properties == null ? null : properties.getProperty(name);
    }
}
