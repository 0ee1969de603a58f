package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.fleet.FleetTarget;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.inspect.Exclusions;
import org.schemamigrate.diff.workflow.FleetDriftReport.Group;
import org.schemamigrate.diff.workflow.FleetDriftReport.TargetDrift;

/** migration:check over a fleet: live schemas against the replayed migrations, grouped by identical difference. */
class FleetDriftTest {
    private static final String CUSTOMER = "CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(100));";

    @TempDir
    Path dir;

    @DatabaseTest
    void targetsWithTheSameHandMadeChangeFormOneGroupAndTargetsBehindCompareAtTheirOwnVersion(TestDatabase db)
            throws IOException {
        FleetTenants tenants = new FleetTenants(db, dir);
        tenants.write("1_create_customer", CUSTOMER, "DROP TABLE customer;");
        tenants.write("2_add_email", "ALTER TABLE customer ADD COLUMN email VARCHAR(200);",
                "ALTER TABLE customer DROP COLUMN email;");
        List<FleetTarget> targets = tenants.create(5);
        tenants.fleet(targets).build().up();
        tenants.fleet(targets.subList(3, 4)).build().down(1);
        String t2 = targets.get(1).schema();
        String t3 = targets.get(2).schema();
        // the same hotfix by hand on two tenants, another one on a third
        for (String tenant : List.of(t2, t3)) {
            db.execute("CREATE INDEX customer_name_idx ON " + tenant + ".customer (name)");
        }
        db.execute("ALTER TABLE " + targets.get(4).schema() + ".customer DROP COLUMN email");

        FleetDriftReport report = tenants.check(targets, Exclusions.defaults());

        assertThat(report.successful()).isFalse();
        assertThat(report.matching()).extracting(TargetDrift::target)
                .as("the first is as migrated; the fourth is at version 1, which it matches")
                .containsExactly(targets.get(0), targets.get(3));
        assertThat(report.groups()).extracting(Group::targets)
                .containsExactly(List.of(targets.get(1), targets.get(2)), List.of(targets.get(4)));
        assertThat(report.groups().get(0).difference().steps()).singleElement()
                .satisfies(step -> assertThat(step.sql()).contains("customer_name_idx"));
        assertThat(report.groups().get(1).difference().steps()).singleElement()
                .satisfies(step -> assertThat(step.canLoseData()).isTrue());
        assertThat(report.json()).contains("\"drifted\":3", "\"differences\":[{\"targets\":[\"" + t2 + "\",\""
                + t3 + "\"]");
        assertThat(report.text()).contains("Difference 1, on 2 targets (" + t2 + ", " + t3 + ")");
        assertThat(db.rows(scratchNamespaces(db))).as("the replay namespace is dropped").isEmpty();
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aHandMadeViewAndAVersionTheDirectoryLacksAreReported(TestDatabase db) throws IOException {
        FleetTenants tenants = new FleetTenants(db, dir);
        tenants.write("1_create_customer", CUSTOMER, "DROP TABLE customer;");
        List<FleetTarget> targets = tenants.create(3);
        tenants.fleet(targets).build().up();
        db.execute("CREATE VIEW " + targets.get(0).schema() + ".named AS SELECT name FROM "
                + targets.get(0).schema() + ".customer");
        // a version applied from another directory: the replay cannot reach it
        String history = targets.get(2).schema() + ".migration_history";
        db.execute("CREATE TEMPORARY TABLE copied AS SELECT * FROM " + history,
                "UPDATE copied SET version = 7, name = 'from_elsewhere'", "INSERT INTO " + history
                        + " SELECT * FROM copied");

        FleetDriftReport report = tenants.check(targets, Exclusions.defaults());

        assertThat(report.groups()).singleElement().satisfies(g -> {
            assertThat(g.targets()).containsExactly(targets.get(0));
            assertThat(g.difference().onlyInLive()).containsExactly("view named");
        });
        assertThat(report.failed()).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo(targets.get(2));
            assertThat(r.code()).isEqualTo(CoreErrorCode.UNKNOWN_VERSION);
        });
        assertThat(report.matching()).extracting(TargetDrift::target).containsExactly(targets.get(1));
    }

    @DatabaseTest
    void anotherToolsHistoryTableAndAnExcludedTableAreNoDrift(TestDatabase db) throws IOException {
        FleetTenants tenants = new FleetTenants(db, dir);
        tenants.write("1_create_customer", CUSTOMER, "DROP TABLE customer;");
        List<FleetTarget> targets = tenants.create(2);
        tenants.fleet(targets).build().up();
        String tenant = targets.get(0).schema();
        // the tenant was once migrated by Flyway, and a reporting job keeps a table of its own there
        db.execute("CREATE TABLE " + tenant + ".flyway_schema_history (installed_rank INT PRIMARY KEY,"
                + " version VARCHAR(50))", "CREATE TABLE " + tenant + ".report_cache (id INT)");

        FleetDriftReport excluded = tenants.check(targets, Exclusions.parse("report_*"));
        FleetDriftReport defaults = tenants.check(targets, Exclusions.defaults());

        assertThat(excluded.successful()).isTrue();
        assertThat(excluded.matching()).extracting(TargetDrift::target).containsExactlyElementsOf(targets);
        assertThat(defaults.groups()).as("flyway_schema_history is excluded by default; report_cache is not")
                .singleElement().satisfies(g -> {
                    assertThat(g.targets()).containsExactly(targets.get(0));
                    assertThat(g.difference().steps()).singleElement()
                            .satisfies(step -> assertThat(step.sql()).contains("report_cache")
                                    .doesNotContain("flyway_schema_history"));
                });
    }

    private static String scratchNamespaces(TestDatabase db) {
        return "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'sm\\_%'";
    }
}
