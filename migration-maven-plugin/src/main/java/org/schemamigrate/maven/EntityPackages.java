package org.schemamigrate.maven;

import java.io.IOException;
import java.net.URLClassLoader;
import java.util.List;
import java.util.TreeSet;
import org.schemamigrate.diff.desired.EntityScanner;

/**
 * migration.packages that hold no entity, checked before any database starts: the error names the packages where
 * the compiled classes do have entities, rather than advising to compile right after compiling.
 */
final class EntityPackages {
    private EntityPackages() {
    }

    static void check(List<String> classpath, List<String> packages) {
        if (packages.isEmpty()) {
            return;
        }
        try (URLClassLoader loader = ProjectClasses.loader(classpath)) {
            if (!EntityScanner.scan(loader, packages).isEmpty()) {
                return;
            }
            TreeSet<String> found = new TreeSet<>();
            EntityScanner.scan(loader, List.of()).forEach(c -> found.add(c.contains(".")
                    ? c.substring(0, c.lastIndexOf('.')) : "(the default package)"));
            throw new ConfigurationException("No JPA entities in packages " + String.join(", ", packages)
                    + " (migration.packages)" + (found.isEmpty() ? "; the compiled classes have none at all."
                    : "; found entities in " + String.join(", ", found) + ".") + " Nothing was started.");
        } catch (IOException e) {
            throw new ConfigurationException("Cannot read the project's classes: " + e.getMessage());
        }
    }
}
