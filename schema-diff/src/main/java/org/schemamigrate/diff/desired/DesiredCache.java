package org.schemamigrate.diff.desired;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Hibernate's create DDL kept in one file ({@code desired.properties} in the cache directory) with the key it
 * was made under, so that a run whose entities, settings and Hibernate have not changed skips Hibernate's
 * bootstrap. The key hashes everything the DDL is made from: every file under the project's output directory
 * (classes, application.properties/.yml, persistence.xml) by content, every other classpath entry (jars by
 * path, size and modification time; directories by content), the {@link EntityModel}, the Spring settings as
 * resolved, the SPRING_/HIBERNATE_/JAKARTA_ environment and spring./hibernate./jakarta. system properties, and
 * this tool's version. Any difference is a miss, never a stale hit.
 */
public final class DesiredCache {
    /** Bumped whenever what the cached file holds changes meaning. */
    private static final String FORMAT = "desired-cache-1";
    private static final String FILE = "desired.properties";

    private DesiredCache() {
    }

    /**
     * {@link DesiredSchema#fromEntities} through the cache in {@code directory} (null: no cache). A hit repeats
     * the log lines the generation wrote.
     */
    public static DesiredSchema fromEntities(ProjectClasspath project, EntityModel model, Consumer<String> log,
                                             Path directory) {
        if (directory == null) {
            return DesiredSchema.fromEntities(project, model, log);
        }
        String key = key(project, model);
        Path file = directory.resolve(FILE);
        Properties cached = read(file);
        if (cached != null && key.equals(cached.getProperty("key"))) {
            for (int i = 0; cached.getProperty("log." + i) != null; i++) {
                log.accept(cached.getProperty("log." + i));
            }
            log.accept("Desired schema reused from " + file + " (entities, settings and Hibernate unchanged)");
            return new DesiredSchema(cached.getProperty("ddl"), cached.getProperty("label"));
        }
        List<String> lines = new ArrayList<>();
        DesiredSchema desired = DesiredSchema.fromEntities(project, model, line -> {
            lines.add(line);
            log.accept(line);
        });
        write(directory, file, key, desired, lines);
        return desired;
    }

    /** The key of the DDL {@code project} and {@code model} give now. */
    static String key(ProjectClasspath project, EntityModel model) {
        MessageDigest digest = sha256();
        update(digest, FORMAT, String.valueOf(DesiredCache.class.getPackage().getImplementationVersion()),
                stable(model));
        if (model.persistenceUnit() == null) {
            SpringSettings settings = SpringSettings.read(project, model.springProfiles(), model.settingsSources());
            update(digest, new TreeMap<>(settings.hibernate()).toString(), settings.files().toString(),
                    settings.profiles().toString());
        }
        new TreeMap<>(System.getenv()).forEach((name, value) -> {
            String upper = name.toUpperCase(Locale.ROOT);
            if (upper.startsWith("SPRING_") || upper.startsWith("HIBERNATE_") || upper.startsWith("JAKARTA_")) {
                update(digest, name, value);
            }
        });
        new TreeMap<>(System.getProperties()).forEach((name, value) -> {
            String n = String.valueOf(name);
            if (n.startsWith("spring.") || n.startsWith("hibernate.") || n.startsWith("jakarta.")) {
                update(digest, n, String.valueOf(value));
            }
        });
        // the tool and the Hibernate it bundles (used when the project has none), as jars on disk
        codeSource(digest, DesiredCache.class);
        try {
            codeSource(digest, Class.forName("org.hibernate.Version", false, DesiredCache.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            update(digest, "no bundled Hibernate");
        }
        update(digest, "output");
        directory(digest, project.outputDirectory());
        for (Path entry : project.classpath()) {
            if (entry.equals(project.outputDirectory())) {
                continue;
            }
            update(digest, "entry", entry.toAbsolutePath().toString());
            if (Files.isDirectory(entry)) {
                directory(digest, entry);
            } else if (Files.isRegularFile(entry)) {
                try {
                    update(digest, String.valueOf(Files.size(entry)),
                            String.valueOf(Files.getLastModifiedTime(entry).toMillis()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The model as text that two runs with the same inputs print alike. Its settings sources hold the whole
     * process (every system property and environment variable, in maps whose order changes from JVM to JVM), so
     * only what Spring Boot and Hibernate read from them counts: the spring./hibernate./jakarta. properties, the
     * SPRING_/HIBERNATE_/JAKARTA_ variables and the working directory.
     */
    static String stable(EntityModel model) {
        SettingsSources sources = model.settingsSources();
        EntityModel withoutSources = new EntityModel(model.packages(), model.kind(), model.databaseVersion(),
                model.namingStrategy(), model.implicitNaming(), model.persistenceUnit(), model.springProfiles(),
                SettingsSources.none());
        return withoutSources + "|" + sources.workingDirectory().toAbsolutePath() + "|"
                + read(sources.commandLine(), "spring.", "hibernate.", "jakarta.") + "|"
                + read(sources.environment(), "SPRING_", "HIBERNATE_", "JAKARTA_");
    }

    private static TreeMap<String, String> read(Map<String, String> values, String... prefixes) {
        TreeMap<String, String> read = new TreeMap<>();
        values.forEach((name, value) -> {
            for (String prefix : prefixes) {
                if (name.toUpperCase(Locale.ROOT).startsWith(prefix.toUpperCase(Locale.ROOT))) {
                    read.put(name, value);
                }
            }
        });
        return read;
    }

    private static void codeSource(MessageDigest digest, Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            update(digest, type.getName(), "no code source");
            return;
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            update(digest, path.toString());
            if (Files.isRegularFile(path)) {
                update(digest, String.valueOf(Files.size(path)),
                        String.valueOf(Files.getLastModifiedTime(path).toMillis()));
            }
        } catch (java.net.URISyntaxException | IOException | IllegalArgumentException e) {
            update(digest, source.getLocation().toString());
        }
    }

    /**
     * Every file under {@code root}, by relative path and content, in a stable order; but migration files and
     * migration.sum, which Hibernate never reads: a directory under src/main/resources is copied here, and a new
     * migration must not make the next goal boot Hibernate again.
     */
    private static void directory(MessageDigest digest, Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !migrationFile(f)).sorted().toList()) {
                update(digest, root.relativize(file).toString().replace('\\', '/'));
                digest.update(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + root + " for the desired-schema cache", e);
        }
    }

    private static boolean migrationFile(Path file) {
        String name = file.getFileName().toString();
        return name.equals("migration.sum") || name.endsWith(".up.sql") || name.endsWith(".down.sql");
    }

    private static Properties read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
            return properties.getProperty("ddl") == null ? null : properties;
        } catch (IOException | IllegalArgumentException e) {
            return null;   // unreadable: generated again and rewritten
        }
    }

    /** Written beside and moved over the old file, so a concurrent run reads either the old or the new one. */
    private static void write(Path directory, Path file, String key, DesiredSchema desired, List<String> lines) {
        Properties properties = new Properties();
        properties.setProperty("key", key);
        properties.setProperty("ddl", desired.ddl());
        properties.setProperty("label", desired.label());
        for (int i = 0; i < lines.size(); i++) {
            properties.setProperty("log." + i, lines.get(i));
        }
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, FILE, ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                properties.store(out, "schemamigrate: Hibernate's create DDL and the key it was made under");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // not kept: the next run generates it again
        }
    }

    private static void update(MessageDigest digest, String... parts) {
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For tests: the cache file in {@code directory}. */
    static Path file(Path directory) {
        return directory.resolve(FILE);
    }
}
