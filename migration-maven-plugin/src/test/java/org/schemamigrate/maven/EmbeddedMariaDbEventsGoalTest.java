package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.source.SumFile;

/**
 * Migrations that create a MariaDB event replay on the temporary embedded dev server (it runs with grant tables,
 * without which the server refuses CREATE EVENT), and diff proves its pair there.
 */
class EmbeddedMariaDbEventsGoalTest {
    private static final String ITEMS = "CREATE TABLE item (id BIGINT PRIMARY KEY, price INT);\n";
    private static final String PURGE = "CREATE EVENT purge_free ON SCHEDULE EVERY 1 DAY"
            + " DO DELETE FROM item WHERE price = 0;\n";

    @TempDir
    Path temp;

    @Test
    void migrationsCreatingAnEventReplayAndTheDiffIsProvenOnTheEmbeddedDevServer() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("migrations"));
        Files.writeString(dir.resolve("0001_items.up.sql"), ITEMS + PURGE);
        Files.writeString(dir.resolve("0001_items.down.sql"), "DROP EVENT purge_free;\nDROP TABLE item;\n");
        SumFile.write(dir);

        DiffMojo diff = goal(new DiffMojo(), dir, ITEMS + PURGE.replace("1 DAY", "1 WEEK"));
        diff.name = "weekly_purge";
        diff.execute();

        String up = Files.readString(dir.resolve("0002_weekly_purge.up.sql"));
        assertThat(up).contains("DROP EVENT `purge_free`", "EVERY 1 WEEK");
        assertThat(log(diff)).contains("INFO Proving up: done in ", "INFO Proving down: done in ");

        CheckMojo check = goal(new CheckMojo(), dir, ITEMS + PURGE.replace("1 DAY", "1 WEEK"));
        check.execute();
        assertThat(log(check)).contains("The migrations produce exactly the desired schema.");
    }

    private <T extends MigrationMojo> T goal(T mojo, Path dir, String desired) throws Exception {
        mojo.dir = dir.toFile();
        mojo.dialect = "mariadb";
        mojo.desired = Files.writeString(temp.resolve("schema.sql"), desired).toFile();
        mojo.sandboxDir = temp.resolve("sandbox").toFile();
        mojo.javaPackages = "db.migration";
        mojo.backupDir = temp.resolve("backups").toFile();
        mojo.format = "text";
        mojo.failOn = "destructive";
        mojo.direction = "both";
        mojo.versioning = "sequence";
        mojo.from = "migrations";
        mojo.ddlLockTimeout = "5s";
        mojo.devServerIdle = "0";
        mojo.setLog(new CapturingLog(false));
        return mojo;
    }

    private static String log(MigrationMojo mojo) {
        return ((CapturingLog) mojo.getLog()).text();
    }
}
