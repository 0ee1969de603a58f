package org.schemamigrate.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.crash.ChildMigrator;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * N separate JVMs run up at once on one database (-Dreliability.racers, default 4): every migration is
 * applied exactly once, every process ends cleanly (the losers wait for the lock, then find nothing to do).
 */
@Tag("reliability")
class RacingUpProbeTest {
    private static final int MIGRATIONS = 10;

    @TempDir
    Path dir;

    @DatabaseTest
    void processesRacingUpApplyEveryMigrationExactlyOnce(TestDatabase db) throws Exception {
        int racers = Integer.getInteger("reliability.racers", 4);
        db.execute("CREATE TABLE apply_log (version INT NOT NULL)");
        for (int v = 1; v <= MIGRATIONS; v++) {
            Files.writeString(dir.resolve(v + "_step" + v + ".up.sql"), "CREATE TABLE race_" + v
                    + " (id INT);\nINSERT INTO apply_log (version) VALUES (" + v + ");\n");
        }
        List<ChildMigrator> children = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            children.add(ChildMigrator.start(db, dir));
        }
        int failures = 0;
        for (ChildMigrator child : children) {
            failures += child.waitForExit() == 0 ? 0 : 1;
            child.close();
        }
        List<List<String>> counts = db.rows("SELECT version, COUNT(*) FROM apply_log GROUP BY version ORDER BY version");
        long exactlyOnce = counts.stream().filter(r -> r.get(1).equals("1")).count();
        System.out.printf("RELIABILITY racing-up %s: processes=%d migrations=%d exactly-once=%d failed-processes=%d%n",
                db.kind().displayName(), racers, MIGRATIONS, exactlyOnce, failures);
        assertThat(failures).isZero();
        assertThat(counts).hasSize(MIGRATIONS);
        assertThat(exactlyOnce).isEqualTo(MIGRATIONS);
        assertThat(db.single("SELECT COUNT(*) FROM migration_history WHERE state = 'applied'"))
                .isEqualTo(String.valueOf(MIGRATIONS));
    }
}
