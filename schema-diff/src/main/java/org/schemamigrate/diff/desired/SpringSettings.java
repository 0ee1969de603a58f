package org.schemamigrate.diff.desired;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.DiffErrorCode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The Hibernate settings of a Spring Boot application's {@code application.properties} / {@code .yml} (and
 * {@code config/} beside them, and the active profiles' {@code application-{profile}.*}), read as Boot reads
 * them: later files win, {@code .properties} over {@code .yml} in one place, profile files over the rest, YAML
 * documents with {@code spring.config.activate.on-profile} only for those profiles. What is taken:
 * {@code spring.jpa.hibernate.naming.physical-strategy} / {@code implicit-strategy} (over
 * {@code spring.jpa.properties.hibernate.*_naming_strategy}) and {@code spring.jpa.properties.*}.
 *
 * @param files     the files read, relative to the output directory, in order
 * @param profiles  the profiles applied
 * @param hibernate the Hibernate settings that shape DDL
 */
public record SpringSettings(List<String> files, List<String> profiles, Map<String, String> hibernate) {
    private static final String JPA_PROPERTIES = "spring.jpa.properties.";
    private static final String ON_PROFILE = "spring.config.activate.on-profile";
    private static final List<String> LOCATIONS = List.of("", "config/");
    private static final List<String> EXTENSIONS = List.of(".yml", ".yaml", ".properties");

    /**
     * @param explicitProfiles migration.springProfiles (empty: {@code spring.profiles.active} of the files)
     */
    public static SpringSettings read(Path outputDirectory, List<String> explicitProfiles) {
        List<String> files = new ArrayList<>();
        List<Map<String, String>> base = new ArrayList<>();
        for (String file : candidates(outputDirectory, "application")) {
            files.add(file);
            base.addAll(documents(outputDirectory.resolve(file), file));
        }
        Map<String, String> merged = new LinkedHashMap<>();
        base.stream().filter(doc -> !doc.containsKey(ON_PROFILE)).forEach(merged::putAll);
        List<String> profiles = explicitProfiles.isEmpty() ? split(merged.get("spring.profiles.active"))
                : List.copyOf(explicitProfiles);
        base.stream().filter(doc -> doc.containsKey(ON_PROFILE) && split(doc.get(ON_PROFILE)).stream()
                .anyMatch(profiles::contains)).forEach(merged::putAll);
        for (String profile : profiles) {
            for (String file : candidates(outputDirectory, "application-" + profile)) {
                files.add(file);
                documents(outputDirectory.resolve(file), file).forEach(merged::putAll);
            }
        }
        return new SpringSettings(files, profiles, hibernateSettings(merged));
    }

    private static Map<String, String> hibernateSettings(Map<String, String> merged) {
        Map<String, String> hibernate = new TreeMap<>();
        merged.forEach((key, value) -> {
            if (key.startsWith(JPA_PROPERTIES)) {
                String setting = key.substring(JPA_PROPERTIES.length()).replace("[", "").replace("]", "");
                if (PersistenceUnit.shapesDdl(setting)) {
                    hibernate.put(setting, value);
                }
            }
        });
        putIfSet(hibernate, PersistenceUnit.PHYSICAL_NAMING, merged.get("spring.jpa.hibernate.naming.physical-strategy"));
        putIfSet(hibernate, PersistenceUnit.IMPLICIT_NAMING, merged.get("spring.jpa.hibernate.naming.implicit-strategy"));
        return hibernate;
    }

    private static void putIfSet(Map<String, String> settings, String key, String value) {
        if (value != null && !value.isBlank()) {
            settings.put(key, value.strip());
        }
    }

    private static List<String> candidates(Path outputDirectory, String baseName) {
        List<String> found = new ArrayList<>();
        for (String location : LOCATIONS) {
            for (String extension : EXTENSIONS) {
                String file = location + baseName + extension;
                if (Files.isRegularFile(outputDirectory.resolve(file))) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    private static List<Map<String, String>> documents(Path path, String name) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            if (name.endsWith(".properties")) {
                Properties properties = new Properties();
                properties.load(reader);
                Map<String, String> doc = new LinkedHashMap<>();
                properties.forEach((k, v) -> doc.put(String.valueOf(k), String.valueOf(v)));
                return List.of(doc);
            }
            List<Map<String, String>> docs = new ArrayList<>();
            for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                Map<String, String> flat = new LinkedHashMap<>();
                flatten("", doc, flat);
                docs.add(flat);
            }
            return docs;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw unreadable(path, line, e.getProblem(), e);
        } catch (YAMLException | IOException | IllegalArgumentException e) {
            throw unreadable(path, 0, e.getMessage(), e);
        }
    }

    private static MigrationException unreadable(Path path, int line, String problem, Exception e) {
        return new MigrationException(DiffErrorCode.SETTINGS_UNREADABLE, "Cannot parse the application settings "
                + path + (line > 0 ? " at line " + line : "") + ": " + problem + ". The desired schema reads the"
                + " JPA settings there; fix the file (the application would not start with it). Nothing was started.",
                new FailureDetails.DesiredSchemaFailed(path.toString(), line), e);
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object value, Map<String, String> into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, into));
        } else if (value instanceof List<?> list) {
            into.put(prefix, String.join(",", list.stream().map(String::valueOf).toList()));
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), into);
            }
        } else if (value != null && !prefix.isEmpty()) {
            into.put(prefix, String.valueOf(value));
        }
    }

    private static List<String> split(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
