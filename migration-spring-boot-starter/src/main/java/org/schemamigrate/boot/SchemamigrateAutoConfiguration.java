package org.schemamigrate.boot;

import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.core.JavaMigration;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.UrlDataSource;
import org.schemamigrate.core.event.MigrationListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Applies the migrations at start-up, after the DataSource exists and before JPA and the JDBC templates are
 * created. Class names, not classes, order it: Boot 4 moved these auto-configurations to new modules and
 * packages, and a name that is absent is ignored, so one list serves Boot 3.5 and 4.
 */
@AutoConfiguration(
        afterName = {
                "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"},
        beforeName = {
                "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
                "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
                "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration"})
@ConditionalOnClass(Migrator.class)
@ConditionalOnProperty(prefix = SchemamigrateProperties.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(SchemamigrateProperties.class)
public class SchemamigrateAutoConfiguration {
    /** The bean the EntityManagerFactory and the JDBC templates wait for. */
    public static final String STARTUP_BEAN = "schemamigrateStartup";

    @Bean
    static MigrationDependsOnPostProcessor schemamigrateDependsOnPostProcessor() {
        return new MigrationDependsOnPostProcessor(STARTUP_BEAN);
    }

    @Bean
    @ConditionalOnMissingBean
    MigrationDataSource schemamigrateDataSource(SchemamigrateProperties properties, Environment environment,
                                                ObjectProvider<DataSource> dataSources) {
        String url = properties.getUrl();
        if (url == null && properties.getUser() != null) {
            url = environment.getProperty("spring.datasource.url");
        }
        if (url != null) {
            String user = properties.getUser() != null ? properties.getUser()
                    : environment.getProperty("spring.datasource.username");
            String password = properties.getPassword() != null ? properties.getPassword()
                    : environment.getProperty("spring.datasource.password");
            return new MigrationDataSource(new UrlDataSource(url, user, password));
        }
        DataSource dataSource = dataSources.getIfUnique();
        if (dataSource == null) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "The migrations have no database: the application"
                    + " has no single DataSource. Set spring.datasource.url (or schemamigrate.url with"
                    + " schemamigrate.user and schemamigrate.password), or turn the starter off with"
                    + " schemamigrate.enabled=false.");
        }
        return new MigrationDataSource(dataSource);
    }

    @Bean
    @ConditionalOnMissingBean
    Migrator schemamigrateMigrator(SchemamigrateProperties properties, Environment environment,
                                   MigrationDataSource dataSource, ObjectProvider<MigrationListener> listeners,
                                   ObjectProvider<JavaMigration> javaMigrations,
                                   ObjectProvider<MigratorCustomizer> customizers, ResourceLoader resourceLoader) {
        Migrator.Builder builder = Migrator.builder()
                .dataSource(dataSource.dataSource())
                .location(properties.getLocation())
                // the application's loader (devtools' restart loader included) sees its db/migration and classes
                .classLoader(resourceLoader.getClassLoader())
                .javaPackages(properties.getJavaPackages().toArray(String[]::new))
                .javaMigrations(javaMigrations.orderedStream().toArray(JavaMigration[]::new))
                .schema(properties.getSchema())
                .table(properties.getTable())
                .deployment(deployment(properties, environment))
                .lockTimeout(properties.getLockTimeout())
                .allowDestructive(properties.isAllowDestructive())
                .outOfOrder(properties.isOutOfOrder())
                .singleTransaction(properties.isSingleTransaction())
                .preChecks(properties.isPreChecks())
                .backupDirectory(properties.getBackupDirectory())
                .listener(new StartupLog());
        listeners.orderedStream().forEach(builder::listener);
        customizers.orderedStream().forEach(c -> c.customize(builder));
        return builder.build();
    }

    @Bean(STARTUP_BEAN)
    MigrationStartup schemamigrateStartup(Migrator migrator, MigrationDataSource dataSource,
                                          SchemamigrateProperties properties, Environment environment,
                                          ResourceLoader resourceLoader) {
        // here, not in the beans it takes: those may be the application's own; none of them connects yet
        UnknownProperties.check(environment);
        FleetStartup fleet = FleetStartup.of(properties, dataSource.dataSource(), resourceLoader.getClassLoader());
        warnAboutDdlAuto(environment);
        return new MigrationStartup(migrator, dataSource.dataSource(), properties, fleet);
    }

    /** name:version when both are known; a SNAPSHOT is rebuilt with new migrations under the same version. */
    static String deployment(SchemamigrateProperties properties, Environment environment) {
        if (properties.getDeployment() != null) {
            return properties.getDeployment();
        }
        String name = environment.getProperty("spring.application.name");
        String version = environment.getProperty("spring.application.version");
        if (name == null || version == null || version.toUpperCase(Locale.ROOT).endsWith("-SNAPSHOT")) {
            return null;
        }
        return name + ":" + version;
    }

    private static void warnAboutDdlAuto(Environment environment) {
        for (String key : List.of("spring.jpa.hibernate.ddl-auto", "spring.jpa.properties.hibernate.hbm2ddl.auto")) {
            String value = environment.getProperty(key, "").trim().toLowerCase(Locale.ROOT);
            if (List.of("update", "create", "create-drop", "drop").contains(value)) {
                StartupLog.warn(key + "=" + value + " lets Hibernate change the schema after the migrations ran,"
                        + " so the schema no longer matches the migration history. Set " + key + "=validate (or"
                        + " none) and put schema changes in migrations (mvn migration:diff writes them).");
            }
        }
    }

    /** The DataSource the migrations run on, kept apart so a dedicated one does not become the application's. */
    public record MigrationDataSource(DataSource dataSource) {
    }
}
