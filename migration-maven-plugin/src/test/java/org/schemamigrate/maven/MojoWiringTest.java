package org.schemamigrate.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameter wiring through Maven's own configurator (maven-plugin-testing-harness), without a database. */
@MojoTest
class MojoWiringTest {
    private static final String POM = "src/test/resources/wiring/pom.xml";

    @TempDir
    Path temp;

    @Test
    @InjectMojo(goal = "up", pom = POM)
    void sharedAndUpParametersReachTheGoal(UpMojo mojo) throws Exception {
        assertThat((String) getVariableValueFromObject(mojo, "url")).isEqualTo("jdbc:postgresql://db.example.com/shop");
        assertThat((String) getVariableValueFromObject(mojo, "user")).isEqualTo("deployer");
        assertThat((String) getVariableValueFromObject(mojo, "serverId")).isEqualTo("prod-db");
        assertThat((File) getVariableValueFromObject(mojo, "dir")).hasName("wiring-migrations");
        assertThat((String) getVariableValueFromObject(mojo, "schema")).isEqualTo("app");
        assertThat((String) getVariableValueFromObject(mojo, "table")).isEqualTo("schema_history");
        assertThat((String) getVariableValueFromObject(mojo, "lockTimeout")).isEqualTo("45s");
        assertThat((Boolean) getVariableValueFromObject(mojo, "outOfOrder")).isTrue();
        assertThat((Integer) getVariableValueFromObject(mojo, "steps")).isEqualTo(2);
        assertThat((String) getVariableValueFromObject(mojo, "to")).isEqualTo("7");
        assertThat((Boolean) getVariableValueFromObject(mojo, "dryRun")).isTrue();
    }

    @Test
    @InjectMojo(goal = "down", pom = POM)
    @MojoParameter(name = "backup", value = "true")
    @MojoParameter(name = "preChecks", value = "false")
    void downTakesTheSafetyOptions(DownMojo mojo) throws Exception {
        assertThat((Boolean) getVariableValueFromObject(mojo, "backup")).isTrue();
        assertThat((Boolean) getVariableValueFromObject(mojo, "preChecks")).isFalse();
        assertThat(RunOptions.backupDirectory(Path.of("target", "migration-backups"),
                java.time.Instant.parse("2026-11-22T23:05:09Z")))
                .isEqualTo(Path.of("target", "migration-backups", "20261122-230509"));
    }

    @Test
    @InjectMojo(goal = "down", pom = POM)
    @MojoParameter(name = "steps", value = "3")
    void downTakesStepsAndDryRun(DownMojo mojo) throws Exception {
        assertThat((Integer) getVariableValueFromObject(mojo, "steps")).isEqualTo(3);
        assertThat(mojo.dryRun).isTrue();
    }

    @Test
    @InjectMojo(goal = "up", pom = POM)
    @MojoParameter(name = "deployment", value = "release-42")
    @MojoParameter(name = "singleTransaction", value = "true")
    void upTakesADeploymentAndSingleTransaction(UpMojo mojo) throws Exception {
        assertThat((String) getVariableValueFromObject(mojo, "deployment")).isEqualTo("release-42");
        assertThat((Boolean) getVariableValueFromObject(mojo, "singleTransaction")).isTrue();
    }

    @Test
    @InjectMojo(goal = "down", pom = POM)
    @MojoParameter(name = "batch", value = "last")
    void downLastBatchCannotBeCombinedWithSteps(DownMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "serverId", null);
        setVariableValueToObject(mojo, "url", "jdbc:postgresql://127.0.0.1:1/none");
        setVariableValueToObject(mojo, "to", null);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Give either -Dmigration.batch=last or -Dsteps, not both");
    }

    @Test
    @InjectMojo(goal = "force", pom = POM)
    void forceAndBaselineTakeAVersion(ForceMojo mojo) throws Exception {
        assertThat((String) getVariableValueFromObject(mojo, "version")).isEqualTo("5");
    }

    @Test
    @InjectMojo(goal = "status", pom = POM)
    void statusTakesAFormat(StatusMojo mojo) throws Exception {
        assertThat((String) getVariableValueFromObject(mojo, "format")).isEqualTo("json");
    }

    @Test
    @InjectMojo(goal = "create", pom = POM)
    void createWritesThePairWhereConfigured(CreateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "dir", temp.toFile());
        Files.writeString(temp.resolve("0041_existing.up.sql"), "");
        mojo.execute();
        assertThat(temp.resolve("0042_add_email.up.sql")).exists();
        assertThat(temp.resolve("0042_add_email.down.sql")).exists();
        assertThat(Files.readString(temp.resolve("migration.sum"))).contains("0042_add_email.up.sql");
    }

    @Test
    @InjectMojo(goal = "create", pom = POM)
    void createNeedsAName(CreateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "dir", temp.toFile());
        setVariableValueToObject(mojo, "name", " ");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("-Dmigration.name");
    }

    @Test
    @InjectMojo(goal = "diff", pom = POM)
    @MojoParameter(name = "renames", value = "library_item:book,book.isbn:isbn13")
    void diffAndCheckTakeRenames(DiffMojo mojo) throws Exception {
        assertThat(mojo.renames).isEqualTo("library_item:book,book.isbn:isbn13");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "renames", value = "library_item")
    void malformedRenamesFailBeforeAnyDatabaseStarts(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("migration.renames: 'library_item' is not a rename: write old:new for a"
                        + " table or table.old:new for a column");
    }

    @Test
    @InjectMojo(goal = "hash", pom = POM)
    void hashRewritesTheSumFile(HashMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "dir", temp.toFile());
        Files.writeString(temp.resolve("0001_init.up.sql"), "CREATE TABLE t (id int);\n");
        mojo.execute();
        assertThat(Files.readString(temp.resolve("migration.sum"))).contains("0001_init.up.sql");
    }

    @Test
    @InjectMojo(goal = "up", pom = POM)
    void skipStopsBeforeAnyConnection(UpMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "skip", true);
        setVariableValueToObject(mojo, "url", "embedded:oracle");
        mojo.execute();
    }

    @Test
    @InjectMojo(goal = "validate", pom = POM)
    void badConfigurationFailsTheBuildWithTheMessage(ValidateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "serverId", null);
        setVariableValueToObject(mojo, "url", "embedded:oracle");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("Unknown embedded database 'oracle'");
    }

    @Test
    @InjectMojo(goal = "version", pom = POM)
    void unknownServerFailsTheBuild(VersionMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("migration.serverId is 'prod-db' but settings.xml has no <server>");
    }

    @Test
    @InjectMojo(goal = "up", pom = POM)
    void conflictingOptionsFail(UpMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "serverId", null);
        setVariableValueToObject(mojo, "url", "jdbc:postgresql://127.0.0.1:1/none");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("Give either -Dsteps or -Dto, not both.");
    }

    @Test
    @InjectMojo(goal = "up", pom = POM)
    @MojoParameter(name = "allowDestructive", value = "true")
    void upAndDownTakeAllowDestructive(UpMojo mojo) throws Exception {
        assertThat((Boolean) getVariableValueFromObject(mojo, "allowDestructive")).isTrue();
    }

    @Test
    @InjectMojo(goal = "lint", pom = POM)
    void lintTakesTheDialectFromTheUrlAndFailsAtFailOn(LintMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "dir", temp.toFile());
        setVariableValueToObject(mojo, "failOn", "locking");
        Files.writeString(temp.resolve("0002_index.up.sql"), "CREATE INDEX customer_name ON customer (name);\n");
        // the pom's jdbc:postgresql URL: an index built without CONCURRENTLY locks
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("found 1 finding at or above locking");
        // on MariaDB the same index is built online: nothing to report
        setVariableValueToObject(mojo, "url", "jdbc:mariadb://db.example.com/shop");
        mojo.execute();
        // an explicit dialect wins over the URL
        setVariableValueToObject(mojo, "dialect", "postgresql");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        setVariableValueToObject(mojo, "failOn", "none");
        mojo.execute();
    }

    @Test
    @InjectMojo(goal = "lint", pom = POM)
    void lintRejectsBadSettingsByName(LintMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "dir", temp.toFile());
        setVariableValueToObject(mojo, "latest", 0);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("migration.latest must be 1 or more (got 0).");
        setVariableValueToObject(mojo, "latest", null);
        setVariableValueToObject(mojo, "direction", "sideways");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("migration.direction must be up, down or both");
    }
}
