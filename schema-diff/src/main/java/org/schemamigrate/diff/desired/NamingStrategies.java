package org.schemamigrate.diff.desired;

import java.util.Locale;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.desired.bridge.SpringImplicitNamingStrategy;

/**
 * The naming strategies users pick by name: {@code spring} (Spring Boot's snake_case defaults, what most
 * applications run with), {@code jpa} (Hibernate's own defaults), or a class name. They reach Hibernate as the
 * class names of its naming settings, so the project's own Hibernate instantiates them.
 */
final class NamingStrategies {
    private static final String NAMING = "org.hibernate.boot.model.naming.";
    private static final String SNAKE_CASE = NAMING + "PhysicalNamingStrategySnakeCaseImpl";
    private static final String BOOT3_IMPLICIT = "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy";
    private static final String BOOT4_IMPLICIT = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";

    private NamingStrategies() {
    }

    /** The physical and implicit naming settings chosen, as given (spring, jpa or a class name). */
    record Choice(String physical, String implicit) {
    }

    /**
     * Explicit settings first (migration.namingStrategy, migration.implicitNamingStrategy), then the unit's or the
     * application's settings, then the default: spring for scanned classes, jpa for a persistence unit. Choosing
     * jpa physical naming alone means Hibernate's defaults for both, as {@code jpa} promises.
     */
    static Choice choose(PersistenceUnit unit, EntityModel model) {
        String fallback = unit.name() != null ? "jpa" : "spring";
        String physical = firstSet(model.namingStrategy(), unit.settings().get(PersistenceUnit.PHYSICAL_NAMING),
                fallback);
        String implicit = firstSet(model.implicitNaming(), unit.settings().get(PersistenceUnit.IMPLICIT_NAMING),
                "jpa".equals(normalise(model.namingStrategy())) ? "jpa" : fallback);
        return new Choice(physical, implicit);
    }

    /** spring: what the project's Spring Boot uses (Boot 4: Hibernate's snake-case strategy), else Boot 3's. */
    static String physical(String setting, HibernateRuntime hibernate) {
        return switch (normalise(setting)) {
            case "spring" -> hibernate.hasClass(BOOT4_IMPLICIT) && hibernate.hasClass(SNAKE_CASE) ? SNAKE_CASE
                    : NAMING + "CamelCaseToUnderscoresNamingStrategy";
            case "jpa" -> NAMING + "PhysicalNamingStrategyStandardImpl";
            default -> checked(setting, NAMING + "PhysicalNamingStrategy", hibernate, "migration.namingStrategy");
        };
    }

    /** spring: the project's own Spring Boot class when it has one, else this library's copy of it. */
    static String implicit(String setting, HibernateRuntime hibernate) {
        return switch (normalise(setting)) {
            case "spring" -> hibernate.hasClass(BOOT4_IMPLICIT) ? BOOT4_IMPLICIT
                    : hibernate.hasClass(BOOT3_IMPLICIT) ? BOOT3_IMPLICIT : SpringImplicitNamingStrategy.class.getName();
            case "jpa" -> NAMING + "ImplicitNamingStrategyJpaCompliantImpl";
            default -> checked(setting, NAMING + "ImplicitNamingStrategy", hibernate,
                    "migration.implicitNamingStrategy");
        };
    }

    private static String firstSet(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String normalise(String setting) {
        return setting == null || setting.isBlank() ? "spring" : setting.strip().toLowerCase(Locale.ROOT);
    }

    private static String checked(String className, String type, HibernateRuntime hibernate, String property) {
        String name = className.strip();
        try {
            Class<?> cls = Class.forName(name, false, hibernate.loader());
            if (!Class.forName(type, false, hibernate.loader()).isAssignableFrom(cls)) {
                throw new MigrationException(CoreErrorCode.CONFIGURATION, property + "=" + className + " is not a "
                        + type + ". Use spring, jpa, or the name of a class implementing it.");
            }
            return name;
        } catch (ClassNotFoundException | LinkageError e) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, property + "=" + className + " cannot be"
                    + " loaded: " + e + ". Use spring, jpa, or a class on the project's classpath (set by "
                    + property + " or the application's naming settings).", e);
        }
    }
}
