package org.schemamigrate.diff.desired;

import java.util.Locale;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;

/**
 * The naming strategies users pick by name: {@code spring} (Spring Boot's snake_case defaults, what most
 * applications run with), {@code jpa} (Hibernate's own defaults), or a class name.
 */
final class NamingStrategies {
    private NamingStrategies() {
    }

    static PhysicalNamingStrategy physical(String setting, ClassLoader loader) {
        return switch (normalise(setting)) {
            case "spring" -> new CamelCaseToUnderscoresNamingStrategy();
            case "jpa" -> PhysicalNamingStrategyStandardImpl.INSTANCE;
            default -> instantiate(setting, PhysicalNamingStrategy.class, loader, "migration.namingStrategy");
        };
    }

    static ImplicitNamingStrategy implicit(String setting, ClassLoader loader) {
        return switch (normalise(setting)) {
            case "spring" -> new SpringImplicitNamingStrategy();
            case "jpa" -> ImplicitNamingStrategyJpaCompliantImpl.INSTANCE;
            default -> instantiate(setting, ImplicitNamingStrategy.class, loader, "migration.implicitNamingStrategy");
        };
    }

    private static String normalise(String setting) {
        return setting == null || setting.isBlank() ? "spring" : setting.strip().toLowerCase(Locale.ROOT);
    }

    private static <T> T instantiate(String className, Class<T> type, ClassLoader loader, String property) {
        try {
            Class<?> cls = Class.forName(className.strip(), true, loader);
            if (!type.isAssignableFrom(cls)) {
                throw new MigrationException(CoreErrorCode.CONFIGURATION, property + "=" + className + " is not a "
                        + type.getName() + ". Use spring, jpa, or the name of a class implementing it.");
            }
            return type.cast(cls.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, property + "=" + className + " cannot be"
                    + " created: " + e + ". Use spring, jpa, or a class on the project's classpath with a public"
                    + " no-argument constructor.", e);
        }
    }
}
