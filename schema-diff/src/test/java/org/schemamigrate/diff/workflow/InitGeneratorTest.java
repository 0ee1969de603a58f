package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.MigrationStatus;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.SqlStatement;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.desired.EntityModel;
import org.schemamigrate.diff.desired.EntityScanner;
import org.schemamigrate.diff.desired.HibernateDdlGenerator;

class InitGeneratorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static String shopDdl() {
        ClassLoader loader = InitGeneratorTest.class.getClassLoader();
        EntityModel model = new EntityModel(List.of("org.schemamigrate.diff.desired.shop"), DatabaseKind.POSTGRESQL,
                null, "spring", "spring", null);
        return HibernateDdlGenerator.createDdl(loader, EntityScanner.scan(loader, model.packages()), model);
    }

    private InitRequest request(TestDatabase dev, TestDatabase live) {
        return new InitRequest(dev.dataSource(), DatabaseKind.POSTGRESQL, live.dataSource(), null, "production",
                dir, "baseline_schema", false);
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void anExistingDatabaseBecomesTheFirstMigrationAndTheEntitiesMatchIt(TestDatabase dev) throws Exception {
        TestDatabase live = TestDatabases.fresh(DatabaseKind.POSTGRESQL);
        String ddl = shopDdl();
        execute(live, ddl);
        live.execute("CREATE VIEW big_spenders AS SELECT id FROM customer WHERE loyalty_points > 100",
                "CREATE FUNCTION answer() RETURNS int LANGUAGE sql AS 'SELECT 42'");

        InitResult result = new InitGenerator(CLOCK).init(request(dev, live));

        assertThat(result.up().getFileName()).hasToString("20261122090000_baseline_schema.up.sql");
        assertThat(result.skipped()).as("views and functions are in the model: init manages them").isEmpty();
        assertThat(Files.readString(result.up())).contains("-- From: production", "CREATE TABLE \"customer\"",
                "CREATE VIEW big_spenders AS", "CREATE OR REPLACE FUNCTION answer()",
                "SET LOCAL lock_timeout = '5s';").doesNotContain("-- Not included");
        assertThat(Files.readString(result.down())).contains("Destructive by design", "DROP TABLE \"customer\"",
                "SET LOCAL lock_timeout = '5s';");
        Migrator liveMigrator = Migrator.builder().dataSource(live.dataSource()).directory(dir).build();
        assertThat(liveMigrator.status().migrations()).extracting(MigrationStatus::state)
                .containsExactly(MigrationStatus.State.BASELINE);
        assertThat(liveMigrator.validate().ok()).isTrue();

        // then check: the entities that built production add nothing to the first migration
        DiffResult check = new DiffGenerator(CLOCK).check(new DiffRequest(dev.dataSource(), DatabaseKind.POSTGRESQL,
                ddl, "shop entities", new DiffRequest.FromMigrations(), dir, "check", false).fromEntities());
        assertThat(check.upToDate()).as("the entities keep the view and function init took over").isTrue();
        assertThat(dev.rows("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'sm\\_%'")).isEmpty();
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void initRefusesADirectoryWithMigrationsAndAManagedDatabase(TestDatabase dev) throws Exception {
        TestDatabase live = TestDatabases.fresh(DatabaseKind.POSTGRESQL);
        live.execute("CREATE TABLE t (id INT PRIMARY KEY)");
        new InitGenerator(CLOCK).init(request(dev, live));

        assertThatThrownBy(() -> new InitGenerator(CLOCK).init(request(dev, live)))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.ILLEGAL_STATE))
                .hasMessageContaining("already has migrations");

        Path other = dir.resolveSibling(dir.getFileName() + "-other");
        assertThatThrownBy(() -> new InitGenerator(CLOCK).init(new InitRequest(dev.dataSource(),
                DatabaseKind.POSTGRESQL, live.dataSource(), null, "production", other, "again", false)))
                .hasMessageContaining("production already has a migration history");
    }

    private static void execute(TestDatabase db, String script) throws Exception {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            for (SqlStatement statement : RunnerDialect.of(db.kind()).splitter().split(script, "ddl")) {
                s.execute(statement.sql());
            }
        }
    }
}
