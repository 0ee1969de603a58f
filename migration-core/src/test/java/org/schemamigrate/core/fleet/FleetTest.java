package org.schemamigrate.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.VersionInfo;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.fleet.TargetResult.Outcome;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

class FleetTest {
    @TempDir
    Path dir;

    @DatabaseTest
    void upBringsEveryTargetToTheLatestVersionAndASecondRunHasNothingToDo(TestDatabase db) throws IOException {
        List<FleetTarget> targets = tenants(db, 5);
        threeMigrations();

        FleetReport first = fleet(db, targets).build().up();

        assertThat(first.successful()).as(first.text()).isTrue();
        assertThat(first.results()).extracting(TargetResult::ran).containsOnly(3);
        assertThat(first.versions()).containsExactly(java.util.Map.entry(new VersionInfo(3, "seed", false), 5L));
        for (FleetTarget t : targets) {
            // each target has its own history and its own tables
            assertThat(db.single("SELECT COUNT(*) FROM " + t.schema() + ".migration_history")).isEqualTo("3");
            assertThat(db.single("SELECT COUNT(*) FROM " + t.schema() + ".customer")).isEqualTo("1");
        }
        FleetReport second = fleet(db, targets).build().up();
        assertThat(second.successful()).isTrue();
        assertThat(second.results()).extracting(TargetResult::ran).containsOnly(0);
    }

    @DatabaseTest
    void aFailingTargetDoesNotStopTheOthersUnlessFailFast(TestDatabase db) throws IOException {
        List<FleetTarget> targets = tenants(db, 4);
        threeMigrations();
        // a hand-made table on one tenant makes its first migration fail
        db.execute("CREATE TABLE " + targets.get(1).schema() + ".customer (id INT)");

        FleetReport report = fleet(db, targets).build().up();

        assertThat(report.successful()).isFalse();
        assertThat(report.with(Outcome.FAILED)).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo(targets.get(1));
            assertThat(r.code()).isEqualTo(CoreErrorCode.MIGRATION_FAILED);
            assertThat(r.after()).isNotNull();
        });
        assertThat(report.with(Outcome.DONE)).hasSize(3);
        assertThat(report.json()).contains("\"failed\":1", "\"target\":\"" + targets.get(1).name() + "\"");

        List<FleetTarget> fresh = tenants(db, 4, "ff");
        db.execute("CREATE TABLE " + fresh.get(1).schema() + ".customer (id INT)");
        FleetReport failFast = fleet(db, fresh).parallel(1).failFast(true).build().up();
        assertThat(failFast.results()).extracting(TargetResult::outcome)
                .containsExactly(Outcome.DONE, Outcome.FAILED, Outcome.SKIPPED, Outcome.SKIPPED);
        assertThat(historyExists(db, fresh.get(2))).as("a skipped target is untouched").isFalse();
    }

    @DatabaseTest
    void aFailingCanaryStopsTheWholeFleet(TestDatabase db) throws IOException {
        List<FleetTarget> targets = tenants(db, 5);
        threeMigrations();
        db.execute("CREATE TABLE " + targets.get(0).schema() + ".customer (id INT)");

        FleetReport report = fleet(db, targets).canary(2).build().up();

        assertThat(report.results()).extracting(TargetResult::outcome).containsExactly(Outcome.FAILED,
                Outcome.SKIPPED, Outcome.SKIPPED, Outcome.SKIPPED, Outcome.SKIPPED);
        for (FleetTarget t : targets.subList(1, 5)) {
            assertThat(historyExists(db, t)).isFalse();
        }
    }

    @DatabaseTest
    void unknownTargetsAreNamedBeforeAnythingIsApplied(TestDatabase db) throws IOException {
        List<FleetTarget> targets = new ArrayList<>(tenants(db, 2));
        threeMigrations();
        targets.add(new FleetTarget(db.name() + "_nosuch", db.name() + "_nosuch", null));
        targets.add(FleetTarget.parse("jdbc:postgresql://127.0.0.1:1/nowhere?password=Sekr3t-99", "test"));

        assertThatThrownBy(() -> fleet(db, targets).build().up())
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(e.getMessage()).contains(db.name() + "_nosuch", "127.0.0.1:1/nowhere")
                            .doesNotContain("Sekr3t-99");
                });
        assertThat(historyExists(db, targets.get(0))).isFalse();
    }

    @DatabaseTest
    void theDirectoryIsReadOnceSoABadFileFailsTheRunBeforeAnyTarget(TestDatabase db) throws IOException {
        List<FleetTarget> targets = tenants(db, 3);
        threeMigrations();
        Files.writeString(dir.resolve("not a migration.sql"), "SELECT 1;");

        assertThatThrownBy(() -> fleet(db, targets).build().up())
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.INVALID_DIRECTORY));
        for (FleetTarget t : targets) {
            assertThat(historyExists(db, t)).isFalse();
        }
    }

    @DatabaseTest
    void statusOfAMixedFleetCountsTargetsPerVersion(TestDatabase db) throws IOException {
        List<FleetTarget> targets = tenants(db, 3);
        threeMigrations();
        fleet(db, targets.subList(0, 2)).build().up();
        fleet(db, targets.subList(0, 1)).build().down(1);

        FleetReport status = fleet(db, targets).build().status();

        assertThat(status.successful()).isTrue();
        assertThat(status.versions()).containsOnly(java.util.Map.entry(new VersionInfo(3, "seed", false), 1L),
                java.util.Map.entry(new VersionInfo(2, "add_email", false), 1L),
                java.util.Map.entry(VersionInfo.NONE, 1L));
        assertThat(status.results()).extracting(TargetResult::pending).containsExactly(1, 0, 3);
        assertThat(status.json()).contains("\"versions\":[{\"version\":3,");
    }

    @DatabaseTest
    void twoFleetRunsAtOnceApplyEachMigrationOncePerTarget(TestDatabase db) throws Exception {
        List<FleetTarget> targets = tenants(db, 6);
        threeMigrations();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<FleetReport>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return fleet(db, targets).parallel(3).build().up();
            }));
        }
        start.countDown();
        int ran = 0;
        for (Future<FleetReport> run : runs) {
            FleetReport report = run.get(3, TimeUnit.MINUTES);
            assertThat(report.successful()).as(report.text()).isTrue();
            ran += report.results().stream().mapToInt(TargetResult::ran).sum();
        }
        pool.shutdown();
        assertThat(ran).isEqualTo(3 * targets.size());
        for (FleetTarget t : targets) {
            assertThat(db.single("SELECT COUNT(*) FROM " + t.schema() + ".customer")).isEqualTo("1");
        }
    }

    @DatabaseTest
    void targetListsFromFilesQueriesAndPatterns(TestDatabase db) throws IOException {
        List<FleetTarget> targets = tenants(db, 3);
        Path file = dir.resolve("targets.txt");
        Files.writeString(file, "# tenants\n" + targets.get(0).schema() + "\n\n" + targets.get(2).schema()
                + "   # the last one\n");

        assertThat(FleetTargets.file(file)).containsExactly(targets.get(0), targets.get(2));
        assertThat(FleetTargets.pattern(db.dataSource(), db.name() + "\\_t%")).containsExactlyElementsOf(targets);
        assertThat(FleetTargets.query(db.dataSource(), "SELECT '" + targets.get(1).schema() + "'"))
                .containsExactly(targets.get(1));
        assertThatThrownBy(() -> FleetTargets.query(db.dataSource(), "SELECT 'x' WHERE 1 = 0"))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION));
        assertThatThrownBy(() -> FleetTargets.list("a,b,a", "migration.targets"))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION));
        assertThatThrownBy(() -> FleetTargets.list("a,,b", "migration.targets"))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION));
    }

    @DatabaseTest(org.schemamigrate.core.db.DatabaseKind.POSTGRESQL)
    void safetyAppliesPerTargetAndNamesTheTarget(TestDatabase db) throws IOException {
        List<FleetTarget> targets = tenants(db, 2);
        threeMigrations();
        fleet(db, targets).build().up();
        write("4_drop_email", "ALTER TABLE customer DROP COLUMN email;", "ALTER TABLE customer ADD COLUMN email"
                + " VARCHAR(200);");
        write("5_require_name", "UPDATE customer SET name = NULL;\nALTER TABLE customer ALTER COLUMN name SET NOT"
                + " NULL;", "ALTER TABLE customer ALTER COLUMN name DROP NOT NULL;");
        Path backups = dir.resolve("backups");

        FleetReport guarded = Fleet.builder().server(db.dataSource()).targets(targets)
                .migrator(b -> b.directory(dir)).build().up();
        assertThat(guarded.with(Outcome.FAILED)).extracting(TargetResult::code)
                .containsOnly(CoreErrorCode.DESTRUCTIVE_REFUSED);

        FleetReport report = fleet(db, targets).backupDirectory(backups).build().up();
        assertThat(report.with(Outcome.FAILED)).hasSize(2).allSatisfy(r -> {
            assertThat(r.code()).isEqualTo(CoreErrorCode.PRECHECK_FAILED);
            assertThat(r.after().version()).as("the drop ran, the failing migration rolled back").isEqualTo(4);
        });
        assertThat(report.text()).contains(targets.get(0).name() + ": PRECHECK_FAILED");
        for (FleetTarget t : targets) {
            assertThat(backups.resolve(t.schema()).resolve("customer.email.csv")).exists();
        }
    }

    /** A fleet sends a PostgreSQL target's migrations as one text: one failing midway stops that target there. */
    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aMigrationFailingMidwayLeavesItsTargetAtTheLastOneThatCommitted(TestDatabase db) throws IOException {
        List<FleetTarget> targets = tenants(db, 3, "mid");
        write("1_create_customer", "CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(100));",
                "DROP TABLE customer;");
        write("2_add_audit", "ALTER TABLE customer ADD COLUMN email VARCHAR(200);\nCREATE TABLE audit (id INT);",
                "DROP TABLE audit;\nALTER TABLE customer DROP COLUMN email;");
        write("3_seed", "INSERT INTO customer (id, name) VALUES (1, 'first');", "DELETE FROM customer;");
        String hotFixed = targets.get(1).schema();
        // a hand-made table makes the second statement of the second migration fail on this tenant only
        db.execute("CREATE TABLE " + hotFixed + ".audit (id INT)");

        FleetReport report = fleet(db, targets).build().up();

        assertThat(report.with(Outcome.FAILED)).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo(targets.get(1));
            assertThat(r.code()).isEqualTo(CoreErrorCode.MIGRATION_FAILED);
            assertThat(r.after()).isEqualTo(new VersionInfo(1, "create_customer", false));
        });
        assertThat(report.with(Outcome.DONE)).extracting(TargetResult::ran).containsOnly(3);
        assertThat(db.rows("SELECT action, version, outcome FROM " + hotFixed + ".migration_history_log ORDER BY id"))
                .containsExactly(List.of("up", "1", "success"), List.of("up", "2", "failed"));
        assertThat(db.rows("SELECT column_name FROM information_schema.columns WHERE table_schema = '" + hotFixed
                + "' AND table_name = 'customer' ORDER BY 1")).as("nothing of the second remains")
                .containsExactly(List.of("id"), List.of("name"));
        assertThat(db.single("SELECT COUNT(*) FROM " + hotFixed + ".customer")).as("the third never ran")
                .isEqualTo("0");
    }

    private Fleet.Builder fleet(TestDatabase db, List<FleetTarget> targets) {
        return Fleet.builder().server(db.dataSource()).targets(targets).parallel(2)
                .migrator(b -> b.directory(dir).lockTimeout(Duration.ofSeconds(60)).allowDestructive(true));
    }

    private void threeMigrations() throws IOException {
        write("1_create_customer", "CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(100));",
                "DROP TABLE customer;");
        write("2_add_email", "ALTER TABLE customer ADD COLUMN email VARCHAR(200);",
                "ALTER TABLE customer DROP COLUMN email;");
        write("3_seed", "INSERT INTO customer (id, name) VALUES (1, 'first');", "DELETE FROM customer WHERE id = 1;");
    }

    private void write(String base, String up, String down) throws IOException {
        Files.writeString(dir.resolve(base + ".up.sql"), up);
        Files.writeString(dir.resolve(base + ".down.sql"), down);
    }

    /** Schemas (PostgreSQL) or databases (MariaDB) named after the test database, so tests never collide. */
    static List<FleetTarget> tenants(TestDatabase db, int count) {
        return tenants(db, count, "t");
    }

    static List<FleetTarget> tenants(TestDatabase db, int count, String prefix) {
        List<FleetTarget> targets = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = db.name() + "_" + prefix + i;
            db.execute(db.kind() == org.schemamigrate.core.db.DatabaseKind.POSTGRESQL
                    ? "CREATE SCHEMA " + name : "CREATE DATABASE " + name);
            targets.add(new FleetTarget(name, name, null));
        }
        return targets;
    }

    private static boolean historyExists(TestDatabase db, FleetTarget t) {
        return !db.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + t.schema()
                + "' AND table_name = 'migration_history'").isEmpty();
    }
}
