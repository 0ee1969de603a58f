package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** up, down, status, validate and check over tenant schemas (migration.targets*), through each goal's execute(). */
class FleetGoalTest extends EmbeddedPostgresGoalTest {
    @BeforeEach
    void tenants() throws Exception {
        execute("CREATE SCHEMA tenant_1", "CREATE SCHEMA tenant_2", "CREATE SCHEMA tenant_3", "CREATE SCHEMA other");
    }

    /** The defaults, over the fleet of schemas tenant_1..3 (not "other"). */
    @Override
    <T extends MigrationMojo> T goal(T mojo) {
        super.goal(mojo);
        mojo.maxConnections = 32;
        mojo.targetsPattern = "tenant\\_%";
        return mojo;
    }

    @Test
    void upMigratesEveryTargetOfThePatternAndASecondRunResumes() throws Exception {
        UpMojo up = goal(new UpMojo());
        up.steps = 1;
        up.execute();
        assertThat(version("tenant_1")).isEqualTo(1);
        assertThat(version("tenant_3")).isEqualTo(1);
        assertThat(tables("other")).as("a schema outside the pattern is untouched").isZero();
        assertThat(((CapturingLog) up.getLog()).text()).contains("[3/3] ", "3 at version 1 customers");

        goal(new UpMojo()).execute();
        for (String tenant : new String[] {"tenant_1", "tenant_2", "tenant_3"}) {
            assertThat(version(tenant)).isEqualTo(2);
        }
        DownMojo down = goal(new DownMojo());
        down.allowDestructive = true;
        down.targetsPattern = null;
        down.targets = "tenant_2";
        down.execute();
        assertThat(version("tenant_2")).isEqualTo(1);
        assertThat(version("tenant_1")).isEqualTo(2);
    }

    @Test
    void aFailingTenantFailsTheBuildAfterTheOthersAreDone() throws Exception {
        execute("CREATE TABLE tenant_2.customers (id int)");
        UpMojo up = goal(new UpMojo());
        assertThatThrownBy(up::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("1 of 3 targets failed");
        assertThat(((CapturingLog) up.getLog()).text()).contains("tenant_2: MIGRATION_FAILED");
        assertThat(version("tenant_1")).isEqualTo(2);
        assertThat(version("tenant_3")).isEqualTo(2);

        ValidateMojo validate = goal(new ValidateMojo());
        validate.execute();
        StatusMojo status = goal(new StatusMojo());
        status.execute();
        assertThat(((CapturingLog) status.getLog()).text()).contains("2 at version 2 orders");
    }

    @Test
    void badFleetSettingsFailBeforeAnythingRuns() throws Exception {
        UpMojo both = goal(new UpMojo());
        both.targets = "tenant_1";
        assertThatThrownBy(both::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("migration.targets and migration.targetsPattern");
        UpMojo unknown = goal(new UpMojo());
        unknown.targetsPattern = null;
        unknown.targets = "tenant_1,nosuch";
        assertThatThrownBy(unknown::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("nosuch");
        assertThat(tables("tenant_1")).as("nothing applied anywhere").isZero();
    }

    @Test
    void checkGroupsTheTargetsByIdenticalDifferenceAndFailsOnDrift() throws Exception {
        goal(new UpMojo()).execute();
        long tablesBefore = tables("tenant_2");
        CheckMojo clean = check();
        clean.execute();
        assertThat(((CapturingLog) clean.getLog()).text()).contains("3 match the migrations");

        execute("CREATE INDEX orders_hotfix ON tenant_2.orders (id)",
                "CREATE INDEX orders_hotfix ON tenant_3.orders (id)", "ALTER TABLE tenant_1.customers ADD COLUMN vip boolean");
        CheckMojo drifted = check();
        drifted.format = "json";
        drifted.output = temp.resolve("check.json").toFile();
        assertThatThrownBy(drifted::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("3 of 3 targets differ");
        assertThat(Files.readString(drifted.output.toPath())).contains("\"drifted\":3",
                "{\"targets\":[\"tenant_2\",\"tenant_3\"]", "{\"targets\":[\"tenant_1\"]", "orders_hotfix");
        CheckMojo text = check();
        assertThatThrownBy(text::execute).isInstanceOf(MojoFailureException.class);
        assertThat(((CapturingLog) text.getLog()).text()).contains("Difference 1, on 2 targets (tenant_2, tenant_3)",
                "Difference 2, on 1 target (tenant_1)");
        assertThat(version("tenant_2")).isEqualTo(2);
        assertThat(tables("tenant_2")).as("the check adds nothing to a target").isEqualTo(tablesBefore);
    }

    @Test
    void theGuardPreChecksAndBackupsApplyPerTargetAndAFailureNamesItsTenant() throws Exception {
        goal(new UpMojo()).execute();
        execute("INSERT INTO tenant_1.orders VALUES (1), (2)", "INSERT INTO tenant_3.orders VALUES (3)",
                "INSERT INTO tenant_2.customers VALUES (500)");
        // tenant_2 alone holds a customer the update leaves without a region
        Files.writeString(dir.resolve("0003_region.up.sql"), "ALTER TABLE customers ADD COLUMN region int;\n"
                + "UPDATE customers SET region = 1 WHERE id < 100;\n"
                + "ALTER TABLE customers ALTER COLUMN region SET NOT NULL;\n");
        Files.writeString(dir.resolve("0003_region.down.sql"), "ALTER TABLE customers DROP COLUMN region;\n");
        Files.writeString(dir.resolve("0004_drop_orders.up.sql"), "DROP TABLE orders;\n");
        Files.writeString(dir.resolve("0004_drop_orders.down.sql"), "CREATE TABLE orders (id int PRIMARY KEY);\n");

        UpMojo guarded = goal(new UpMojo());
        assertThatThrownBy(guarded::execute).isInstanceOf(MojoFailureException.class);
        assertThat(((CapturingLog) guarded.getLog()).text()).contains("tenant_1: DESTRUCTIVE_REFUSED",
                "tenant_2: DESTRUCTIVE_REFUSED", "tenant_3: DESTRUCTIVE_REFUSED");

        UpMojo up = goal(new UpMojo());
        up.allowDestructive = true;
        up.backup = true;
        assertThatThrownBy(up::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("1 of 3 targets failed");
        assertThat(((CapturingLog) up.getLog()).text()).contains("tenant_2: PRECHECK_FAILED");
        assertThat(version("tenant_1")).isEqualTo(4);
        assertThat(version("tenant_2")).as("the failing migration rolled back").isEqualTo(2);
        assertThat(version("tenant_3")).isEqualTo(4);
        try (var files = Files.walk(temp.resolve("backups"))) {
            assertThat(files.filter(Files::isRegularFile).map(f -> f.getParent().getFileName() + "/"
                    + f.getFileName()).filter(f -> f.endsWith(".csv")).sorted().toList())
                    .as("one folder per tenant").containsExactly("tenant_1/orders.csv", "tenant_3/orders.csv");
        }
    }

    @Test
    void settingsThatMakeNoSenseOverAFleetAreRefusedByNameBeforeAnythingConnects() {
        record Case(MigrationMojo goal, String option) {
        }
        UpMojo to = goal(new UpMojo());
        to.to = "1";
        UpMojo deployment = goal(new UpMojo());
        deployment.deployment = "release-7";
        UpMojo single = goal(new UpMojo());
        single.singleTransaction = true;
        UpMojo dryRun = goal(new UpMojo());
        dryRun.dryRun = true;
        DownMojo batch = goal(new DownMojo());
        batch.batch = "last";
        DownMojo downTo = goal(new DownMojo());
        downTo.to = "0";
        StatusMojo schema = goal(new StatusMojo());
        schema.schema = "tenant_1";
        CheckMojo renames = check();
        renames.renames = "customers:clients";
        CheckMojo online = check();
        online.online = true;
        for (Case c : List.of(new Case(to, "migration.to"), new Case(deployment, "migration.deployment"),
                new Case(single, "migration.singleTransaction"), new Case(dryRun, "migration.dryRun"),
                new Case(batch, "migration.batch"), new Case(downTo, "migration.to"),
                new Case(schema, "migration.schema"), new Case(renames, "migration.renames"),
                new Case(online, "migration.online"))) {
            // nothing listens there: a goal that connected would fail with another error
            c.goal().url = "jdbc:postgresql://127.0.0.1:1/nowhere";
            assertThatThrownBy(c.goal()::execute).as(c.option()).isInstanceOf(MojoFailureException.class)
                    .cause().isInstanceOfSatisfying(FleetOptionRefusedException.class,
                            e -> assertThat(e.option()).isEqualTo(c.option()));
        }
    }

    private CheckMojo check() {
        CheckMojo check = goal(new CheckMojo());
        check.devUrl = url;
        check.devUser = server.user();
        check.versioning = "timestamp";
        check.from = "database";
        check.ddlLockTimeout = "5s";
        return check;
    }

    private void execute(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, server.user(), ""); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private long version(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, server.user(), "");
             ResultSet rs = c.createStatement().executeQuery("SELECT coalesce(max(version), 0) FROM " + schema
                     + ".migration_history WHERE state = 'applied'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long tables(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, server.user(), "");
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM information_schema.tables WHERE"
                     + " table_schema = '" + schema + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
