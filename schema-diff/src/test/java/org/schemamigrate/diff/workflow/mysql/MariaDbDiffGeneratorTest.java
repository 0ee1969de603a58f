package org.schemamigrate.diff.workflow.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.desired.EntityModel;
import org.schemamigrate.diff.desired.EntityScanner;
import org.schemamigrate.diff.desired.HibernateDdlGenerator;
import org.schemamigrate.diff.workflow.DiffGenerator;
import org.schemamigrate.diff.workflow.DiffRequest;
import org.schemamigrate.diff.workflow.DiffResult;

/** The diff workflow end to end on MariaDB: entities → proven migration pair → applied by the runner. */
class MariaDbDiffGeneratorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T18:30:00Z"), ZoneOffset.UTC);
    private static final String SHOP = "org.schemamigrate.diff.desired.shop";

    @TempDir
    Path dir;

    private DiffRequest request(TestDatabase dev, String desired, String name) {
        return new DiffRequest(dev.dataSource(), dev.kind(), desired, "schema.sql", new DiffRequest.FromMigrations(),
                dir, name, false);
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void entitiesBecomeAProvenPairThatTheRunnerApplies(TestDatabase dev) throws IOException {
        ClassLoader loader = getClass().getClassLoader();
        EntityModel model = new EntityModel(List.of(SHOP), DatabaseKind.MARIADB, null, "spring", "spring", null);
        String ddl = HibernateDdlGenerator.createDdl(loader, EntityScanner.scan(loader, model.packages()), model);

        DiffResult first = new DiffGenerator(CLOCK).generate(request(dev, ddl, "init"));
        String evolved = ddl + "alter table customer add column nickname varchar(40) not null default 'x';\n";
        DiffResult second = new DiffGenerator(CLOCK).generate(request(dev, evolved, "nickname"));
        DiffResult again = new DiffGenerator(CLOCK).check(request(dev, evolved, "again"));

        assertThat(Files.readString(first.up())).contains("CREATE TABLE `customer`", "ENGINE=InnoDB");
        assertThat(Files.readString(second.up())).contains(
                "ALTER TABLE `customer` ADD COLUMN `nickname` varchar(40)", "NOT NULL DEFAULT 'x'");
        assertThat(again.upToDate()).as("the entities' own DDL never churns").isTrue();

        TestDatabase target = TestDatabases.fresh(DatabaseKind.MARIADB);
        // the down drops what the up created: allowed, as after a review
        Migrator migrator = Migrator.builder().dataSource(target.dataSource()).directory(dir).allowDestructive(true)
                .build();
        migrator.up();
        assertThat(target.tables()).contains("customer", "customer_tags", "product");
        assertThat(target.rows("SELECT column_name FROM information_schema.columns WHERE table_schema = database()"
                + " AND table_name = 'customer' AND column_name = 'nickname'")).hasSize(1);
        migrator.down(2);
        assertThat(target.tables()).doesNotContain("customer", "customer_tags", "product");
    }
}
