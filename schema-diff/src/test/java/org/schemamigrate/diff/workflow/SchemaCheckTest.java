package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.plan.PlanStep;

/** migration:check -Dmigration.from=database: pending, drift at the live version, and what the entities need. */
class SchemaCheckTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T07:00:00Z"), ZoneOffset.UTC);
    private static final String DESIRED = "CREATE TABLE customer (id int PRIMARY KEY, name varchar(100),"
            + " email varchar(200));";

    @TempDir
    Path dir;

    @DatabaseTest
    void aCustomHistoryTableIsReadAndIsNoDriftAndTheDirectoryIsReplayedOnce(TestDatabase dev) throws IOException {
        write("1_customer", "CREATE TABLE customer (id int PRIMARY KEY, name varchar(100));", "DROP TABLE customer;");
        write("2_email", "ALTER TABLE customer ADD COLUMN email varchar(200);",
                "ALTER TABLE customer DROP COLUMN email;");
        TestDatabase live = TestDatabases.fresh(dev.kind());
        Migrator.builder().dataSource(live.dataSource()).directory(dir).table("deploy_history").build().upTo(1);
        live.execute("CREATE INDEX customer_name_idx ON customer (name)");
        List<String> phases = new ArrayList<>();

        SchemaCheck.Result result = new SchemaCheck(CLOCK, recording(phases)).check(request(dev),
                new DiffRequest.FromDatabase(live.dataSource(), null, "production", "deploy_history"));

        assertThat(result.pending()).as("read from deploy_history").containsExactly("2 email");
        assertThat(result.drift().steps()).as("the hand-made index, but not deploy_history or its log")
                .singleElement().extracting(PlanStep::sql).asString().contains("customer_name_idx")
                .doesNotContain("deploy_history");
        assertThat(result.entities().upToDate()).isTrue();
        assertThat(phases.stream().filter(p -> p.startsWith("replaying")))
                .as("one replay, read at version 1 and then at the end")
                .containsExactly("replaying 1 applied migration", "replaying the 1 further migration");
    }

    @DatabaseTest
    void aLiveDatabaseWithEverythingAppliedReplaysTheDirectoryOnceAndIsClean(TestDatabase dev) throws IOException {
        write("1_customer", DESIRED, "DROP TABLE customer;");
        TestDatabase live = TestDatabases.fresh(dev.kind());
        Migrator.builder().dataSource(live.dataSource()).directory(dir).build().up();
        List<String> phases = new ArrayList<>();

        SchemaCheck.Result result = new SchemaCheck(CLOCK, recording(phases)).check(request(dev),
                new DiffRequest.FromDatabase(live.dataSource(), null, "production"));

        assertThat(result.clean()).isTrue();
        assertThat(phases.stream().filter(p -> p.startsWith("replaying")))
                .containsExactly("replaying 1 applied migration");
    }

    private DiffRequest request(TestDatabase dev) {
        return new DiffRequest(dev.dataSource(), dev.kind(), DESIRED, "schema.sql",
                new DiffRequest.FromMigrations(), dir, "check", false);
    }

    private static PhaseListener recording(List<String> phases) {
        return new PhaseListener() {
            @Override
            public void started(String phase) {
                phases.add(phase);
            }

            @Override
            public void ended(String phase, long millis) {
            }
        };
    }

    private void write(String base, String up, String down) throws IOException {
        Files.writeString(dir.resolve(base + ".up.sql"), up);
        Files.writeString(dir.resolve(base + ".down.sql"), down);
    }
}
