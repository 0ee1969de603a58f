package org.schemamigrate.diff.desired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.DiffErrorCode;

class SpringSettingsTest {
    @TempDir
    Path classes;

    @Test
    void profilesDocumentsAndPrecedenceAsSpringBootReadsThem() throws IOException {
        Files.writeString(classes.resolve("application.yml"), """
                spring:
                  profiles.active: prod
                  jpa:
                    properties:
                      hibernate.physical_naming_strategy: com.example.FromProperties
                      hibernate.timezone.default_storage: NORMALIZE
                      hibernate.connection.url: jdbc:never:used
                      hibernate.format_sql: true
                ---
                spring.config.activate.on-profile: prod
                spring.jpa.properties.hibernate.id.db_structure_naming_strategy: legacy
                ---
                spring.config.activate.on-profile: test
                spring.jpa.properties.hibernate.id.db_structure_naming_strategy: single
                """);
        Files.createDirectories(classes.resolve("config"));
        Files.writeString(classes.resolve("config/application.properties"),
                "spring.jpa.hibernate.naming.physical-strategy=com.example.Explicit\n");
        Files.writeString(classes.resolve("application-prod.properties"),
                "spring.jpa.properties.hibernate.timezone.default_storage=NATIVE\n");

        SpringSettings settings = SpringSettings.read(classes, List.of());

        assertThat(settings.profiles()).containsExactly("prod");
        assertThat(settings.files()).containsExactly("application.yml", "config/application.properties",
                "application-prod.properties");
        assertThat(settings.hibernate()).containsOnly(
                entry("hibernate.physical_naming_strategy", "com.example.Explicit"),
                entry("hibernate.timezone.default_storage", "NATIVE"),
                entry("hibernate.id.db_structure_naming_strategy", "legacy"));
        assertThat(SpringSettings.read(classes, List.of("test")).hibernate())
                .containsEntry("hibernate.id.db_structure_naming_strategy", "single")
                .containsEntry("hibernate.timezone.default_storage", "NORMALIZE");
    }

    @Test
    void noFilesNoSettings() {
        SpringSettings settings = SpringSettings.read(classes, List.of());

        assertThat(settings.files()).isEmpty();
        assertThat(settings.hibernate()).isEmpty();
    }

    @Test
    void aBrokenPropertiesFileIsNamed() throws IOException {
        Files.writeString(classes.resolve("application.properties"), "spring.jpa.properties.x=\\u12\n");

        assertThatThrownBy(() -> SpringSettings.read(classes, List.of()))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(DiffErrorCode.SETTINGS_UNREADABLE);
                    assertThat(((FailureDetails.DesiredSchemaFailed) e.details().orElseThrow()).source())
                            .endsWith("application.properties");
                });
    }

    @Test
    void commandLineOverEnvironmentOverProfileFilesWithRelaxedNames() throws IOException {
        Files.writeString(classes.resolve("application.properties"), """
                spring.jpa.hibernate.naming.physical-strategy=com.example.FromFile
                spring.jpa.properties.hibernate.timezone.default_storage=NORMALIZE
                """);
        Files.writeString(classes.resolve("application-prod.yml"),
                "spring.jpa.hibernate.naming.implicit-strategy: com.example.FromProfile\n");
        Map<String, String> env = Map.of("SPRING_PROFILES_ACTIVE", "prod",
                "SPRING_JPA_HIBERNATE_NAMING_PHYSICAL_STRATEGY", "com.example.FromEnv",
                "SPRING_JPA_HIBERNATE_NAMING_IMPLICITSTRATEGY", "com.example.ImplicitFromEnv");

        SpringSettings fromEnv = read(Map.of(), env);
        SpringSettings fromCommandLine = read(Map.of("spring.jpa.hibernate.naming.physicalStrategy",
                "com.example.FromCommandLine", "spring.jpa.properties.hibernate.timezone.default_storage",
                "NATIVE"), env);

        assertThat(fromEnv.profiles()).containsExactly("prod");
        assertThat(fromEnv.hibernate()).containsEntry("hibernate.physical_naming_strategy", "com.example.FromEnv")
                .containsEntry("hibernate.implicit_naming_strategy", "com.example.ImplicitFromEnv")
                .containsEntry("hibernate.timezone.default_storage", "NORMALIZE");
        assertThat(fromEnv.overrides()).containsExactly(
                "environment variable SPRING_JPA_HIBERNATE_NAMING_IMPLICITSTRATEGY",
                "environment variable SPRING_JPA_HIBERNATE_NAMING_PHYSICAL_STRATEGY");
        assertThat(fromCommandLine.hibernate())
                .containsEntry("hibernate.physical_naming_strategy", "com.example.FromCommandLine")
                .containsEntry("hibernate.timezone.default_storage", "NATIVE");
    }

    @Test
    void placeholdersResolveFromPropertiesEnvironmentAndCommandLineWithDefaults() throws IOException {
        Files.writeString(classes.resolve("application.yml"), """
                naming.package: com.example
                spring.jpa:
                  hibernate.naming.physical-strategy: ${naming.package}.${NAMING_CLASS:Default}Strategy
                  properties.hibernate.timezone.default_storage: ${storage.mode:${STORAGE:NORMALIZE}}
                """);

        assertThat(read(Map.of(), Map.of()).hibernate())
                .containsEntry("hibernate.physical_naming_strategy", "com.example.DefaultStrategy")
                .containsEntry("hibernate.timezone.default_storage", "NORMALIZE");
        assertThat(read(Map.of("storage.mode", "NATIVE"), Map.of("NAMING_CLASS", "Env", "STORAGE", "COLUMN"))
                .hibernate())
                .containsEntry("hibernate.physical_naming_strategy", "com.example.EnvStrategy")
                .containsEntry("hibernate.timezone.default_storage", "NATIVE");
        assertThat(read(Map.of(), Map.of("NAMING_PACKAGE", "org.env")).hibernate())
                .containsEntry("hibernate.physical_naming_strategy", "org.env.DefaultStrategy");
    }

    @Test
    void anUnresolvablePlaceholderNamesWhereItIsUsed() throws IOException {
        Files.writeString(classes.resolve("application.properties"),
                "spring.jpa.properties.hibernate.timezone.default_storage=${STORAGE}\n");

        assertThatThrownBy(() -> read(Map.of(), Map.of()))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(DiffErrorCode.SETTINGS_UNREADABLE);
                    assertThat(((FailureDetails.DesiredSchemaFailed) e.details().orElseThrow()).source())
                            .isEqualTo("application.properties");
                });
    }

    @Test
    void importsOfClasspathFileAndRelativeFilesOverrideTheImporter() throws IOException {
        Path workingDirectory = Files.createDirectories(classes.resolve("work"));
        Files.writeString(classes.resolve("application.properties"), """
                spring.config.import=optional:classpath:missing.yml, classpath:jpa/jpa.yml, \
                  optional:file:local.properties
                spring.jpa.hibernate.naming.physical-strategy=com.example.Importer
                """);
        Files.createDirectories(classes.resolve("jpa"));
        Files.writeString(classes.resolve("jpa/jpa.yml"), """
                spring.config.import: naming.properties
                spring.jpa.hibernate.naming.physical-strategy: com.example.Imported
                ---
                spring.config.activate.on-profile: prod
                spring.jpa.properties.hibernate.timezone.default_storage: NATIVE
                """);
        Files.writeString(classes.resolve("jpa/naming.properties"), """
                spring.jpa.hibernate.naming.implicit-strategy=com.example.Relative
                #---
                spring.config.activate.on-profile=prod
                spring.jpa.hibernate.naming.implicit-strategy=com.example.RelativeProd
                """);
        Files.writeString(workingDirectory.resolve("local.properties"),
                "spring.jpa.properties.hibernate.id.db_structure_naming_strategy=legacy\n");
        SettingsSources sources = new SettingsSources(Map.of(), Map.of(), workingDirectory);
        ProjectClasspath project = new ProjectClasspath(classes, List.of(classes));

        SpringSettings settings = SpringSettings.read(project, List.of(), sources);
        SpringSettings prod = SpringSettings.read(project, List.of("prod"), sources);

        assertThat(settings.files()).containsExactly("application.properties", "jpa/jpa.yml",
                "jpa/naming.properties", "work/local.properties");
        assertThat(settings.hibernate()).containsOnly(
                entry("hibernate.physical_naming_strategy", "com.example.Imported"),
                entry("hibernate.implicit_naming_strategy", "com.example.Relative"),
                entry("hibernate.id.db_structure_naming_strategy", "legacy"));
        assertThat(prod.hibernate()).containsEntry("hibernate.implicit_naming_strategy", "com.example.RelativeProd")
                .containsEntry("hibernate.timezone.default_storage", "NATIVE");
    }

    @Test
    void importsTheDesiredSchemaCannotReadAreRefusedByKind() throws IOException {
        Files.writeString(classes.resolve("application.yml"), "spring.config.import: configserver:http://config\n");

        assertThatThrownBy(() -> read(Map.of(), Map.of()))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(DiffErrorCode.SETTINGS_UNREADABLE);
                    assertThat(e.getMessage()).contains("configserver:");
                    assertThat(((FailureDetails.DesiredSchemaFailed) e.details().orElseThrow()).source())
                            .isEqualTo("application.yml");
                });
        Files.writeString(classes.resolve("application.yml"), "spring.config.import: classpath:absent.yml\n");
        assertThatThrownBy(() -> read(Map.of(), Map.of())).isInstanceOfSatisfying(MigrationException.class,
                e -> assertThat(e.code()).isEqualTo(DiffErrorCode.SETTINGS_UNREADABLE));
    }

    @Test
    void withoutAnActiveProfileTheDefaultProfileFilesApply() throws IOException {
        Files.writeString(classes.resolve("application-default.properties"),
                "spring.jpa.properties.hibernate.timezone.default_storage=NATIVE\n");

        assertThat(read(Map.of(), Map.of()).hibernate()).containsEntry("hibernate.timezone.default_storage", "NATIVE");
        assertThat(read(Map.of("spring.profiles.active", "prod"), Map.of()).hibernate()).isEmpty();
    }

    private SpringSettings read(Map<String, String> commandLine, Map<String, String> environment) {
        return SpringSettings.read(new ProjectClasspath(classes, List.of(classes)), List.of(),
                new SettingsSources(commandLine, environment, classes));
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }
}
