package org.schemamigrate.maven;

import org.schemamigrate.core.internal.text.NearestName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Fails a goal, before anything runs, on a -Dmigration.* property or a {@code <configuration>} key it would
 * ignore, naming the nearest known one (Flyway does the same). -D properties and plugin-level configuration are
 * shared by every goal of a Maven run, so they need only be known to some goal; an execution's own configuration
 * must be known to its goal.
 */
final class PropertyCheck {
    private PropertyCheck() {
    }

    /**
     * @param properties     the user and system properties of the Maven run
     * @param pluginConfig   the plugin's {@code <configuration>} (null: none)
     * @param executionConfig the execution's own {@code <configuration>} (null: none)
     */
    static void check(String goal, Collection<Properties> properties, Xpp3Dom pluginConfig, Xpp3Dom executionConfig) {
        checkNames(goal, properties, pluginConfig, executionConfig);
    }

    /** The properties the run gives a value (even an empty one): -D, or a key of the configuration. */
    static Set<String> given(Collection<Properties> properties, Xpp3Dom pluginConfig, Xpp3Dom executionConfig) {
        Set<String> given = new LinkedHashSet<>();
        properties.forEach(p -> p.stringPropertyNames().stream().filter(n -> n.startsWith(KnownProperties.PREFIX))
                .forEach(given::add));
        keys(pluginConfig).forEach(k -> given.add(KnownProperties.PREFIX + k));
        keys(executionConfig).forEach(k -> given.add(KnownProperties.PREFIX + k));
        return given;
    }

    /**
     * -Dmigration.x values that the pom's literal {@code <x>} overrides: Maven gives an explicit configuration
     * precedence over the property, so without a word the goal would run with the pom's value.
     */
    static List<String> overridden(Collection<Properties> properties, Xpp3Dom pluginConfig,
                                   Xpp3Dom executionConfig) {
        List<String> warnings = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Xpp3Dom config : new Xpp3Dom[] {executionConfig, pluginConfig}) {
            if (config == null) {
                continue;
            }
            for (Xpp3Dom child : config.getChildren()) {
                String value = child.getValue();
                if (child.getChildCount() > 0 || value == null || value.contains("${") || !seen.add(child.getName())) {
                    continue;
                }
                String property = KnownProperties.PREFIX + child.getName();
                properties.stream().map(p -> p.getProperty(property)).filter(v -> v != null)
                        .filter(v -> !v.strip().equals(value.strip())).findFirst()
                        .ifPresent(v -> warnings.add("-D" + property + shown(property, "=" + v) + " is ignored:"
                                + " the pom's <" + child.getName() + ">" + shown(property, value.strip()) + "</"
                                + child.getName() + "> wins (Maven"
                                + " gives an explicit <configuration> precedence). To switch it from the command"
                                + " line, write <" + child.getName() + ">${" + property + "}</" + child.getName()
                                + "> with a default in <properties>."));
            }
        }
        return warnings;
    }

    /** A value as a warning shows it: never a password, nor a URL (it may carry one). */
    private static String shown(String property, String value) {
        String name = property.toLowerCase(java.util.Locale.ROOT);
        return name.contains("password") || name.contains("url") ? "" : value;
    }

    private static void checkNames(String goal, Collection<Properties> properties, Xpp3Dom pluginConfig,
                                   Xpp3Dom executionConfig) {
        Set<String> known = KnownProperties.all();
        for (Properties source : properties) {
            for (String name : new TreeSet<>(source.stringPropertyNames())) {
                if (name.startsWith(KnownProperties.PREFIX) && !known.contains(name)) {
                    throw unknown("-D" + name, name, nearest(name, known), goal);
                }
            }
        }
        Set<String> pluginKeys = keys(pluginConfig);
        Set<String> allKeys = configKeys(known);
        for (String key : pluginKeys) {
            if (!allKeys.contains(key)) {
                throw unknown("<" + key + "> in the plugin's <configuration>", key, nearest(key, allKeys), goal);
            }
        }
        Set<String> goalKeys = configKeys(KnownProperties.of(goal));
        for (String key : keys(executionConfig)) {
            if (pluginKeys.contains(key) || goalKeys.contains(key)) {
                continue;
            }
            if (allKeys.contains(key)) {
                throw new UnknownPropertyException(key, key, "The <configuration> of this execution sets <" + key
                        + ">, which migration:" + goal + " does not read (another goal reads it), so it would be"
                        + " ignored. Move it to the execution of the goal that reads it, or remove it. Nothing was"
                        + " run.");
            }
            throw unknown("<" + key + "> in the <configuration> of this execution", key, nearest(key, goalKeys),
                    goal);
        }
    }

    private static UnknownPropertyException unknown(String where, String name, String nearest, String goal) {
        return new UnknownPropertyException(name, nearest, "Unknown property " + where + ": no setting of"
                + " migration:" + goal + " has that name, so it would be ignored. Did you mean " + nearest + "?"
                + " Nothing was run. `mvn migration:help -Ddetail -Dgoal=" + goal + "` lists the settings.");
    }

    private static Set<String> configKeys(Collection<String> properties) {
        Set<String> keys = new LinkedHashSet<>();
        properties.forEach(p -> keys.add(KnownProperties.configKey(p)));
        return keys;
    }

    private static Set<String> keys(Xpp3Dom config) {
        Set<String> keys = new LinkedHashSet<>();
        if (config != null) {
            for (Xpp3Dom child : config.getChildren()) {
                keys.add(child.getName());
            }
        }
        return keys;
    }

    /** The known name with the smallest edit distance (case-insensitive; ties: the first in registry order). */
    static String nearest(String name, Collection<String> known) {
        List<String> candidates = new ArrayList<>(known);
        candidates.addAll(KnownProperties.ALIASES.values().stream().filter(known::contains).toList());
        return NearestName.among(name, candidates);
    }

    /** The pom's configuration of this plugin and of this execution (from pluginManagement when not in build). */
    static Xpp3Dom[] configurations(org.apache.maven.project.MavenProject project, String pluginKey,
                                    String executionId) {
        if (project == null) {
            return new Xpp3Dom[2];
        }
        org.apache.maven.model.Plugin plugin = project.getPlugin(pluginKey);
        if (plugin == null && project.getPluginManagement() != null) {
            plugin = project.getPluginManagement().getPluginsAsMap().get(pluginKey);
        }
        if (plugin == null) {
            return new Xpp3Dom[2];
        }
        Map<String, org.apache.maven.model.PluginExecution> executions = plugin.getExecutionsAsMap();
        org.apache.maven.model.PluginExecution execution = executionId == null ? null : executions.get(executionId);
        return new Xpp3Dom[] {(Xpp3Dom) plugin.getConfiguration(),
                execution == null ? null : (Xpp3Dom) execution.getConfiguration()};
    }
}
