package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import javax.tools.ToolProvider;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.DiffErrorCode;

/**
 * Settings that cannot work fail before any database starts (the dev URL below points at a closed port, so a goal
 * that got as far as connecting would fail with another message), and the sandbox is never the silent fallback
 * for a URL that was configured but came out empty.
 */
class FailFastTest {
    private static final String CLOSED_PORT = "jdbc:postgresql://127.0.0.1:1/none";

    @TempDir
    Path temp;

    private <T extends MigrationMojo> T goal(T mojo) {
        mojo.dir = temp.resolve("migrations").toFile();
        mojo.sandboxDir = temp.resolve("sandbox").toFile();
        mojo.javaPackages = "db.migration";
        mojo.format = "text";
        mojo.versioning = "timestamp";
        mojo.from = "migrations";
        mojo.ddlLockTimeout = "5s";
        mojo.devUrl = CLOSED_PORT;
        mojo.setLog(new CapturingLog(false));
        return mojo;
    }

    @Test
    void diffWithoutANameFailsBeforeTheDevDatabase() {
        assertThatThrownBy(goal(new DiffMojo())::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("migration:diff needs a name for the new migration");
    }

    @Test
    void badDiffSettingsFailBeforeTheDevDatabase() {
        DiffMojo diff = goal(new DiffMojo());
        diff.name = "x";
        diff.from = "branch";
        assertThatThrownBy(diff::execute).hasMessageStartingWith("migration.from must be migrations or database");
        diff.from = "migrations";
        diff.ddlLockTimeout = "soon";
        assertThatThrownBy(diff::execute).hasMessageContaining("migration.ddlLockTimeout");
        diff.ddlLockTimeout = "5s";
        diff.devServerIdle = "-PT1M";
        assertThatThrownBy(diff::execute).hasMessageContaining("migration.devServerIdle must not be negative");
        diff.devServerIdle = "a while";
        assertThatThrownBy(diff::execute).hasMessageContaining("migration.devServerIdle");
        diff.devServerIdle = null;
        diff.desired = new File(temp.toFile(), "missing.sql");
        assertThatThrownBy(diff::execute).hasMessageContaining("migration.desired names");
    }

    @Test
    void packagesWithoutEntitiesNameThePackagesThatHaveThem() {
        CheckMojo check = goal(new CheckMojo());
        check.project = new MavenProject();
        check.project.getBuild().setOutputDirectory(new File("target/test-classes").getAbsolutePath());
        check.packages = "org.schemamigrate.maven.entitys";
        assertThatThrownBy(check::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("No JPA entities in packages org.schemamigrate.maven.entitys")
                .hasMessageContaining("found entities in org.schemamigrate.maven.entities");
    }

    @Test
    void aConfiguredButEmptyUrlNeverFallsBackToTheSandbox() {
        VersionMojo version = goal(new VersionMojo());
        version.given = Set.of("migration.url");
        assertThatThrownBy(version::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith(ConnectionOptions.NO_URL);
        version.given = Set.of();
        version.url = "${env.MIGRATION_URL_NOT_SET}";
        assertThatThrownBy(version::execute).hasMessageStartingWith(ConnectionOptions.NO_URL);
    }

    @Test
    void requireUrlRefusesTheSandbox() {
        UpMojo up = goal(new UpMojo());
        up.requireUrl = true;
        assertThatThrownBy(up::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith(ConnectionOptions.NO_URL).hasMessageContaining("migration.requireUrl");
    }

    @Test
    void anEntityHibernateRejectsFailsTheDiffBeforeTheDevDatabaseAndWritesNothing() throws Exception {
        Path sources = Files.createDirectories(temp.resolve("src/broken"));
        Files.writeString(sources.resolve("NoId.java"),
                "package broken; @jakarta.persistence.Entity public class NoId { String name; }");
        Path classes = Files.createDirectories(temp.resolve("classes"));
        String jpa = Paths.get(jakarta.persistence.Entity.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).toString();
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-classpath", jpa, sources.resolve("NoId.java").toString())).isZero();
        DiffMojo diff = goal(new DiffMojo());
        diff.name = "never_written";
        diff.project = new MavenProject();
        diff.project.getBuild().setOutputDirectory(classes.toString());

        MojoFailureException e = catchThrowableOfType(diff::execute, MojoFailureException.class);

        // the dev URL is a closed port: a goal that had reached the database would fail with another code
        assertThat(e.getCause()).isInstanceOfSatisfying(MigrationException.class,
                cause -> assertThat(cause.code()).isEqualTo(DiffErrorCode.ENTITY_REJECTED));
        assertThat(((CapturingLog) diff.getLog()).text()).doesNotContain("Dev database:");
        assertThat(temp.resolve("migrations")).doesNotExist();
    }
}
