package org.schemamigrate.diff.desired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Hibernate settings of a Spring Boot application, read as Boot reads them, highest precedence first:
 * command line (system properties, Maven user properties), environment variables (relaxed:
 * {@code SPRING_JPA_HIBERNATE_NAMING_PHYSICAL_STRATEGY}), profile files {@code application-{profile}.*}, then
 * {@code application.*} ({@code config/} over the output directory's root, {@code .properties} over {@code .yml});
 * imports and profile documents as {@link SpringConfigFiles} finds them; {@code ${…}} placeholders resolved.
 * What is taken: {@code spring.jpa.hibernate.naming.physical-strategy} / {@code implicit-strategy} (over
 * {@code spring.jpa.properties.hibernate.*_naming_strategy}) and {@code spring.jpa.properties.*}.
 *
 * @param files     the files read, relative to the output directory where they are in it, in order
 * @param profiles  the profiles applied
 * @param hibernate the Hibernate settings that shape DDL
 * @param overrides where settings came from other than the files (environment variables, system properties)
 */
public record SpringSettings(List<String> files, List<String> profiles, Map<String, String> hibernate,
                             List<String> overrides) {
    private static final String JPA_PROPERTIES = "spring.jpa.properties";

    /** The files only, as in a test (no environment, no system properties). */
    public static SpringSettings read(Path outputDirectory, List<String> explicitProfiles) {
        return read(new ProjectClasspath(outputDirectory, List.of(outputDirectory)), explicitProfiles,
                SettingsSources.none());
    }

    /**
     * @param explicitProfiles migration.springProfiles (empty: {@code spring.profiles.active} as the application
     *                         sees it, else {@code spring.profiles.default}, else {@code default})
     */
    public static SpringSettings read(ProjectClasspath project, List<String> explicitProfiles,
                                      SettingsSources sources) {
        try (SpringConfigFiles files = new SpringConfigFiles(project, sources)) {
            List<String> profiles = explicitProfiles.isEmpty()
                    ? activeProfiles(new SpringProperties(sources, files.load(null)))
                    : List.copyOf(explicitProfiles);
            List<String> applied = profiles.isEmpty()
                    ? activeOrDefault(new SpringProperties(sources, files.load(null))) : profiles;
            SpringProperties properties = new SpringProperties(sources, files.load(applied));
            Map<String, String> hibernate = new TreeMap<>();
            TreeSet<String> overrides = new TreeSet<>();
            properties.map(JPA_PROPERTIES).forEach((key, value) -> {
                if (PersistenceUnit.shapesDdl(key)) {
                    put(hibernate, overrides, key, value);
                }
            });
            put(hibernate, overrides, PersistenceUnit.PHYSICAL_NAMING,
                    properties.get("spring.jpa.hibernate.naming.physical-strategy"));
            put(hibernate, overrides, PersistenceUnit.IMPLICIT_NAMING,
                    properties.get("spring.jpa.hibernate.naming.implicit-strategy"));
            return new SpringSettings(files.files(), profiles, hibernate, List.copyOf(overrides));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> activeProfiles(SpringProperties properties) {
        SpringProperties.Value active = properties.get("spring.profiles.active");
        return active == null ? List.of() : split(active.text());
    }

    private static List<String> activeOrDefault(SpringProperties properties) {
        SpringProperties.Value defaults = properties.get("spring.profiles.default");
        return defaults == null ? List.of("default") : split(defaults.text());
    }

    private static void put(Map<String, String> settings, TreeSet<String> overrides, String key,
                            SpringProperties.Value value) {
        if (value != null && !value.text().isBlank()) {
            settings.put(key, value.text().strip());
            if (value.external()) {
                overrides.add(value.origin());
            }
        }
    }

    private static List<String> split(String value) {
        return new ArrayList<>(Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList());
    }
}
