package org.schemamigrate.diff.desired;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.DiffErrorCode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The application's config data documents in the order Spring Boot applies them (later ones win):
 * {@code application.*} in the output directory, then in {@code config/} ({@code .properties} after
 * {@code .yml}), then {@code application-{profile}.*} per active profile; each document followed by what its
 * {@code spring.config.import} names ({@code optional:}, {@code classpath:}, {@code file:} or relative to the
 * importing file; files or directories); documents with {@code spring.config.activate.on-profile} only for those
 * profiles. Multi-document files: {@code ---} in YAML, {@code #---} in properties.
 */
final class SpringConfigFiles implements AutoCloseable {
    static final String ON_PROFILE = "spring.config.activate.on-profile";
    private static final String IMPORT = "spring.config.import";
    private static final List<String> LOCATIONS = List.of("", "config/");
    private static final List<String> EXTENSIONS = List.of(".yml", ".yaml", ".properties");
    private static final Pattern EXTENSION_HINT = Pattern.compile("^(.*)\\[(\\.[A-Za-z]+)]$");
    private static final Pattern KIND = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):");

    /** One document of a file; origin names the file. */
    record Document(String origin, Map<String, String> properties) {
        boolean activeFor(List<String> profiles) {
            String on = properties.get(ON_PROFILE);
            return on == null || profiles != null && Arrays.stream(on.split("[,|]")).map(String::strip)
                    .anyMatch(p -> p.startsWith("!") ? !profiles.contains(p.substring(1).strip())
                            : profiles.contains(p));
        }
    }

    private final ProjectClasspath project;
    private final SettingsSources sources;
    private final Set<String> files = new LinkedHashSet<>();
    private URLClassLoader classpath;

    SpringConfigFiles(ProjectClasspath project, SettingsSources sources) {
        this.project = project;
        this.sources = sources;
    }

    /** The files read so far, relative to the output directory where they are in it. */
    List<String> files() {
        return List.copyOf(files);
    }

    /**
     * The documents for these profiles; null: before the profiles are known (no profile files, no documents
     * activated on a profile).
     */
    List<Document> load(List<String> profiles) {
        List<Document> documents = new ArrayList<>();
        Set<String> imported = new HashSet<>();
        List<String> names = new ArrayList<>(List.of("application"));
        if (profiles != null) {
            profiles.forEach(profile -> names.add("application-" + profile));
        }
        for (String name : names) {
            for (String location : LOCATIONS) {
                for (String extension : EXTENSIONS) {
                    Path file = project.outputDirectory().resolve(location + name + extension);
                    if (Files.isRegularFile(file)) {
                        read(url(file), location + name + extension, profiles, documents, imported);
                    }
                }
            }
        }
        return documents;
    }

    private void read(URL url, String display, List<String> profiles, List<Document> into, Set<String> imported) {
        files.add(display);
        for (Document document : parse(url, display)) {
            if (!document.activeFor(profiles)) {
                continue;
            }
            into.add(document);
            String imports = document.properties().get(IMPORT);
            if (imports == null) {
                continue;
            }
            String resolved = new SpringProperties(sources, into).resolve(imports, IMPORT, display);
            for (String location : resolved.split(",")) {
                if (!location.isBlank()) {
                    importLocation(location.strip(), url, display, profiles, into, imported);
                }
            }
        }
    }

    private void importLocation(String location, URL importer, String importerName, List<String> profiles,
                                List<Document> into, Set<String> imported) {
        boolean optional = location.startsWith("optional:");
        String rest = optional ? location.substring("optional:".length()) : location;
        String extension = null;
        Matcher hint = EXTENSION_HINT.matcher(rest);
        if (hint.matches()) {
            rest = hint.group(1);
            extension = hint.group(2);
        }
        List<URL> candidates = new ArrayList<>();
        Matcher kind = KIND.matcher(rest);
        if (kind.find() && !kind.group(1).equals("classpath") && !kind.group(1).equals("file")) {
            throw failure(IMPORT + "=" + location + " in " + importerName + " is a " + kind.group(1) + ": import,"
                    + " which the desired schema cannot read: it reads optional:, classpath: and file: imports of"
                    + " .properties and .yml files. Set the JPA settings the application takes from there as"
                    + " -Dspring.jpa.… or SPRING_JPA_… environment variables, or give the schema with"
                    + " migration.desired. Nothing was started.", importerName);
        }
        String path = rest.startsWith("classpath:") ? rest.substring("classpath:".length())
                : rest.startsWith("file:") ? rest.substring("file:".length()) : rest;
        boolean directory = path.endsWith("/");
        List<String> names = new ArrayList<>();
        if (directory) {
            List<String> bases = new ArrayList<>(List.of("application"));
            if (profiles != null) {
                profiles.forEach(profile -> bases.add("application-" + profile));
            }
            bases.forEach(base -> EXTENSIONS.forEach(ext -> names.add(path + base + ext)));
        } else {
            String ext = extension != null ? extension : path.contains(".") ? path.substring(path.lastIndexOf('.'))
                    : "";
            if (!EXTENSIONS.contains(ext)) {
                throw failure(IMPORT + "=" + location + " in " + importerName + " names a file that is neither"
                        + " .properties nor .yml; name one of those (or add the extension as [.yml]).", importerName);
            }
            names.add(path);
        }
        for (String name : names) {
            URL url = rest.startsWith("classpath:") ? resource(name)
                    : rest.startsWith("file:") ? existing(sources.workingDirectory().resolve(name))
                    : relative(importer, name);
            if (url != null) {
                candidates.add(url);
            }
        }
        if (candidates.isEmpty() && !optional) {
            throw failure(IMPORT + "=" + location + " in " + importerName + " names nothing that exists, so the"
                    + " application would not start. Create it, or mark the import optional:.", importerName);
        }
        for (URL url : candidates) {
            if (imported.add(url.toString())) {
                read(url, display(url), profiles, into, imported);
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (classpath != null) {
            classpath.close();
        }
    }

    private List<Document> parse(URL url, String display) {
        String text;
        try (InputStream in = url.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(display, 0, e.getMessage(), e);
        }
        try {
            List<Document> documents = new ArrayList<>();
            if (display.endsWith(".properties")) {
                for (String part : text.split("(?m)^[#!]---[ \\t]*$")) {
                    Properties properties = new Properties();
                    properties.load(new StringReader(part));
                    Map<String, String> doc = new LinkedHashMap<>();
                    properties.forEach((k, v) -> doc.put(String.valueOf(k), String.valueOf(v)));
                    documents.add(new Document(display, doc));
                }
                return documents;
            }
            for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
                Map<String, String> flat = new LinkedHashMap<>();
                flatten("", doc, flat);
                documents.add(new Document(display, flat));
            }
            return documents;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw unreadable(display, line, e.getProblem(), e);
        } catch (YAMLException | IOException | IllegalArgumentException e) {
            throw unreadable(display, 0, e.getMessage(), e);
        }
    }

    private MigrationException unreadable(String display, int line, String problem, Exception e) {
        String file = display.contains(":") ? display : project.outputDirectory().resolve(display).toString();
        return new MigrationException(DiffErrorCode.SETTINGS_UNREADABLE, "Cannot parse the application settings "
                + file + (line > 0 ? " at line " + line : "") + ": " + problem + ". The desired schema reads the"
                + " JPA settings there; fix the file (the application would not start with it). Nothing was started.",
                new FailureDetails.DesiredSchemaFailed(file, line), e);
    }

    private static MigrationException failure(String message, String source) {
        return new MigrationException(DiffErrorCode.SETTINGS_UNREADABLE, message,
                new FailureDetails.DesiredSchemaFailed(source, 0), null);
    }

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

    private URL resource(String name) {
        if (classpath == null) {
            List<Path> entries = new ArrayList<>(List.of(project.outputDirectory()));
            entries.addAll(project.classpath());
            classpath = new URLClassLoader(entries.stream().map(SpringConfigFiles::url).toArray(URL[]::new), null);
        }
        return classpath.getResource(name.startsWith("/") ? name.substring(1) : name);
    }

    private static URL relative(URL importer, String name) {
        try {
            URL url = new URL(importer, name);
            if (url.getProtocol().equals("file")) {
                return existing(Path.of(url.toURI()));
            }
            try (InputStream in = url.openStream()) {
                return url;
            }
        } catch (IOException | java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static URL existing(Path file) {
        return Files.isRegularFile(file) ? url(file) : null;
    }

    private String display(URL url) {
        if (url.getProtocol().equals("file")) {
            try {
                Path file = Path.of(url.toURI()).normalize();
                Path output = project.outputDirectory().toAbsolutePath().normalize();
                return file.startsWith(output) ? output.relativize(file).toString().replace('\\', '/')
                        : file.toString();
            } catch (java.net.URISyntaxException e) {
                return url.toString();
            }
        }
        return url.toString();
    }

    private static URL url(Path file) {
        try {
            return file.toAbsolutePath().normalize().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
