package org.schemamigrate.diff.desired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }
}
