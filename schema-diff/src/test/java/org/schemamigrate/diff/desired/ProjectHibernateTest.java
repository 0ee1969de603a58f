package org.schemamigrate.diff.desired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.DiffErrorCode;
import org.schemamigrate.diff.desired.clinic.Prescription;
import org.schemamigrate.diff.desired.HibernateDdlGeneratorTest.BrokenEntity;
import org.schemamigrate.diff.desired.clinicsupport.LocalDateAsTimestamp;

/**
 * A project as Maven hands it over: an output directory with the application's entities and settings, and a
 * runtime classpath with its own Hibernate (6.6 with hibernate-validator, copied to target/hibernate-6.6 by the
 * build) and a library with an auto-applied converter.
 */
class ProjectHibernateTest {
    private static final Path TEST_CLASSES = classesOf(Prescription.class);
    private static final Path HIBERNATE_66 = Paths.get("target", "hibernate-6.6");

    @TempDir
    Path output;
    @TempDir
    Path library;

    private EntityModel model(String naming, String... profiles) {
        return new EntityModel(List.of(), DatabaseKind.POSTGRESQL, null, naming, null, null, List.of(profiles));
    }

    private ProjectClasspath project(boolean withHibernate66) throws IOException {
        copyPackage(Prescription.class, output);
        copyPackage(LocalDateAsTimestamp.class, library);
        List<Path> classpath = new ArrayList<>(List.of(output, library));
        if (withHibernate66) {
            try (Stream<Path> jars = Files.list(HIBERNATE_66)) {
                jars.sorted().forEach(classpath::add);
            }
        }
        return new ProjectClasspath(output, classpath);
    }

    @Test
    void theProjectsOwnHibernateAppliesBeanValidationAndOnlyTheProjectsClassesAreScanned() throws IOException {
        List<String> log = new ArrayList<>();

        DesiredSchema desired = DesiredSchema.fromEntities(project(true), model("jpa"), log::add);

        assertThat(desired.ddl()).contains("issuedOn date", "patient varchar(255) not null", "note varchar(40)",
                "create table Prescription_Medication");
        assertThat(desired.label()).contains("Hibernate 6.6.49.Final (the project's)", "2 JPA classes");
        assertThat(log).anyMatch(line -> line.contains("Hibernate 6.6.49.Final (the project's)")
                && line.contains("Bean Validation applied to DDL: yes"));
    }

    @Test
    void theOldestSupportedHibernate64IsTheProjectsHibernateToo() throws IOException {
        List<Path> classpath = new ArrayList<>(project(true).classpath().stream()
                .filter(jar -> !jar.getFileName().toString().matches("hibernate-(core|commons-annotations)-.*"))
                .toList());
        try (Stream<Path> jars = Files.list(Paths.get("target", "hibernate-6.4"))) {
            jars.sorted().forEach(classpath::add);
        }

        DesiredSchema desired = DesiredSchema.fromEntities(new ProjectClasspath(output, classpath), model("jpa"),
                line -> { });

        assertThat(desired.label()).contains("Hibernate 6.4.10.Final (the project's)", "Bean Validation");
        // @Size applies; Hibernate 6.4 itself leaves a @NotBlank column nullable (6.6 and 7.x make it NOT NULL)
        assertThat(desired.ddl()).contains("issuedOn date", "note varchar(40)", "patient varchar(255),",
                "create table Prescription_Medication");
    }

    @Test
    void theProjectsHibernateGeneratesForMariaDbToo() throws IOException {
        EntityModel mariadb = new EntityModel(List.of(), DatabaseKind.MARIADB, null, "spring", null, null);

        String ddl = DesiredSchema.fromEntities(project(true), mariadb, line -> { }).ddl();

        assertThat(ddl).contains("issued_on date", "patient varchar(255) not null",
                "create table prescription_medications");
    }

    @Test
    void withoutHibernateInTheProjectTheBundledOneIsUsed() throws IOException {
        List<String> log = new ArrayList<>();

        DesiredSchema desired = DesiredSchema.fromEntities(project(false), model("spring"), log::add);

        assertThat(desired.label()).contains("Hibernate 7.", "(bundled)");
        assertThat(desired.ddl()).contains("issued_on date", "create table prescription_medications")
                .doesNotContain("patient varchar(255) not null");
        assertThat(log).anyMatch(line -> line.startsWith("Hibernate: Hibernate 7.") && line.contains("(bundled)")
                && line.endsWith("Bean Validation applied to DDL: no (no validator on the classpath)"));
    }

    @Test
    void springNamingAndHibernateSettingsComeFromTheApplicationsProfileSettings() throws IOException {
        ProjectClasspath project = project(true);
        Files.writeString(output.resolve("application.yml"), """
                spring:
                  profiles:
                    active: strict
                  jpa:
                    hibernate:
                      naming:
                        implicit-strategy: org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl
                """);
        Files.writeString(output.resolve("application-strict.properties"),
                "spring.jpa.properties.hibernate.validator.apply_to_ddl=false\n");
        List<String> log = new ArrayList<>();

        String ddl = DesiredSchema.fromEntities(project, model(null), log::add).ddl();

        assertThat(ddl).contains("create table prescription_medication", "issued_on date")
                .doesNotContain("patient varchar(255) not null");
        assertThat(log).contains("Settings: application.yml, application-strict.properties (profiles strict)");
        assertThat(log).anyMatch(line -> line.endsWith("Bean Validation applied to DDL: no (switched off in the settings)"));
        String other = DesiredSchema.fromEntities(project, model(null, "other"), line -> { }).ddl();
        assertThat(other).contains("patient varchar(255) not null");
    }

    @Test
    void anEnvironmentVariableOrSystemPropertyOverridesTheFilesLikeBootDoes() throws IOException {
        ProjectClasspath project = project(true);
        Files.writeString(output.resolve("application.properties"), "spring.config.import=optional:classpath:jpa.yml\n");
        Files.writeString(output.resolve("jpa.yml"), """
                spring.jpa.hibernate.naming.physical-strategy: ${PHYSICAL:${naming.physical-default}}
                naming.physical-default: org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy
                """);
        String standard = "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl";
        String snake = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
        List<String> log = new ArrayList<>();

        String fromFiles = ddl(project, Map.of(), Map.of(), line -> { });
        String fromEnv = ddl(project, Map.of(), Map.of("SPRING_JPA_HIBERNATE_NAMING_PHYSICAL_STRATEGY", standard),
                log::add);
        String fromPlaceholder = ddl(project, Map.of(), Map.of("PHYSICAL", standard), line -> { });
        String fromCommandLine = ddl(project, Map.of("spring.jpa.hibernate.naming.physical-strategy", snake),
                Map.of("SPRING_JPA_HIBERNATE_NAMING_PHYSICAL_STRATEGY", standard), line -> { });

        assertThat(fromFiles).contains("create table prescription_medications", "issued_on date");
        assertThat(fromEnv).contains("create table Prescription_medications", "issuedOn date");
        assertThat(fromPlaceholder).contains("create table Prescription_medications");
        assertThat(fromCommandLine).contains("create table prescription_medications");
        assertThat(log).anyMatch(line -> line.startsWith("Settings: application.properties, jpa.yml")
                && line.contains("also environment variable SPRING_JPA_HIBERNATE_NAMING_PHYSICAL_STRATEGY"));
    }

    @Test
    void aPersistenceUnitTakesHibernatePropertiesThenSystemPropertiesThenItsOwnButNoSpringSettings()
            throws IOException {
        ProjectClasspath project = project(false);
        Files.createDirectories(output.resolve("META-INF"));
        Files.writeString(output.resolve("META-INF/persistence.xml"), """
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
                  <persistence-unit name="clinic">
                    <class>org.schemamigrate.diff.desired.clinic.Prescription</class>
                    <class>org.schemamigrate.diff.desired.clinic.Medication</class>
                    <exclude-unlisted-classes>true</exclude-unlisted-classes>
                  </persistence-unit>
                  <persistence-unit name="snake">
                    <class>org.schemamigrate.diff.desired.clinic.Prescription</class>
                    <class>org.schemamigrate.diff.desired.clinic.Medication</class>
                    <exclude-unlisted-classes>true</exclude-unlisted-classes>
                    <properties>
                      <property name="hibernate.physical_naming_strategy"
                                value="org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"/>
                    </properties>
                  </persistence-unit>
                </persistence>
                """);
        Files.writeString(output.resolve("hibernate.properties"), """
                hibernate.physical_naming_strategy=org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy
                hibernate.connection.url=jdbc:postgresql://production.invalid/clinic
                """);
        Files.writeString(output.resolve("application.properties"),
                "spring.jpa.hibernate.naming.physical-strategy=com.example.NeverLoaded\n");
        String standard = "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl";
        List<String> log = new ArrayList<>();

        String plain = unitDdl(project, "clinic", Map.of(), log::add);
        String fromSystem = unitDdl(project, "clinic", Map.of("hibernate.physical_naming_strategy", standard),
                l -> { });
        String unitWins = unitDdl(project, "snake", Map.of("hibernate.physical_naming_strategy", standard), l -> { });

        assertThat(plain).contains("create table prescription_medication ", "issued_on date");
        assertThat(fromSystem).contains("create table Prescription_Medication ", "issuedOn date");
        assertThat(unitWins).contains("create table prescription_medication ");
        assertThat(log).contains("Settings: persistence unit clinic; beneath it hibernate.properties");
    }

    private String unitDdl(ProjectClasspath project, String unit, Map<String, String> systemProperties,
                           java.util.function.Consumer<String> log) {
        EntityModel model = new EntityModel(List.of(), DatabaseKind.POSTGRESQL, null, null, null, unit, List.of(),
                new SettingsSources(systemProperties, Map.of(), output));
        return DesiredSchema.fromEntities(project, model, log).ddl();
    }

    private static String ddl(ProjectClasspath project, Map<String, String> commandLine,
                              Map<String, String> environment, java.util.function.Consumer<String> log) {
        EntityModel model = new EntityModel(List.of(), DatabaseKind.POSTGRESQL, null, null, null, null, List.of(),
                new SettingsSources(commandLine, environment, project.outputDirectory()));
        return DesiredSchema.fromEntities(project, model, log).ddl();
    }

    @Test
    void anUnparsableSettingsFileIsNamedWithItsLineBeforeHibernateLoads() throws IOException {
        ProjectClasspath project = project(true);
        Files.writeString(output.resolve("application.yml"), "spring:\n  jpa:\n    properties: [unclosed\n");

        assertThatThrownBy(() -> DesiredSchema.fromEntities(project, model(null), line -> { }))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(DiffErrorCode.SETTINGS_UNREADABLE);
                    FailureDetails.DesiredSchemaFailed details = (FailureDetails.DesiredSchemaFailed) e.details()
                            .orElseThrow();
                    assertThat(details.source()).endsWith("application.yml");
                    assertThat(details.line()).isEqualTo(4);
                });
    }

    @Test
    void aHibernateThatCannotLoadIsAClearError() throws IOException {
        ProjectClasspath complete = project(true);
        List<Path> broken = complete.classpath().stream()
                .filter(p -> !p.getFileName().toString().startsWith("jboss-logging")).toList();

        assertThatThrownBy(() -> DesiredSchema.fromEntities(new ProjectClasspath(output, broken), model(null),
                line -> { }))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(DiffErrorCode.HIBERNATE_UNUSABLE));
    }

    @Test
    void anEntityThatFailsToBootstrapIsNamed() throws IOException {
        ProjectClasspath project = project(true);
        copyPackage(BrokenEntity.class, output);

        assertThatThrownBy(() -> HibernateDdlGenerator.createDdl(HibernateRuntime.forProject(project.classpath()),
                new PersistenceUnit(null, List.of(BrokenEntity.class.getName()), List.of(), java.util.Map.of()),
                model(null)))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(DiffErrorCode.ENTITY_REJECTED);
                    assertThat(((FailureDetails.DesiredSchemaFailed) e.details().orElseThrow()).source())
                            .isEqualTo(BrokenEntity.class.getName());
                });
    }

    /** Copies the class files of {@code type}'s package (not sub-packages) into {@code root}. */
    private static void copyPackage(Class<?> type, Path root) throws IOException {
        String folder = type.getPackageName().replace('.', '/');
        Path from = TEST_CLASSES.resolve(folder);
        Path to = Files.createDirectories(root.resolve(folder));
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String binaryName = type.getName().substring(type.getPackageName().length() + 1);
                if (type != BrokenEntity.class || file.getFileName().toString().startsWith(binaryName)) {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
        }
    }

    private static Path classesOf(Class<?> type) {
        try {
            return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
