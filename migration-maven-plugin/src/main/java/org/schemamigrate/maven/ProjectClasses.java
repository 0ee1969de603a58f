package org.schemamigrate.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * A class loader over the project's compiled classes and dependencies. The plugin's own classes come first
 * (parent-first), so the project's copies of migration-core, Hibernate or the JPA API never mix with them.
 */
final class ProjectClasses {
    private ProjectClasses() {
    }

    static URLClassLoader loader(List<String> classpathElements) {
        List<URL> urls = new ArrayList<>();
        for (String element : classpathElements) {
            try {
                urls.add(new File(element).toURI().toURL());
            } catch (MalformedURLException e) {
                throw new ConfigurationException("Bad classpath element " + element + ": " + e.getMessage());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ProjectClasses.class.getClassLoader());
    }
}
