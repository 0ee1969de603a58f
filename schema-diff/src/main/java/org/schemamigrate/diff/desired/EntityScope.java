package org.schemamigrate.diff.desired;

import io.github.classgraph.AnnotationClassRef;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Which managed classes the application boots with, found as the application finds them: the packages named in
 * migration.packages (on the whole runtime classpath); else a Spring Boot application's {@code @EntityScan}
 * packages, or its {@code @SpringBootApplication} class's package (on the whole classpath, as Boot scans them);
 * else the project's own compiled classes only. Dependency jars never count unless a package names them, so a
 * library's {@code @Converter(autoApply = true)} cannot change the application's columns.
 *
 * @param classNames the managed classes, sorted
 * @param where      where they were found, for the goal's output and the file header
 */
public record EntityScope(List<String> classNames, String where) {
    private static final List<String> ENTITY_SCAN = List.of(
            "org.springframework.boot.autoconfigure.domain.EntityScan",
            "org.springframework.boot.persistence.autoconfigure.EntityScan");
    private static final String BOOT_APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";

    public EntityScope {
        classNames = List.copyOf(classNames);
    }

    /** The classes of {@code project}; {@code packages} are migration.packages (empty: not set). */
    public static EntityScope find(ProjectClasspath project, List<String> packages) {
        if (!packages.isEmpty()) {
            return new EntityScope(EntityScanner.scan(project.classpath(), packages),
                    "packages " + String.join(", ", packages) + " (migration.packages)");
        }
        BootPackages boot = bootPackages(project.outputDirectory());
        if (boot != null) {
            return new EntityScope(EntityScanner.scan(project.classpath(), boot.packages()),
                    (boot.packages().size() == 1 ? "package " : "packages ") + String.join(", ", boot.packages())
                            + " (" + boot.origin() + ")");
        }
        return new EntityScope(EntityScanner.scan(List.of(project.outputDirectory()), List.of()),
                project.outputDirectory().toString());
    }

    private record BootPackages(List<String> packages, String origin) {
    }

    /** The packages a Spring Boot application in the output directory scans for entities; null: no Boot class. */
    private static BootPackages bootPackages(Path outputDirectory) {
        try (ScanResult scan = new ClassGraph().enableAnnotationInfo().ignoreClassVisibility()
                .overrideClasspath(List.of(outputDirectory)).scan()) {
            TreeSet<String> packages = new TreeSet<>();
            List<String> origins = new ArrayList<>();
            for (String annotation : ENTITY_SCAN) {
                for (ClassInfo cls : scan.getClassesWithAnnotation(annotation)) {
                    List<String> named = entityScanPackages(cls, cls.getAnnotationInfo(annotation));
                    packages.addAll(named);
                    origins.add("@EntityScan on " + cls.getName());
                }
            }
            if (packages.isEmpty()) {
                for (ClassInfo cls : scan.getClassesWithAnnotation(BOOT_APPLICATION)) {
                    packages.add(cls.getPackageName());
                    origins.add("@SpringBootApplication " + cls.getName());
                }
            }
            return packages.isEmpty() ? null : new BootPackages(List.copyOf(packages), String.join(", ", origins));
        }
    }

    /** value, basePackages and basePackageClasses; none of them means the annotated class's own package. */
    private static List<String> entityScanPackages(ClassInfo cls, AnnotationInfo scan) {
        List<String> packages = new ArrayList<>();
        for (String attribute : List.of("value", "basePackages")) {
            Object value = scan.getParameterValues().getValue(attribute);
            if (value instanceof Object[] names) {
                for (Object name : names) {
                    String p = String.valueOf(name).strip();
                    if (!p.isEmpty()) {
                        packages.add(p);
                    }
                }
            }
        }
        if (scan.getParameterValues().getValue("basePackageClasses") instanceof Object[] classes) {
            for (Object ref : classes) {
                String name = ((AnnotationClassRef) ref).getName();
                packages.add(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
            }
        }
        return packages.isEmpty() ? List.of(cls.getPackageName()) : packages;
    }
}
