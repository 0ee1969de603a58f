package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemamigrate.diff.workflow.CachedRuns.migration;
import static org.schemamigrate.diff.workflow.CachedRuns.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.source.Migration;
import org.schemamigrate.core.source.MigrationDirectory;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * The replay cache never changes a result: a clone of the kept template gives the same files as a full replay,
 * and a changed file, a new file or other server facts find no stale template.
 */
class ReplayCacheTest {
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

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aClonedReplayWritesTheSamePairAsAFullReplay(TestDatabase dev) throws Exception {
        String t = "rc_" + dev.name();
        for (Path dir : List.of(cached, uncached)) {
            migration(dir, "1", "CREATE TABLE " + t + " (id int PRIMARY KEY);", "DROP TABLE " + t + ";");
            migration(dir, "2", "ALTER TABLE " + t + " ADD COLUMN a text;", "ALTER TABLE " + t + " DROP COLUMN a;");
        }
        String desired = "CREATE TABLE " + t + " (id int PRIMARY KEY, a text, b int NOT NULL);";

        run(dev, cached, desired, true, false);
        assertThat(replayPhase()).isEqualTo("replaying 2 migrations");
        DiffResult fromClone = run(dev, cached, desired, true, true);
        assertThat(replayPhase()).isEqualTo("replaying 0 migrations (2 cloned from the replay cache)");
        DiffResult fromReplay = run(dev, uncached, desired, false, true);

        assertThat(fromClone.up().getFileName()).isEqualTo(fromReplay.up().getFileName());
        assertThat(text(fromClone.up(), cached)).isEqualTo(text(fromReplay.up(), uncached))
                .contains("ADD COLUMN \"b\"");
        assertThat(text(fromClone.down(), cached)).isEqualTo(text(fromReplay.down(), uncached));
        assertThat(dev.rows("SELECT datname FROM pg_database WHERE datname LIKE 'sm\\_%'"))
                .as("scratch databases are still dropped").isEmpty();

        // the written pair is a new file: only it is applied on top of the clone of the first two
        run(dev, cached, desired, true, false);
        assertThat(replayPhase()).isEqualTo("replaying 1 migration (2 cloned from the replay cache)");
        DiffResult upToDate = run(dev, cached, desired, true, false);
        assertThat(replayPhase()).isEqualTo("replaying 0 migrations (3 cloned from the replay cache)");
        assertThat(upToDate.upToDate()).isTrue();
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void anEditedMigrationFindsNoStaleTemplate(TestDatabase dev) throws Exception {
        String t = "rc_" + dev.name();
        migration(cached, "1", "CREATE TABLE " + t + " (id int PRIMARY KEY);", "DROP TABLE " + t + ";");
        migration(cached, "2", "ALTER TABLE " + t + " ADD COLUMN a text;", "ALTER TABLE " + t + " DROP COLUMN a;");
        String desired = "CREATE TABLE " + t + " (id int PRIMARY KEY, a text);";
        assertThat(run(dev, cached, desired, true, false).upToDate()).isTrue();

        // an edited file: the template of both files is not found (only the whole directory's is kept)
        migration(cached, "2", "ALTER TABLE " + t + " ADD COLUMN a int;", "ALTER TABLE " + t + " DROP COLUMN a;");
        DiffResult edited = run(dev, cached, desired, true, false);
        assertThat(replayPhase()).isEqualTo("replaying 2 migrations");
        assertThat(edited.upToDate()).isFalse();
        assertThat(edited.upPlan().script()).contains("\"a\"").contains("text");

        // and the edited directory's template is found by the next run; an edited first file: nothing is reused
        run(dev, cached, desired, true, false);
        assertThat(replayPhase()).isEqualTo("replaying 0 migrations (2 cloned from the replay cache)");
        migration(cached, "1", "CREATE TABLE " + t + " (id bigint PRIMARY KEY);", "DROP TABLE " + t + ";");
        DiffResult first = run(dev, cached, desired, true, false);
        assertThat(replayPhase()).isEqualTo("replaying 2 migrations");
        assertThat(first.upPlan().script()).contains("\"id\"").contains("integer");
    }

    @Test
    void keysChainOverTheFilesAndHashTheServerFacts() throws Exception {
        Files.writeString(cached.resolve("1_a.up.sql"), "CREATE TABLE a (id int);");
        Files.writeString(cached.resolve("2_b.up.sql"), "CREATE TABLE b (id int);");
        List<Migration> files = MigrationDirectory.load(cached.toString(), null).migrations();
        List<String> pg17 = ReplayCache.keys(server("PostgreSQL 17.2"), files);
        assertThat(pg17).hasSize(3).doesNotHaveDuplicates().allMatch(k -> k.length() <= 63);
        assertThat(ReplayCache.keys(server("PostgreSQL 17.2"), files)).isEqualTo(pg17);
        assertThat(ReplayCache.keys(server("PostgreSQL 17.3"), files)).doesNotContainAnyElementsOf(pg17);

        Files.writeString(cached.resolve("2_b.up.sql"), "CREATE TABLE b (id bigint);");
        List<String> edited = ReplayCache.keys(server("PostgreSQL 17.2"),
                MigrationDirectory.load(cached.toString(), null).migrations());
        assertThat(edited.subList(0, 2)).isEqualTo(pg17.subList(0, 2));
        assertThat(edited.get(2)).isNotEqualTo(pg17.get(2));
    }

    private static MessageDigest server(String version) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(version.getBytes());
        return digest;
    }
}
