package org.schemamigrate.maven;

import java.io.File;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/** How the runner reads the directory and keeps its history: the settings of every goal that opens a session. */
record HistoryOptions(Path dir, String schema, String table, Duration lockTimeout, boolean outOfOrder,
                      List<String> javaPackages, Path sandboxDir, MavenProject project) {

    /** Parses and checks the settings; nothing connects yet. */
    static HistoryOptions of(MigrationParameters p) {
        return new HistoryOptions(p.dir.toPath(), p.schema, p.table,
                Durations.parse(p.lockTimeout, "migration.lockTimeout"), p.outOfOrder, list(p.javaPackages),
                p.sandboxDir.toPath(), p.project);
    }

    static List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Connects (starting the sandbox when that is where the goal works); closing the session closes it all. */
    MigrationSession open(ResolvedConnection connection, boolean dryRun, Log log) {
        URLClassLoader projectClasses = ProjectClasses.loader(runtimeClasspath());
        Path basedir = project == null || project.getBasedir() == null ? null : project.getBasedir().toPath();
        return MigrationSession.open(connection, new MigrationSession.Options(dir, schema, table, lockTimeout,
                outOfOrder, dryRun, sandboxDir, basedir, projectClasses, javaPackages), log);
    }

    private List<String> runtimeClasspath() {
        if (project == null) {
            return List.of();
        }
        try {
            return project.getRuntimeClasspathElements();
        } catch (DependencyResolutionRequiredException e) {
            throw new IllegalStateException("The project's runtime classpath is not resolved", e);
        }
    }

    File directory() {
        return dir.toFile();
    }
}
