package org.schemamigrate.diff.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import jakarta.persistence.Entity;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.desired.DesiredSchema;
import org.schemamigrate.diff.desired.EntityModel;
import org.schemamigrate.diff.desired.ProjectClasspath;
import org.schemamigrate.diff.desired.SettingsSources;

/**
 * The example application (src-examples) as a project the plugin boots: its entity sources, optionally at another
 * state (some files replaced by those of an overlay directory, some left out), compiled as its build compiles them
 * and booted with its own classes and settings (none, so Spring's naming).
 */
final class ExampleApp {
    static final Path SOURCES = Paths.get("..", "src-examples", "src", "main");
    static final Path MIGRATIONS = SOURCES.resolve("resources/db/migration");
    /** Other states of the example, one directory of replacement sources each. */
    static final Path STATES = Paths.get("src", "test", "resources", "example-app");

    private ExampleApp() {
    }

    /** The example as it is, compiled into {@code classes}. */
    static ProjectClasspath compile(Path classes) {
        return compile(classes, null, Set.of());
    }

    /**
     * The example with the sources of {@code overlay} (null for none) in place of its own files of the same name
     * and the files named in {@code removed} left out, compiled into {@code classes}.
     */
    static ProjectClasspath compile(Path classes, Path overlay, Set<String> removed) {
        Map<String, Path> sources = new LinkedHashMap<>();
        sourcesIn(SOURCES.resolve("java")).forEach(file -> sources.put(file.getFileName().toString(), file));
        if (overlay != null) {
            sourcesIn(overlay).forEach(file -> sources.put(file.getFileName().toString(), file));
        }
        removed.forEach(sources::remove);
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                jarOf(Entity.class) + File.pathSeparator
                        + jarOf(org.hibernate.annotations.ColumnDefault.class), "-proc:none"));
        sources.values().forEach(file -> arguments.add(file.toString()));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, arguments.toArray(String[]::new));
        assertThat(status).as("the example compiles: %s", errors).isZero();
        return new ProjectClasspath(classes, List.of(classes));
    }

    /** The desired schema as {@code migration:diff} computes it for the compiled example. */
    static DesiredSchema desired(ProjectClasspath project, DatabaseKind kind, Consumer<String> log) {
        EntityModel model = new EntityModel(List.of(), kind, null, null, null, null, List.of(),
                SettingsSources.none());
        return DesiredSchema.fromEntities(project, model, log);
    }

    /**
     * The create script of the compiled example straight from Hibernate's own bootstrap API, as an application
     * without Spring would write it (none of the tool's code): Spring Boot's physical naming, Hibernate's implicit
     * naming (Spring's differs only for join tables the example does not have), no database connection.
     */
    static String hibernatesOwnScript(ProjectClasspath project, DatabaseKind kind) {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {project.outputDirectory().toUri().toURL()},
                ExampleApp.class.getClassLoader())) {
            return HibernatesOwnScript.of(loader, HibernatesOwnScript.mappedClasses(project.outputDirectory(),
                    Path.of(""), loader, name -> true), kind, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> sourcesIn(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jarOf(Class<?> type) {
        try {
            return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
