package org.schemamigrate.boot;

import org.schemamigrate.core.internal.text.NearestName;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.core.MigrationException;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;

/**
 * A misspelt setting under {@code schemamigrate.} would otherwise be ignored in silence (a typo in
 * allow-destructive or validate-only changes what production does), so start-up fails naming the nearest known
 * name. Names are compared in Boot's canonical form, so {@code lockTimeout}, {@code lock-timeout} and
 * {@code SCHEMAMIGRATE_LOCKTIMEOUT} are one setting. A nested group's names ({@code schemamigrate.fleet.*}) are
 * checked one level down.
 */
final class UnknownProperties {
    private static final ConfigurationPropertyName PREFIX = ConfigurationPropertyName.of(SchemamigrateProperties.PREFIX);

    private UnknownProperties() {
    }

    static void check(Environment environment) {
        Set<String> known = knownNames();
        Set<String> uniform = new TreeSet<>(known.stream().map(k -> k.replace("-", "")).toList());
        Set<String> groups = new TreeSet<>(known.stream().filter(k -> k.contains("."))
                .map(k -> k.substring(0, k.indexOf('.')).replace("-", "")).toList());
        Set<String> unknown = new TreeSet<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source instanceof IterableConfigurationPropertySource iterable) {
                iterable.filter(PREFIX::isAncestorOf).stream()
                        .filter(name -> !uniform.contains(setting(name, groups, Form.UNIFORM)))
                        .map(name -> setting(name, groups, Form.DASHED))
                        .forEach(unknown::add);
            }
        }
        if (!unknown.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (String name : unknown) {
                lines.add(SchemamigrateProperties.PREFIX + "." + name + " is not a setting; did you mean "
                        + SchemamigrateProperties.PREFIX + "." + nearest(name, known) + "?");
            }
            throw new MigrationException(CoreErrorCode.CONFIGURATION, String.join("\n", lines) + "\nThe settings are: "
                    + String.join(", ", known) + " (each under " + SchemamigrateProperties.PREFIX + ".).");
        }
    }

    /** The setting a property name sets: fleet.targets for schemamigrate.fleet.targets, lock-timeout otherwise. */
    private static String setting(ConfigurationPropertyName name, Set<String> groups, Form form) {
        String first = name.getElement(1, form);
        boolean grouped = groups.contains(name.getElement(1, Form.UNIFORM))
                && name.getNumberOfElements() > 2;
        if (!grouped) {
            return first;
        }
        // fleet.targets.pattern (SCHEMAMIGRATE_FLEET_TARGETS_PATTERN) is not fleet.targets
        boolean deeper = name.getNumberOfElements() > 3 && !name.isNumericIndex(3);
        return first + "." + name.getElement(2, form) + (deeper ? "." + name.getElement(3, form) : "");
    }

    /**
     * The dashed names of the properties class's fields (lockTimeout is lock-timeout), those of a nested group
     * under its name (fleet.targets-pattern).
     */
    static Set<String> knownNames() {
        Set<String> names = new TreeSet<>();
        for (Field field : SchemamigrateProperties.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            if (field.isAnnotationPresent(NestedConfigurationProperty.class)) {
                for (Field nested : field.getType().getDeclaredFields()) {
                    if (!Modifier.isStatic(nested.getModifiers())) {
                        names.add(dashed(field) + "." + dashed(nested));
                    }
                }
            } else {
                names.add(dashed(field));
            }
        }
        return names;
    }

    private static String dashed(Field field) {
        return field.getName().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }

    private static String nearest(String name, Set<String> known) {
        return NearestName.among(name, known);
    }
}
