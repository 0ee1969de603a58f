package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * The desired schema's database is cloned only while its DDL stays the same: a changed entity (another DDL text)
 * finds no stale template, and a clone gives the same result as executing the DDL.
 */
class DesiredTemplateTest {
    @TempDir
    Path dir;

    private final CachedRuns runs = new CachedRuns();

    private DiffResult check(TestDatabase dev, String desired, boolean cache) {
        return runs.run(dev, dir, desired, cache, false);
    }

    private String desiredPhase() {
        return runs.lastPhase("inspecting the desired");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void theSameDdlIsClonedAndAChangedOneRunsAgain(TestDatabase dev) throws Exception {
        String t = "dt_" + dev.name();
        Files.writeString(dir.resolve("1_m1.up.sql"), "CREATE TABLE " + t + " (id int PRIMARY KEY);");
        Files.writeString(dir.resolve("1_m1.down.sql"), "DROP TABLE " + t + ";");
        String desired = "CREATE TABLE " + t + " (id int PRIMARY KEY, a text);";

        DiffResult executed = check(dev, desired, true);
        assertThat(desiredPhase()).isEqualTo("inspecting the desired schema");
        DiffResult cloned = check(dev, desired, true);
        assertThat(desiredPhase()).isEqualTo("inspecting the desired schema (cloned, its DDL unchanged)");
        assertThat(cloned.upPlan().script()).isEqualTo(executed.upPlan().script()).contains("\"a\"");
        assertThat(cloned.downPlan().script()).isEqualTo(executed.downPlan().script());

        DiffResult changed = check(dev, desired.replace("a text", "a text, b int"), true);
        assertThat(desiredPhase()).isEqualTo("inspecting the desired schema");
        assertThat(changed.upPlan().script()).contains("\"b\"");

        check(dev, desired, false);
        assertThat(desiredPhase()).as("migration.cache=false").isEqualTo("inspecting the desired schema");
        assertThat(dev.rows("SELECT datname FROM pg_database WHERE datname LIKE 'sm\\_%'"))
                .as("scratch databases are still dropped").isEmpty();
    }
}
