package org.schemamigrate.diff.desired.bridge;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Runs inside the class loader of the Hibernate that generates the DDL (the project's own, or the bundled one).
 * It is defined there from this class file, so it may use only JDK, Hibernate and Jakarta types, and only API
 * that Hibernate 6.4 to 7.x all have. Every class of this package follows the same rule.
 */
public final class HibernateBridge {
    private HibernateBridge() {
    }

    /** The version of the Hibernate this class was defined against, e.g. "6.6.49.Final". */
    public static String version() {
        return org.hibernate.Version.getVersionString();
    }

    /**
     * The create script Hibernate writes for the classes and mapping files under the given settings. A session
     * factory is built (and closed at once) because that is where Hibernate's integrators run, Bean Validation's
     * DDL constraints among them; the settings must keep it from ever connecting.
     */
    public static String createScript(ClassLoader loader, List<String> classNames, List<String> mappingFiles,
                                      Map<String, Object> settings) {
        StringWriter script = new StringWriter();
        Map<String, Object> all = new HashMap<>(settings);
        all.put("jakarta.persistence.schema-generation.scripts.create-target", script);
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder(bootstrap);
        // Hibernate's Environment (hibernate.properties, system properties) arrives unfiltered and could connect or
        // pick a dialect; the caller passed on what of it shapes DDL
        builder.getSettings().clear();
        StandardServiceRegistry registry = builder.applySettings(all).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (String name : classNames) {
                sources.addAnnotatedClassName(name);
            }
            for (String file : mappingFiles) {
                sources.addResource(file);
            }
            Metadata metadata = sources.buildMetadata();
            SessionFactory factory = metadata.buildSessionFactory();
            factory.close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
        return script.toString();
    }
}
