package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemamigrate.diff.workflow.CachedRuns.migration;
import static org.schemamigrate.diff.workflow.CachedRuns.text;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * The MySQL-family replay cache (a copied database) never changes a result: a copy of the kept replay (and of the
 * desired schema's database) gives the same files as a full replay (rows of the history included, so only new files are applied), and an edited file,
 * another default collation or objects the copy cannot reproduce find no stale copy.
 */
class MySqlReplayCacheTest {
    @TempDir
    Path cached;
    @TempDir
    Path uncached;

    private final CachedRuns runs = new CachedRuns();

    private DiffResult run(TestDatabase dev, Path dir, String desired, boolean cache, boolean write) {
        return runs.run(dev, dir, desired, cache, write);
    }

    private String replayPhase() {
        return runs.lastPhase("replaying");
    }

    private static List<String> scratchDatabases(TestDatabase dev) {
        return dev.rows("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'sm\\_%'")
                .stream().map(row -> row.get(0)).toList();
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void aCopiedReplayWritesTheSamePairAsAFullReplay(TestDatabase dev) throws Exception {
        String p = "rp_" + dev.name();
        String t = "rc_" + dev.name();
        for (Path dir : List.of(cached, uncached)) {
            migration(dir, "1", "CREATE TABLE " + p + " (id int PRIMARY KEY, code varchar(20) UNIQUE);"
                    + " INSERT INTO " + p + " VALUES (1, 'a'); CREATE SEQUENCE s_" + p + " START WITH 1"
                    + " INCREMENT BY 50;", "DROP SEQUENCE s_" + p + "; DROP TABLE " + p + ";");
            migration(dir, "2", "CREATE TABLE " + t + " (id int AUTO_INCREMENT PRIMARY KEY, p int,"
                    + " twice int AS (id * 2), CONSTRAINT fk_" + t + " FOREIGN KEY (p) REFERENCES " + p + " (id));"
                    + " INSERT INTO " + t + " (p) VALUES (1);", "DROP TABLE " + t + ";");
        }
        String desired = "CREATE TABLE " + p + " (id int PRIMARY KEY, code varchar(20) UNIQUE);"
                + " CREATE SEQUENCE s_" + p + " START WITH 1 INCREMENT BY 50; CREATE TABLE " + t + " (id int AUTO_INCREMENT PRIMARY KEY, p int, twice int AS (id * 2),"
                + " b int NOT NULL DEFAULT 0, CONSTRAINT fk_" + t + " FOREIGN KEY (p) REFERENCES " + p + " (id));";

        run(dev, cached, desired, true, false);
        assertThat(replayPhase()).isEqualTo("replaying 2 migrations");
        DiffResult fromCopy = run(dev, cached, desired, true, true);
        assertThat(replayPhase()).isEqualTo("replaying 0 migrations (2 cloned from the replay cache)");
        assertThat(runs.lastPhase("inspecting the desired schema"))
                .isEqualTo("inspecting the desired schema (cloned, its DDL unchanged)");
        DiffResult fromReplay = run(dev, uncached, desired, false, true);

        assertThat(fromCopy.up().getFileName()).isEqualTo(fromReplay.up().getFileName());
        assertThat(text(fromCopy.up(), cached)).isEqualTo(text(fromReplay.up(), uncached)).contains("`b`");
        assertThat(text(fromCopy.down(), cached)).isEqualTo(text(fromReplay.down(), uncached));
        assertThat(scratchDatabases(dev)).as("scratch databases are still dropped").isEmpty();

        // the written pair is a new file: only it is applied on top of the copy of the first two
        run(dev, cached, desired, true, false);
        assertThat(replayPhase()).isEqualTo("replaying 1 migration (2 cloned from the replay cache)");
        DiffResult upToDate = run(dev, cached, desired, true, false);
        assertThat(replayPhase()).isEqualTo("replaying 0 migrations (3 cloned from the replay cache)");
        assertThat(upToDate.upToDate()).isTrue();
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void anEditedMigrationOrAnotherCollationFindsNoStaleCopy(TestDatabase dev) throws Exception {
        String t = "rc_" + dev.name();
        migration(cached, "1", "CREATE TABLE " + t + " (id int PRIMARY KEY);", "DROP TABLE " + t + ";");
        migration(cached, "2", "ALTER TABLE " + t + " ADD COLUMN a varchar(10);",
                "ALTER TABLE " + t + " DROP COLUMN a;");
        String desired = "CREATE TABLE " + t + " (id int PRIMARY KEY, a varchar(10));";
        assertThat(run(dev, cached, desired, true, false).upToDate()).isTrue();

        migration(cached, "2", "ALTER TABLE " + t + " ADD COLUMN a int;", "ALTER TABLE " + t + " DROP COLUMN a;");
        DiffResult edited = run(dev, cached, desired, true, false);
        assertThat(replayPhase()).isEqualTo("replaying 2 migrations");
        assertThat(edited.upToDate()).isFalse();
        assertThat(edited.upPlan().script()).contains("`a`").contains("varchar(10)");
        run(dev, cached, desired, true, false);
        assertThat(replayPhase()).isEqualTo("replaying 0 migrations (2 cloned from the replay cache)");

        // the scratch databases take the dev database's default collation: another one is another key
        String collation = dev.single("SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA"
                + " WHERE SCHEMA_NAME = DATABASE()");
        String other = collation.equals("utf8mb4_bin") ? "utf8mb4_general_ci" : "utf8mb4_bin";
        dev.execute("ALTER DATABASE `" + dev.name() + "` CHARACTER SET utf8mb4 COLLATE " + other);
        try {
            run(dev, cached, desired, true, false);
            assertThat(replayPhase()).isEqualTo("replaying 2 migrations");
        } finally {
            dev.execute("ALTER DATABASE `" + dev.name() + "` COLLATE " + collation);
        }
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void aReplayWithAViewIsNotKept(TestDatabase dev) throws Exception {
        String t = "rc_" + dev.name();
        migration(cached, "1", "CREATE TABLE " + t + " (id int PRIMARY KEY); CREATE VIEW v_" + t
                + " AS SELECT id FROM " + t + ";", "DROP VIEW v_" + t + "; DROP TABLE " + t + ";");
        String desired = "CREATE TABLE " + t + " (id int PRIMARY KEY); CREATE VIEW v_" + t + " AS SELECT id FROM "
                + t + ";";
        assertThat(run(dev, cached, desired, true, false).upToDate()).isTrue();
        assertThat(run(dev, cached, desired, true, false).upToDate()).isTrue();
        assertThat(replayPhase()).isEqualTo("replaying 1 migration");
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void aCopyKeepsRowsAndDefaultsButRecomputesGeneratedColumns(TestDatabase dev) throws Exception {
        String from = "rcs_" + dev.name();
        String to = "rcd_" + dev.name();
        dev.execute("CREATE DATABASE " + from, "CREATE DATABASE " + to,
                "CREATE TABLE " + from + ".t (id int AUTO_INCREMENT PRIMARY KEY, at datetime DEFAULT"
                        + " CURRENT_TIMESTAMP, twice int AS (id * 2)) AUTO_INCREMENT = 40",
                "INSERT INTO " + from + ".t (id, at) VALUES (7, '2001-02-03 04:05:06')");
        try (var c = dev.connection()) {
            MySqlReplayCopies.copy(c, from, to);
        } finally {
            dev.execute("DROP DATABASE " + from);
        }
        try {
            assertThat(dev.rows("SELECT id, CAST(at AS CHAR), twice FROM " + to + ".t"))
                    .containsExactly(List.of("7", "2001-02-03 04:05:06", "14"));
            dev.execute("INSERT INTO " + to + ".t (at) VALUES (NULL)");
            assertThat(dev.single("SELECT MAX(id) FROM " + to + ".t")).as("the counter is kept").isEqualTo("40");
        } finally {
            dev.execute("DROP DATABASE " + to);
        }
    }
}
