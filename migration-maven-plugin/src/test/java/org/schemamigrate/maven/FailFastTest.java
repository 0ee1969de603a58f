package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
