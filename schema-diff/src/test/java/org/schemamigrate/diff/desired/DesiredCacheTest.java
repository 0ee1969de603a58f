package org.schemamigrate.diff.desired;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.desired.clinic.Medication;
import org.schemamigrate.diff.desired.clinic.Prescription;
import org.schemamigrate.diff.desired.clinicsupport.LocalDateAsTimestamp;
import org.schemamigrate.diff.desired.shop.Customer;

/**
 * The desired-schema cache gives exactly what Hibernate gives, and a changed class, setting, model option or
 * classpath jar is a miss.
 */
class DesiredCacheTest {
    private static final EntityModel MODEL = new EntityModel(List.of(), DatabaseKind.POSTGRESQL, null, null, null,
            null);

    @TempDir
    Path output;
    @TempDir
    Path cache;
    @TempDir
    Path jars;

    private final List<String> log = new ArrayList<>();

    private DesiredSchema cached(ProjectClasspath project, EntityModel model) {
        log.clear();
        return DesiredCache.fromEntities(project, model, log::add, cache);
    }

    private boolean reused() {
        return log.stream().anyMatch(line -> line.startsWith("Desired schema reused from"));
    }

    @Test
    void aHitIsWhatHibernateGivesAndEveryInputInvalidatesIt() throws IOException {
        copy(Prescription.class, output);
        copy(Medication.class, output);
        copy(LocalDateAsTimestamp.class, output);
        ProjectClasspath project = new ProjectClasspath(output, List.of(output));

        DesiredSchema first = cached(project, MODEL);
        assertThat(reused()).isFalse();
        List<String> generationLog = List.copyOf(log);
        DesiredSchema hit = cached(project, MODEL);
        assertThat(reused()).isTrue();
        assertThat(log).containsAll(generationLog);
        DesiredSchema uncached = DesiredSchema.fromEntities(project, MODEL, line -> { });
        assertThat(hit).isEqualTo(first).isEqualTo(uncached);

        // more entity classes
        copyPackage(Customer.class, output);
        DesiredSchema moreClasses = cached(project, MODEL);
        assertThat(reused()).isFalse();
        assertThat(moreClasses.ddl()).contains("customer").isEqualTo(DesiredSchema.fromEntities(project, MODEL,
                line -> { }).ddl());
        cached(project, MODEL);
        assertThat(reused()).isTrue();

        // a new migration pair copied from src/main/resources is no input of Hibernate's
        Files.createDirectories(output.resolve("db/migration"));
        Files.writeString(output.resolve("db/migration/2_next.up.sql"), "ALTER TABLE customer ADD x int;");
        Files.writeString(output.resolve("db/migration/2_next.down.sql"), "ALTER TABLE customer DROP x;");
        Files.writeString(output.resolve("db/migration/migration.sum"), "h1:abc\n");
        cached(project, MODEL);
        assertThat(reused()).as("migration files do not invalidate").isTrue();

        // a setting the application reads
        Files.writeString(output.resolve("application.properties"),
                "spring.jpa.hibernate.naming.physical-strategy="
                        + "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl\n");
        DesiredSchema renamed = cached(project, MODEL);
        assertThat(reused()).isFalse();
        assertThat(renamed.ddl()).isEqualTo(DesiredSchema.fromEntities(project, MODEL, line -> { }).ddl())
                .isNotEqualTo(moreClasses.ddl());

        // a model option (the server version Hibernate is told)
        cached(project, new EntityModel(List.of(), DatabaseKind.POSTGRESQL, "13", null, null, null));
        assertThat(reused()).isFalse();
        cached(project, MODEL);
        assertThat(reused()).as("only the latest result is kept").isFalse();
    }

    /**
     * Each goal is a new JVM: the key must not depend on what differs between two JVMs (the order of an unordered
     * map's print, unrelated system properties), or every goal misses.
     */
    @Test
    void anotherJvmWithTheSameInputsComputesTheSameKey() throws Exception {
        copy(Prescription.class, output);
        copy(Medication.class, output);
        copy(LocalDateAsTimestamp.class, output);
        String here = DesiredCache.key(new ProjectClasspath(output, List.of(output)), MODEL);
        assertThat(keyInAnotherJvm()).isEqualTo(keyInAnotherJvm()).isEqualTo(here);
    }

    @Test
    void onlyTheSettingsSpringAndHibernateReadChangeTheKey() {
        ProjectClasspath project = new ProjectClasspath(output, List.of(output));
        String plain = DesiredCache.key(project, withCommandLine(Map.of()));
        assertThat(DesiredCache.key(project, withCommandLine(Map.of("user.timezone", "UTC", "maven.repo", "x"))))
                .isEqualTo(plain);
        assertThat(DesiredCache.key(project, withCommandLine(Map.of("spring.jpa.properties.hibernate.default_schema",
                "sales")))).isNotEqualTo(plain);
        assertThat(DesiredCache.key(project, withCommandLine(Map.of("hibernate.globally_quoted_identifiers",
                "true")))).isNotEqualTo(plain);
    }

    private static EntityModel withCommandLine(Map<String, String> commandLine) {
        return new EntityModel(List.of(), DatabaseKind.POSTGRESQL, null, null, null, null, List.of(),
                new SettingsSources(commandLine, Map.of(), null));
    }

    private String keyInAnotherJvm() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                KeyInAnotherJvm.class.getName(), output.toString()).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes()).strip();
        assertThat(process.waitFor()).as(printed).isZero();
        return printed;
    }

    /** The key of the project in {@code args[0]}, printed by a JVM of its own. */
    public static final class KeyInAnotherJvm {
        public static void main(String[] args) {
            Path output = Path.of(args[0]);
            System.out.print(DesiredCache.key(new ProjectClasspath(output, List.of(output)), MODEL));
        }
    }

    @Test
    void aChangedJarOnTheClasspathIsAMiss() throws IOException {
        copy(Prescription.class, output);
        copy(Medication.class, output);
        copy(LocalDateAsTimestamp.class, output);
        Path jar = Files.write(jars.resolve("lib.jar"), new byte[] {1, 2, 3});
        ProjectClasspath project = new ProjectClasspath(output, List.of(output, jar));
        String before = DesiredCache.key(project, MODEL);
        assertThat(DesiredCache.key(project, MODEL)).isEqualTo(before);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertThat(DesiredCache.key(project, MODEL)).isNotEqualTo(before);
    }

    @Test
    void anUnreadableCacheFileIsGeneratedAgain() throws IOException {
        copy(Prescription.class, output);
        copy(Medication.class, output);
        copy(LocalDateAsTimestamp.class, output);
        ProjectClasspath project = new ProjectClasspath(output, List.of(output));
        Files.writeString(DesiredCache.file(cache), "key=" + DesiredCache.key(project, MODEL) + "\n");
        DesiredSchema regenerated = cached(project, MODEL);
        assertThat(reused()).isFalse();
        assertThat(regenerated).isEqualTo(DesiredSchema.fromEntities(project, MODEL, line -> { }));
    }

    private static void copyPackage(Class<?> type, Path root) throws IOException {
        try {
            Path classes = Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path folder = classes.resolve(type.getPackageName().replace('.', '/'));
            Files.createDirectories(root.resolve(classes.relativize(folder)));
            try (var files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    Files.copy(file, root.resolve(classes.relativize(file)));
                }
            }
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Class<?> type, Path root) throws IOException {
        String file = type.getName().replace('.', '/') + ".class";
        Path target = root.resolve(file);
        Files.createDirectories(target.getParent());
        try {
            Path classes = Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            Files.copy(classes.resolve(file), target);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
