package org.schemamigrate.boot.test;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Reads {@link EmbeddedMigrationDatabase} and gives each new test context its own database. The customizer is
 * part of Spring's context cache key, so test classes with the same configuration share one context and database.
 */
final class EmbeddedMigrationDatabaseCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        EmbeddedMigrationDatabase annotation =
                TestContextAnnotationUtils.findMergedAnnotation(testClass, EmbeddedMigrationDatabase.class);
        return annotation == null ? null : new Customizer(annotation.value());
    }

    private record Customizer(EmbeddedServers.Kind kind) implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            EmbeddedServers.Database db = EmbeddedServers.fresh(kind);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embeddedMigrationDatabase",
                    Map.of("spring.datasource.url", db.url(), "spring.datasource.username", db.user(),
                            "spring.datasource.password", db.password())));
        }
    }
}
