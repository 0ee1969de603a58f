package org.schemamigrate.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

class FleetResumeTest {
    @TempDir
    Path dir;

    /** kill -9 of a fleet run in the middle, then a second run: every target ends at the latest version, once. */
    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aKilledFleetRunResumesWithoutRunningAnyMigrationTwice(TestDatabase db) throws Exception {
        List<FleetTarget> targets = FleetTest.tenants(db, 6);
        Files.writeString(dir.resolve("1_create.up.sql"), "CREATE TABLE applied (version INT PRIMARY KEY);\n"
                + "INSERT INTO applied VALUES (1);");
        Files.writeString(dir.resolve("2_slow.up.sql"), "SELECT pg_sleep(0.4);\nINSERT INTO applied VALUES (2);");
        Files.writeString(dir.resolve("3_last.up.sql"), "INSERT INTO applied VALUES (3);");
        String schemas = targets.stream().map(FleetTarget::schema).collect(Collectors.joining(","));
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FleetKillProbe.class.getName(), db.url(), db.user(),
                db.password(), dir.toString(), schemas).redirectErrorStream(true)
                .redirectOutput(dir.resolve("probe.log").toFile()).start();
        try {
            // kill once the second target's first migration has committed (its second one sleeps): the first
            // target is done, the second half-way, the rest untouched
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!has(db, targets.get(1), "applied") && probe.isAlive() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
        } finally {
            probe.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(has(db, targets.get(5), "migration_history")).as("the kill came before the last target").isFalse();

        FleetReport resumed = Fleet.builder().server(db.dataSource()).targets(targets)
                .migrator(b -> b.directory(dir)).build().up();

        assertThat(resumed.successful()).as(resumed.text()).isTrue();
        for (FleetTarget t : targets) {
            assertThat(db.rows("SELECT version FROM " + t.schema() + ".applied ORDER BY 1"))
                    .as("each migration of %s ran exactly once", t).containsExactly(List.of("1"), List.of("2"),
                            List.of("3"));
        }
        assertThat(resumed.results().get(0).ran()).as("the first target was done before the kill").isZero();
    }

    private static boolean has(TestDatabase db, FleetTarget t, String table) {
        return !db.rows("SELECT 1 FROM information_schema.tables WHERE table_schema = '" + t.schema()
                + "' AND table_name = '" + table + "'").isEmpty();
    }
}
