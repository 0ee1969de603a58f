package org.schemamigrate.diff.desired;

import java.util.Locale;
import java.util.Map;

/**
 * Whether Hibernate will apply Bean Validation constraints (@NotNull, @Size …) to the DDL, for the goal's output:
 * the decision itself is Hibernate's (its integrator runs when the session factory is built).
 */
final class BeanValidation {
    private BeanValidation() {
    }

    static boolean appliesToDdl(HibernateRuntime hibernate, Map<String, String> settings) {
        String mode = settings.getOrDefault(PersistenceUnit.VALIDATION_MODE, "auto").toLowerCase(Locale.ROOT);
        boolean modeAllows = mode.contains("auto") || mode.contains("ddl");
        return hibernate.hasValidator() && modeAllows
                && !"false".equalsIgnoreCase(settings.getOrDefault("hibernate.validator.apply_to_ddl", "true").strip());
    }
}
