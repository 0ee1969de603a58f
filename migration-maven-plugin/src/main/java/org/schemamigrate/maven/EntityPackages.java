package org.schemamigrate.maven;

import java.util.List;
import java.util.TreeSet;
import org.schemamigrate.diff.desired.EntityScanner;
import org.schemamigrate.diff.desired.ProjectClasspath;

/**
 * migration.packages that hold no entity, checked before any database starts: the error names the packages where
 * the compiled classes do have entities, rather than advising to compile right after compiling.
 */
final class EntityPackages {
    private EntityPackages() {
    }

    static void check(ProjectClasspath project, List<String> packages) {
        if (packages.isEmpty() || !EntityScanner.scan(project.classpath(), packages).isEmpty()) {
            return;
        }
        TreeSet<String> found = new TreeSet<>();
        EntityScanner.scan(List.of(project.outputDirectory()), List.of()).forEach(c -> found.add(c.contains(".")
                ? c.substring(0, c.lastIndexOf('.')) : "(the default package)"));
        throw new ConfigurationException("No JPA entities in packages " + String.join(", ", packages)
                + " (migration.packages)" + (found.isEmpty() ? "; the compiled classes have none at all."
                : "; found entities in " + String.join(", ", found) + ".") + " Nothing was started.");
    }
}
