package org.schemamigrate.diff.desired;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.DiffErrorCode;

/**
 * What Hibernate reads by itself beneath a persistence unit's or Spring's settings (its {@code Environment}):
 * {@code hibernate.properties} at the root of the classpath, overridden by the JVM's system properties
 * ({@code -Dhibernate.…}, Maven user properties included). Only settings that shape DDL are kept.
 *
 * @param settings the DDL-shaping settings
 * @param sources  where they came from: {@code hibernate.properties}, {@code system property …}
 */
record HibernateEnvironment(Map<String, String> settings, List<String> sources) {
    private static final String FILE = "hibernate.properties";

    static HibernateEnvironment read(ProjectClasspath project, SettingsSources sources) {
        Map<String, String> settings = new TreeMap<>();
        List<String> from = new ArrayList<>();
        URL file = resource(project);
        if (file != null) {
            Properties properties = new Properties();
            try (InputStream in = file.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.ISO_8859_1)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new MigrationException(DiffErrorCode.SETTINGS_UNREADABLE, "Cannot parse " + file + ": "
                        + e.getMessage() + ". Hibernate reads it at start-up; fix the file. Nothing was started.",
                        new FailureDetails.DesiredSchemaFailed(file.toString(), 0), e);
            }
            properties.forEach((k, v) -> keep(settings, String.valueOf(k), String.valueOf(v)));
            if (!settings.isEmpty()) {
                from.add(FILE);
            }
        }
        new TreeMap<>(sources.commandLine()).forEach((k, v) -> {
            if (keep(settings, k, v)) {
                from.add("system property " + k);
            }
        });
        return new HibernateEnvironment(settings, from);
    }

    private static boolean keep(Map<String, String> settings, String key, String value) {
        if (PersistenceUnit.shapesDdl(key)) {
            settings.put(key, value.strip());
            return true;
        }
        return false;
    }

    private static URL resource(ProjectClasspath project) {
        List<Path> entries = new ArrayList<>(List.of(project.outputDirectory()));
        entries.addAll(project.classpath());
        URL[] urls = entries.stream().map(HibernateEnvironment::url).toArray(URL[]::new);
        try (URLClassLoader loader = new URLClassLoader(urls, null)) {
            URL found = loader.getResource(FILE);
            // read now: the loader's jar handles close with it
            return found == null ? null : copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL copyOf(URL url) throws MalformedURLException {
        return new URL(url.toExternalForm());
    }

    private static URL url(Path path) {
        try {
            return path.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
