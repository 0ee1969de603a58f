package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.inspect.Exclusions;

/** migration.exclude and the other tools' history tables excluded by default, for init, diff and check. */
class ExclusionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T04:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** Liquibase writes its tables in upper case on the MySQL family, Flyway in lower case. */
    private static void otherToolsAndLegacy(TestDatabase live) {
        boolean pg = live.kind() == DatabaseKind.POSTGRESQL;
        live.execute("CREATE TABLE customer (id int PRIMARY KEY, name varchar(40))",
                "CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, version varchar(50))",
                "CREATE TABLE " + (pg ? "databasechangelog" : "DATABASECHANGELOG") + " (id varchar(255))",
                "CREATE TABLE legacy_audit (id int PRIMARY KEY)");
    }

    @DatabaseTest
    void initLeavesOtherToolsTablesAndExcludedPatternsOutAndListsThem(TestDatabase dev) throws Exception {
        TestDatabase live = TestDatabases.fresh(dev.kind());
        otherToolsAndLegacy(live);

        InitResult result = new InitGenerator(CLOCK).init(new InitRequest(dev.dataSource(), dev.kind(),
                live.dataSource(), null, "production", dir, "baseline_schema", false, null,
                Exclusions.parse("legacy_*")));

        String databasechangelog = dev.kind() == DatabaseKind.POSTGRESQL ? "databasechangelog" : "DATABASECHANGELOG";
        assertThat(result.excluded()).containsExactlyInAnyOrder(
                databasechangelog + " (Liquibase's history table)", "flyway_schema_history (Flyway's history table)",
                "legacy_audit (migration.exclude)");
        assertThat(result.tables()).isEqualTo(1);
        String up = Files.readString(result.up());
        assertThat(up).contains("-- Excluded", "--   legacy_audit (migration.exclude)", "customer");
        assertThat(up.lines().filter(line -> !line.startsWith("--")))
                .noneMatch(line -> line.contains("legacy_audit") || line.contains("flyway")
                        || line.toLowerCase().contains("databasechangelog"));
    }

    @DatabaseTest
    void diffFromTheDatabaseNeverDropsExcludedTablesAndCheckAgrees(TestDatabase dev) {
        TestDatabase live = TestDatabases.fresh(dev.kind());
        otherToolsAndLegacy(live);
        String desired = "CREATE TABLE customer (id int PRIMARY KEY, name varchar(40));";
        DiffRequest.FromDatabase current = new DiffRequest.FromDatabase(live.dataSource(), null, "production");

        DiffResult withoutPattern = new DiffGenerator(CLOCK).check(request(dev, desired, current, null));
        assertThat(withoutPattern.upPlan().script()).contains("legacy_audit").doesNotContain("flyway")
                .doesNotContainIgnoringCase("databasechangelog");

        DiffResult excluded = new DiffGenerator(CLOCK).check(request(dev, desired, current,
                Exclusions.parse(" legacy_?udit , ")));
        assertThat(excluded.upToDate()).isTrue();
        assertThat(excluded.excluded()).contains("legacy_audit (migration.exclude)",
                "flyway_schema_history (Flyway's history table)");
    }

    @DatabaseTest
    void anExcludedDesiredTableIsNotCreatedAndTheDefaultsCanBeTakenBack(TestDatabase dev) {
        String desired = "CREATE TABLE customer (id int PRIMARY KEY); CREATE TABLE schema_migrations (v bigint);";

        DiffResult byDefault = new DiffGenerator(CLOCK).check(request(dev, desired,
                new DiffRequest.FromMigrations(), null));
        assertThat(byDefault.upPlan().script()).contains("customer").doesNotContain("schema_migrations");
        assertThat(byDefault.excluded()).containsExactly("schema_migrations (golang-migrate's history table)");

        DiffResult managed = new DiffGenerator(CLOCK).check(request(dev, desired, new DiffRequest.FromMigrations(),
                Exclusions.parse("!schema_migrations")));
        assertThat(managed.upPlan().script()).contains("schema_migrations");
        assertThat(managed.excluded()).isEmpty();
    }

    @Test
    void malformedPatternsFailNamingTheSetting() {
        for (String bad : new String[] {"public.orders", "legacy_%", "!orders", "a b"}) {
            assertThatThrownBy(() -> Exclusions.parse(bad)).as(bad).isInstanceOf(MigrationException.class)
                    .satisfies(e -> assertThat(((MigrationException) e).code()).isEqualTo(CoreErrorCode.CONFIGURATION))
                    .hasMessageContaining("migration.exclude");
        }
        assertThat(Exclusions.parse(null).patterns()).containsExactlyElementsOf(Exclusions.OTHER_TOOLS.keySet());
    }

    private DiffRequest request(TestDatabase dev, String desired, DiffRequest.CurrentSchema current,
                                Exclusions exclusions) {
        return new DiffRequest(dev.dataSource(), dev.kind(), desired, "schema.sql", current, dir, "change", false,
                null, null, null, exclusions);
    }
}
