package org.schemamigrate.diff.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.fleet.FleetTarget;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.inspect.Exclusions;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.workflow.FleetDriftReport;
import org.schemamigrate.diff.workflow.FleetTenants;
import org.schemamigrate.diff.workflow.FleetDriftReport.Group;

/**
 * Fleet drift judged by the server, not by our inspector: the difference reported for a hot-fixed tenant, applied
 * to a tenant as migrated, must make it print exactly as the hot-fixed one (pg_get_indexdef, pg_get_constraintdef,
 * format_type … on PostgreSQL; mariadb-dump on MariaDB), and the two are then reported as one group.
 */
class FleetDriftOracleTest {
    private static final String MIGRATION = """
            CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL, email VARCHAR(200));
            CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT, total NUMERIC(10,2), note VARCHAR(20));
            """;

    @TempDir
    Path dir;

    @DatabaseTest
    void theReportedDifferenceMakesAMigratedTenantPrintAsTheHotFixedOne(TestDatabase db) throws IOException {
        FleetTenants tenants = new FleetTenants(db, dir);
        tenants.write("1_shop", MIGRATION, "DROP TABLE orders;\nDROP TABLE customer;");
        List<FleetTarget> targets = tenants.create(3);
        tenants.fleet(targets).build().up();
        TestDatabase asMigrated = tenants.tenant(targets.get(0));
        TestDatabase hotFixed = tenants.tenant(targets.get(1));
        TestDatabase repaired = tenants.tenant(targets.get(2));
        boolean pg = db.kind() == DatabaseKind.POSTGRESQL;
        hotFixed.execute(pg ? "CREATE INDEX customer_email_lower ON customer (lower(email)) WHERE email IS NOT NULL"
                        : "CREATE INDEX customer_name_email ON customer (name, email(50))",
                "ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id)",
                "ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0)",
                pg ? "ALTER TABLE customer ALTER COLUMN name TYPE VARCHAR(150)"
                        : "ALTER TABLE customer MODIFY name VARCHAR(150) NOT NULL",
                pg ? "ALTER TABLE orders ALTER COLUMN note SET DEFAULT 'none'"
                        : "ALTER TABLE orders ALTER note SET DEFAULT 'none'");
        assertThat(dump(hotFixed)).as("the server prints the hotfix").isNotEqualTo(dump(asMigrated));
        assertThat(dump(repaired)).isEqualTo(dump(asMigrated));

        FleetDriftReport report = tenants.check(targets, Exclusions.defaults());

        Group group = report.groups().stream().filter(g -> g.targets().contains(targets.get(1))).findFirst()
                .orElseThrow();
        assertThat(group.targets()).containsExactly(targets.get(1));
        repaired.execute(group.difference().steps().stream().map(PlanStep::sql).toArray(String[]::new));
        assertThat(dump(repaired)).as("the reported difference is the hotfix, as the server prints it")
                .isEqualTo(dump(hotFixed));
        assertThat(tenants.check(targets, Exclusions.defaults()).groups()).singleElement()
                .satisfies(g -> assertThat(g.targets()).containsExactly(targets.get(1), targets.get(2)));
    }

    /** What the server prints for a tenant, its own name taken out (pg_get_indexdef qualifies the table). */
    private static List<String> dump(TestDatabase tenant) {
        List<String> lines = tenant.kind() == DatabaseKind.POSTGRESQL ? PostgresCatalogDump.of(tenant)
                : MariaDbDump.of(tenant);
        return lines.stream().map(line -> line.replace(tenant.name() + ".", "<tenant>.")).sorted().toList();
    }
}
