package org.schemamigrate.core.source;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.Resource;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;

/**
 * Where migrations live: a directory ({@code filesystem:} prefix optional) or a classpath folder
 * ({@code classpath:db/migration}, found in directories and jars alike). Only the folder itself is read,
 * not its sub-folders, as in golang-migrate.
 */
public record MigrationLocation(boolean classpath, String path) {
    private static final String CLASSPATH = "classpath:";
    private static final String FILESYSTEM = "filesystem:";

    public static MigrationLocation parse(String location) {
        if (location == null || location.isBlank()) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION,
                    "No migration location is set. Give a directory path or classpath:<folder>.");
        }
        if (location.startsWith(CLASSPATH)) {
            String folder = location.substring(CLASSPATH.length()).replaceAll("^/+|/+$", "");
            return new MigrationLocation(true, folder);
        }
        String path = location.startsWith(FILESYSTEM) ? location.substring(FILESYSTEM.length()) : location;
        return new MigrationLocation(false, path);
    }

    public static MigrationLocation of(Path directory) {
        return new MigrationLocation(false, directory.toString());
    }

    /** Reads every file of the location. */
    public List<MigrationDirectory.SourceFile> read(ClassLoader classLoader) {
        return classpath ? readClasspath(classLoader) : readDirectory(Path.of(path));
    }

    private static List<MigrationDirectory.SourceFile> readDirectory(Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, "The migration directory "
                    + directory.toAbsolutePath() + " is a file, not a folder. Point the migration directory setting"
                    + " (migration.dir) at the folder that holds the .up.sql/.down.sql files.");
        }
        if (!Files.isDirectory(directory)) {
            throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, "The migration directory "
                    + directory.toAbsolutePath() + " does not exist. Create it, or point the migration"
                    + " directory setting (migration.dir) at the folder that holds the .up.sql/.down.sql files.");
        }
        List<MigrationDirectory.SourceFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path file : (Iterable<Path>) entries::iterator) {
                if (Files.isRegularFile(file)) {
                    files.add(new MigrationDirectory.SourceFile(
                            file.getFileName().toString(), file.toString(), readFile(file)));
                }
            }
        } catch (IOException e) {
            throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, "Cannot list the migration directory "
                    + directory.toAbsolutePath() + ": " + e.getMessage() + ". Check its permissions.", e);
        }
        return files;
    }

    private static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, "Cannot read " + file.toAbsolutePath()
                    + ": " + e.getMessage() + ". Check that the file exists and is readable.", e);
        }
    }

    private List<MigrationDirectory.SourceFile> readClasspath(ClassLoader classLoader) {
        List<MigrationDirectory.SourceFile> files = new ArrayList<>();
        ClassGraph graph = new ClassGraph().acceptPathsNonRecursive(path.isEmpty() ? "/" : path);
        if (classLoader != null) {
            graph.overrideClassLoaders(classLoader);
        }
        try (ScanResult scan = graph.scan()) {
            for (Resource resource : scan.getAllResources()) {
                String name = resource.getPath().substring(resource.getPath().lastIndexOf('/') + 1);
                String where = CLASSPATH + resource.getPath() + " (" + resource.getClasspathElementURI() + ")";
                try {
                    files.add(new MigrationDirectory.SourceFile(name, where, resource.load()));
                } catch (IOException e) {
                    throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, "Cannot read " + where + ": "
                            + e.getMessage(), e);
                }
            }
        }
        return files;
    }

    @Override
    public String toString() {
        return classpath ? CLASSPATH + path : Path.of(path).toAbsolutePath().toString();
    }
}
