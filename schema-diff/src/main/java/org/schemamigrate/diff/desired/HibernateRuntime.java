package org.schemamigrate.diff.desired;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.DiffErrorCode;
import org.schemamigrate.diff.desired.bridge.HibernateBridge;

/**
 * The Hibernate that generates the DDL, and the class loader the entities are loaded with. The project's own
 * hibernate-core when its runtime classpath has one, in a class loader of its own (parent: the platform loader,
 * so nothing of the plugin mixes in); otherwise the bundled Hibernate. Either way the bridge classes
 * ({@code desired.bridge}) are defined next to that Hibernate from their class files, and called reflectively.
 *
 * @param loader      loads Hibernate, the entities and the bridge
 * @param version     Hibernate's version string, e.g. "6.6.49.Final"
 * @param fromProject whether it is the project's own Hibernate (false: the bundled one)
 */
public record HibernateRuntime(ClassLoader loader, String version, boolean fromProject) implements AutoCloseable {
    private static final String BRIDGE_PACKAGE = HibernateBridge.class.getPackageName() + ".";
    private static final String HIBERNATE_CLASS = "org/hibernate/Version.class";
    private static final String LOGGING_PROVIDER = "org.jboss.logging.provider";
    private static final Logger HIBERNATE_LOGGER = Logger.getLogger("org.hibernate");
    // warnings that are expected here: no connection (on purpose), a service file seen twice across loaders
    private static final List<Logger> EXPECTED_WARNINGS = List.of(
            Logger.getLogger("org.hibernate.engine.jdbc.connections"),
            Logger.getLogger("org.hibernate.orm.connection"),
            Logger.getLogger("org.hibernate.orm.connections"),
            Logger.getLogger("org.hibernate.boot.registry.classloading"));
    private static final List<String> PROBES = List.of("org.hibernate.boot.registry.StandardServiceRegistryBuilder",
            "org.hibernate.boot.MetadataSources", "org.hibernate.internal.SessionFactoryImpl");
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+).*");

    /** Over a project's runtime classpath: its own Hibernate if it has one, else the bundled one. Close it after. */
    public static HibernateRuntime forProject(List<Path> classpath) {
        URL[] urls = urls(classpath);
        URLClassLoader isolated = new URLClassLoader("project", urls, ClassLoader.getPlatformClassLoader());
        URL hibernate = isolated.getResource(HIBERNATE_CLASS);
        boolean own = hibernate != null;
        URLClassLoader loader = own ? isolated
                : new URLClassLoader("project", urls, HibernateRuntime.class.getClassLoader());
        // its logging starts with its first classes: quiet from here on
        String previousProvider = quietLogging(own);
        try {
            return of(new BridgeLoader(loader, loader), own, hibernate);
        } catch (RuntimeException e) {
            closeQuietly(loader);
            throw e;
        } finally {
            restore(LOGGING_PROVIDER, previousProvider);
            if (!own) {
                closeQuietly(isolated);
            }
        }
    }

    /** The Hibernate a given loader already sees (tests, callers with a class loader of their own). */
    public static HibernateRuntime over(ClassLoader loader) {
        return of(new BridgeLoader(loader, null), false, null);
    }

    private static HibernateRuntime of(ClassLoader loader, boolean fromProject, URL jar) {
        String version;
        try {
            version = (String) bridge(loader).getMethod("version").invoke(null);
            // the classes a boot needs first, with their static logging: a missing dependency shows here
            for (String probe : PROBES) {
                Class.forName(probe, true, loader);
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            Throwable cause = e instanceof InvocationTargetException t ? t.getCause() : e;
            throw new MigrationException(DiffErrorCode.HIBERNATE_UNUSABLE, "The project's Hibernate ("
                    + (jar == null ? "bundled" : jar) + ") cannot be loaded: " + cause + ". Check the project's"
                    + " hibernate-core dependency (mvn dependency:tree); nothing was started.",
                    new FailureDetails.DesiredSchemaFailed(String.valueOf(jar), 0), cause);
        }
        Matcher m = VERSION.matcher(version == null ? "" : version);
        if (!m.matches() || Integer.parseInt(m.group(1)) < 6
                || Integer.parseInt(m.group(1)) == 6 && Integer.parseInt(m.group(2)) < 4) {
            throw new MigrationException(DiffErrorCode.HIBERNATE_UNUSABLE, "The project runs Hibernate " + version
                    + "; DDL generation supports Hibernate 6.4 and newer (7.x included). Upgrade hibernate-core,"
                    + " or give the desired schema as a SQL file with migration.desired. Nothing was started.",
                    new FailureDetails.DesiredSchemaFailed("hibernate-core " + version, 0), null);
        }
        return new HibernateRuntime(loader, version, fromProject);
    }

    /** Closes the project's class loader (its jar files), when this runtime opened it. */
    @Override
    public void close() {
        if (loader instanceof BridgeLoader bridge && bridge.owned != null) {
            closeQuietly(bridge.owned);
        }
    }

    private static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            // only open jar files are left behind; nothing to tell the user
        }
    }

    /** "Hibernate 6.6.49.Final (the project's)" or "… (bundled)". */
    public String label() {
        return "Hibernate " + version + (fromProject ? " (the project's)" : " (bundled)");
    }

    /** Whether a Bean Validation provider is on the classpath Hibernate sees. */
    boolean hasValidator() {
        return loader.getResource("META-INF/services/jakarta.validation.spi.ValidationProvider") != null;
    }

    /** Whether a class of that name can be loaded, e.g. a naming strategy named in the settings. */
    boolean hasClass(String name) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * The create script, from {@link HibernateBridge#createScript}. Hibernate's exceptions come back as they
     * are (the caller names the entity); the context class loader is Hibernate's while it runs.
     */
    String createScript(List<String> classNames, List<String> mappingFiles, Map<String, Object> settings) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        String previousProvider = quietLogging(fromProject);
        try {
            Method create = bridge(loader).getMethod("createScript", ClassLoader.class, List.class, List.class,
                    Map.class);
            return (String) create.invoke(null, loader, classNames, mappingFiles, settings);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The Hibernate bridge cannot be called: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
            restore(LOGGING_PROVIDER, previousProvider);
        }
    }

    /**
     * The project's Hibernate logs through what the project has (often Logback, which prints DEBUG when it finds
     * no configuration): it is pointed at java.util.logging while it loads, and only its warnings are shown.
     */
    private static String quietLogging(boolean fromProject) {
        HIBERNATE_LOGGER.setLevel(Level.WARNING);
        EXPECTED_WARNINGS.forEach(logger -> logger.setLevel(Level.SEVERE));
        if (!fromProject) {
            return System.getProperty(LOGGING_PROVIDER);
        }
        return System.setProperty(LOGGING_PROVIDER, "jdk");
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    private static Class<?> bridge(ClassLoader loader) throws ClassNotFoundException {
        return Class.forName(HibernateBridge.class.getName(), true, loader);
    }

    private static URL[] urls(List<Path> classpath) {
        List<URL> urls = new ArrayList<>();
        for (Path element : classpath) {
            try {
                urls.add(element.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new MigrationException(CoreErrorCode.CONFIGURATION, "Bad classpath element " + element + ": "
                        + e.getMessage(), e);
            }
        }
        return urls.toArray(URL[]::new);
    }

    /** Defines the bridge classes itself, from this library's class files; everything else comes from the parent. */
    private static final class BridgeLoader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final URLClassLoader owned;

        BridgeLoader(ClassLoader parent, URLClassLoader owned) {
            super("hibernate-bridge", parent);
            this.owned = owned;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(BRIDGE_PACKAGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    byte[] bytes = classFile(name);
                    loaded = defineClass(name, bytes, 0, bytes.length);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        private static byte[] classFile(String name) throws ClassNotFoundException {
            String resource = name.replace('.', '/') + ".class";
            try (InputStream in = HibernateRuntime.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
