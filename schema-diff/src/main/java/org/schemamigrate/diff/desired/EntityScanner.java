package org.schemamigrate.diff.desired;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds the JPA-managed classes (@Entity, @Embeddable, @MappedSuperclass, @Converter) on a class loader or
 * classpath, optionally limited to packages. Uses ClassGraph, which reads class files without loading them.
 */
public final class EntityScanner {
    static final List<String> ANNOTATIONS = List.of("jakarta.persistence.Entity", "jakarta.persistence.Embeddable",
            "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Converter");

    private EntityScanner() {
    }

    /** Class names, sorted so the generated model never depends on classpath order. */
    public static List<String> scan(ClassLoader classLoader, List<String> packages) {
        ClassGraph graph = new ClassGraph().enableAnnotationInfo().ignoreClassVisibility()
                .overrideClassLoaders(classLoader);
        if (!packages.isEmpty()) {
            graph.acceptPackages(packages.toArray(String[]::new));
        } else {
            // Hibernate ships managed classes of its own (audit changelog, converters): never the application's
            graph.rejectPackages("org.hibernate", "jakarta", "javax");
        }
        return annotated(graph);
    }

    /**
     * The managed classes of exactly these classpath elements (directories, jars), in the given packages and
     * their sub-packages (empty: all).
     */
    public static List<String> scan(List<Path> classpath, List<String> packages) {
        ClassGraph graph = new ClassGraph().enableAnnotationInfo().ignoreClassVisibility().overrideClasspath(classpath);
        if (!packages.isEmpty()) {
            graph.acceptPackages(packages.toArray(String[]::new));
        }
        return annotated(graph);
    }

    /** The managed classes under the given roots only (a persistence unit's root and jar-files). */
    static List<String> scanRoots(List<URL> roots) {
        return annotated(new ClassGraph().enableAnnotationInfo().ignoreClassVisibility().overrideClasspath(roots));
    }

    private static List<String> annotated(ClassGraph graph) {
        TreeSet<String> names = new TreeSet<>();
        try (ScanResult scan = graph.scan()) {
            for (String annotation : ANNOTATIONS) {
                for (ClassInfo info : scan.getClassesWithAnnotation(annotation)) {
                    names.add(info.getName());
                }
            }
        }
        return List.copyOf(names);
    }
}
