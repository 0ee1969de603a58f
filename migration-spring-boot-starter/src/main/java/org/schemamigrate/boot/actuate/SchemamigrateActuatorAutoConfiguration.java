package org.schemamigrate.boot.actuate;

import java.util.Optional;
import org.schemamigrate.boot.MigrationStartup;
import org.schemamigrate.boot.SchemamigrateAutoConfiguration;
import org.schemamigrate.core.Migrator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Actuator endpoint {@code migrations} and the {@code migrations} health indicator, only where Actuator is on
 * the classpath. Boot 3 and Boot 4 have different health APIs; exactly one of the two nested classes applies.
 */
@AutoConfiguration(after = SchemamigrateAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnBean(Migrator.class)
public class SchemamigrateActuatorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigrationsEndpoint migrationsEndpoint(Migrator migrator, ObjectProvider<MigrationStartup> startup) {
        // the fleet on request only, never in the health probe: it reads every tenant's history
        return new MigrationsEndpoint(migrator, () -> Optional.ofNullable(startup.getIfAvailable())
                .flatMap(MigrationStartup::fleetStatus));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.AbstractHealthIndicator")
    static class Boot3Health {
        @Bean
        @ConditionalOnMissingBean(name = "migrationsHealthIndicator")
        MigrationHealthIndicator migrationsHealthIndicator(Migrator migrator) {
            return new MigrationHealthIndicator(migrator);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.AbstractHealthIndicator")
    static class Boot4Health {
        @Bean
        @ConditionalOnMissingBean(name = "migrationsHealthIndicator")
        MigrationHealthContributor migrationsHealthIndicator(Migrator migrator) {
            return new MigrationHealthContributor(migrator);
        }
    }
}
