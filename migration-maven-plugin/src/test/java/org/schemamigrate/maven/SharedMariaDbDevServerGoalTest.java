package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.embedded.SharedDevServer;
import org.schemamigrate.core.source.SumFile;

/**
 * With {@code <dialect>mariadb</dialect>} the embedded dev server outlives the goal: the next check finds it
 * running and clones the kept replay instead of replaying; a changed migration file misses the kept copy;
 * migration:stop-dev stops it. The user's cache directory is a temporary one here (user.home).
 */
class SharedMariaDbDevServerGoalTest {
    private static final String ITEMS = "CREATE TABLE item (id BIGINT PRIMARY KEY, price INT);\n";

    @TempDir
    Path temp;
    private String userHome;

    @BeforeEach
    void ownCacheDirectory() {
        // the build leaves XDG_CACHE_HOME out of the test JVM (surefire's excludedEnvironmentVariables)
        assertThat(System.getenv("XDG_CACHE_HOME")).as("the cache directory follows user.home").isNull();
        userHome = System.getProperty("user.home");
        System.setProperty("user.home", temp.resolve("home").toString());
    }

    @AfterEach
    void stopAndRestore() {
        if (userHome != null) {
            SharedDevServer.stop(SharedDevServer.defaultHome(DatabaseKind.MARIADB));
            System.setProperty("user.home", userHome);
        }
    }

    @Test
    void theNextCheckReusesTheServerAndClonesTheReplay() throws Exception {
        Path home = SharedDevServer.defaultHome(DatabaseKind.MARIADB);
        assertThat(home.startsWith(temp)).as(home.toString()).isTrue();
        Path dir = Files.createDirectories(temp.resolve("migrations"));
        Files.writeString(dir.resolve("0001_items.up.sql"), ITEMS);
        Files.writeString(dir.resolve("0001_items.down.sql"), "DROP TABLE item;\n");
        SumFile.write(dir);

        String first = check(dir);
        assertThat(first).contains(home + ", started", "Replaying 1 migration: done in ",
                "The migrations produce exactly the desired schema.");
        assertThat(SharedDevServer.running(home)).as("up after the goal").isTrue();

        String second = check(dir);
        assertThat(second).contains(home + ", already running",
                "Replaying 0 migrations (1 cloned from the replay cache): done in ",
                "The migrations produce exactly the desired schema.");

        // the same version, another content (the same schema): the kept copy of the old file is never used
        Files.writeString(dir.resolve("0001_items.up.sql"), "-- edited\n" + ITEMS);
        SumFile.write(dir);
        String edited = check(dir);
        assertThat(edited).contains("Replaying 1 migration: done in ").doesNotContain("cloned from the replay cache");

        StopDevMojo stop = new StopDevMojo();
        CapturingLog log = new CapturingLog(false);
        stop.setLog(log);
        stop.execute();
        assertThat(log.text()).contains("Stopped the shared dev server in " + home);
        assertThat(SharedDevServer.running(home)).isFalse();
    }

    private String check(Path dir) throws Exception {
        CheckMojo check = new CheckMojo();
        check.dir = dir.toFile();
        check.dialect = "mariadb";
        check.desired = Files.writeString(temp.resolve("schema.sql"), ITEMS).toFile();
        check.sandboxDir = temp.resolve("sandbox").toFile();
        check.javaPackages = "db.migration";
        check.backupDir = temp.resolve("backups").toFile();
        check.format = "text";
        check.failOn = "destructive";
        check.direction = "both";
        check.versioning = "sequence";
        check.from = "migrations";
        check.ddlLockTimeout = "5s";
        check.devServerIdle = "5m";
        check.cache = true;
        CapturingLog log = new CapturingLog(false);
        check.setLog(log);
        try {
            check.execute();
        } catch (Exception e) {
            throw new AssertionError(log.text(), e);
        }
        return log.text();
    }
}
