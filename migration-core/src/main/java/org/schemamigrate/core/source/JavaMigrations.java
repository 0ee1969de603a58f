package org.schemamigrate.core.source;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemamigrate.core.Direction;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.JavaMigration;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.MigrationVersion;

/** Finds {@link JavaMigration} classes in packages and turns them into migrations. */
public final class JavaMigrations {
    private static final Pattern CLASS_NAME = Pattern.compile("V(\\d+)_([A-Za-z0-9_]+)");

    private JavaMigrations() {
    }

    /** Every concrete JavaMigration class directly in the packages, instantiated with its no-argument constructor. */
    public static List<Migration> scan(ClassLoader classLoader, List<String> packages) {
        if (packages.isEmpty()) {
            return List.of();
        }
        List<Migration> migrations = new ArrayList<>();
        ClassGraph graph = new ClassGraph().enableClassInfo().ignoreClassVisibility()
                .acceptPackagesNonRecursive(packages.toArray(String[]::new));
        if (classLoader != null) {
            graph.overrideClassLoaders(classLoader);
        }
        try (ScanResult scan = graph.scan()) {
            for (ClassInfo info : scan.getClassesImplementing(JavaMigration.class.getName())) {
                if (!info.isAbstract() && !info.isInterface()) {
                    migrations.add(of(instantiate(info.loadClass())));
                }
            }
        }
        return migrations;
    }

    private static JavaMigration instantiate(Class<?> type) {
        try {
            return (JavaMigration) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, "Java migration " + type.getName()
                    + " cannot be created: " + e + ". It needs a public no-argument constructor.", e);
        }
    }

    /** A migration from an instance: version and name from @MigrationVersion or the class name. */
    public static Migration of(JavaMigration instance) {
        Class<?> type = instance.getClass();
        long version;
        String name;
        MigrationVersion annotation = type.getAnnotation(MigrationVersion.class);
        Matcher m = CLASS_NAME.matcher(type.getSimpleName());
        if (annotation != null) {
            version = annotation.value();
            name = annotation.name().isEmpty() ? snakeCase(type.getSimpleName()) : annotation.name();
        } else if (m.matches() && m.group(1).length() <= 18) {
            version = Long.parseLong(m.group(1));
            name = m.group(2).toLowerCase(Locale.ROOT);
        } else {
            throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, "Java migration " + type.getName()
                    + " has no version: name the class V<version>_<name> (e.g. V20261122183000_backfill_emails)"
                    + " or annotate it with @MigrationVersion(20261122183000L).");
        }
        if (version < 1 || !name.matches("[a-z0-9_]+")) {
            throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, "Java migration " + type.getName()
                    + " has version " + version + " and name '" + name + "'; versions start at 1 and names use"
                    + " lower-case letters, digits and _.");
        }
        String checksum = Checksums.sha256("java:" + type.getName() + "#" + instance.checksum());
        Script up = script(instance, Direction.UP, checksum);
        Script down = overridesDown(type) ? script(instance, Direction.DOWN, checksum) : null;
        return new Migration(version, name, up, down);
    }

    private static Script script(JavaMigration instance, Direction direction, String checksum) {
        String call = instance.getClass().getName() + "." + direction.dbValue() + "(Context)";
        return new Script(instance.getClass().getSimpleName(), instance.getClass().getName(), "-- Java migration: "
                + call, checksum, Directives.NONE, instance, direction);
    }

    private static boolean overridesDown(Class<?> type) {
        try {
            return type.getMethod("down", JavaMigration.Context.class).getDeclaringClass() != JavaMigration.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static String snakeCase(String className) {
        return className.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** The package a classpath location's Java migrations live in: classpath:db/migration → db.migration. */
    public static List<String> packagesOf(MigrationLocation location) {
        return location.classpath() && !location.path().isEmpty()
                ? List.of(location.path().replace('/', '.')) : List.of();
    }
}
