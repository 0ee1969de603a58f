package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.FailureDetails.CheckFailed;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.source.SumFile;
import org.schemamigrate.diff.DiffErrorCode;

/**
 * diff and check on an embedded PostgreSQL: the phase lines of a long goal, check's three groups (pending, drift,
 * needed) each with its own code and details, and replay failures on scratch databases that never advise force.
 */
class CheckGoalTest extends EmbeddedPostgresGoalTest {
    @BeforeEach
    void sumFile() throws Exception {
        SumFile.write(dir);
    }

    private <T extends MigrationMojo> T diffGoal(T mojo, String... desiredTables) throws Exception {
        goal(mojo);
        mojo.versioning = "sequence";
        mojo.devUrl = server.jdbcUrl(server.defaultDatabase());
        mojo.devUser = server.user();
        StringBuilder ddl = new StringBuilder();
        for (String table : desiredTables) {
            ddl.append("CREATE TABLE ").append(table).append(" (id int PRIMARY KEY);\n");
        }
        mojo.desired = Files.writeString(temp.resolve("schema.sql"), ddl).toFile();
        return mojo;
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(url, server.user(), "")) {
            c.createStatement().execute(statement);
        }
    }

    private void upTo(int steps) throws Exception {
        UpMojo up = diffGoal(new UpMojo());
        up.steps = steps;
        up.execute();
    }

    private static MigrationException failure(MigrationMojo mojo) {
        MojoFailureException e = catchThrowableOfType(mojo::execute, MojoFailureException.class);
        assertThat(e).as("the goal fails").isNotNull();
        assertThat(e.getCause()).isInstanceOf(MigrationException.class);
        return (MigrationException) e.getCause();
    }

    private static CheckFailed groups(MigrationException e) {
        return (CheckFailed) e.details().orElseThrow();
    }

    @Test
    void diffPrintsEachPhaseAsItStartsAndItsTimeAsItEnds() throws Exception {
        DiffMojo diff = diffGoal(new DiffMojo(), "customers", "orders", "items");
        diff.name = "add_items";
        diff.cache = false;   // the phases of a run from zero (an earlier test may have left templates)
        diff.execute();
        assertThat(log(diff)).contains("INFO Opening the dev database ...", "INFO Replaying 2 migrations ...",
                "INFO Inspecting the desired schema: done in ", "INFO Replaying 2 migrations: done in ",
                "INFO Planning: done in ", "INFO Proving up: done in ", "INFO Proving down: done in ",
                "INFO Writing: done in ");
    }

    @Test
    void checkFromTheDatabaseReportsPendingDriftAndNeededApart() throws Exception {
        upTo(1);
        sql("CREATE TABLE by_hand (id int)");
        CheckMojo check = diffGoal(new CheckMojo(), "customers", "orders", "items");
        check.from = "database";
        MigrationException e = failure(check);
        assertThat(e.code()).isEqualTo(DiffErrorCode.PENDING_MIGRATIONS);
        CheckFailed details = groups(e);
        assertThat(details.groups()).extracting(CheckFailed.Group::code).containsExactly(
                DiffErrorCode.PENDING_MIGRATIONS, DiffErrorCode.SCHEMA_DRIFT, DiffErrorCode.MIGRATION_NEEDED);
        assertThat(details.groups().get(0).items()).containsExactly("2 orders");
        assertThat(details.groups().get(1).items()).singleElement().asString().contains("by_hand");
        assertThat(details.groups().get(2).items()).singleElement().asString().contains("items");
        assertThat(log(check)).contains("INFO Reading the history of ", "INFO Replaying 1 applied migration: done in ");
    }

    @Test
    void driftAloneHasItsOwnCode() throws Exception {
        upTo(2);
        sql("ALTER TABLE orders ADD COLUMN note text");
        CheckMojo check = diffGoal(new CheckMojo(), "customers", "orders");
        check.from = "database";
        MigrationException e = failure(check);
        assertThat(e.code()).isEqualTo(DiffErrorCode.SCHEMA_DRIFT);
        assertThat(groups(e).groups()).singleElement().satisfies(group ->
                assertThat(group.items()).singleElement().asString().contains("note"));
    }

    @Test
    void pendingAloneIsNotAMigrationToGenerate() throws Exception {
        upTo(1);
        CheckMojo check = diffGoal(new CheckMojo(), "customers", "orders");
        check.from = "database";
        MigrationException e = failure(check);
        assertThat(e.code()).isEqualTo(DiffErrorCode.PENDING_MIGRATIONS);
        assertThat(groups(e).groups()).hasSize(1);
    }

    @Test
    void aDatabaseThatMatchesPasses() throws Exception {
        upTo(2);
        CheckMojo check = diffGoal(new CheckMojo(), "customers", "orders");
        check.from = "database";
        check.execute();
        assertThat(log(check)).contains("has applied them all and matches them");
    }

    @Test
    void entitiesAheadOfTheMigrationsNeedAMigration() throws Exception {
        CheckMojo check = diffGoal(new CheckMojo(), "customers", "orders", "items");
        MigrationException e = failure(check);
        assertThat(e.code()).isEqualTo(DiffErrorCode.MIGRATION_NEEDED);
        assertThat(groups(e).groups()).singleElement().satisfies(group ->
                assertThat(group.items()).singleElement().asString().contains("items"));
    }

    @Test
    void anIndexWrittenByHandThatTheEntitiesLackIsExplained() throws Exception {
        MigrationException added = failure(diffGoal(new CheckMojo(), "customers", "orders", "items"));
        assertThat(added.getMessage()).as("no index dropped: no such advice")
                .doesNotContain(CheckReport.UNDECLARED_INDEX);

        Files.writeString(dir.resolve("0003_index.up.sql"), "CREATE INDEX customers_id_desc ON customers (id DESC);\n");
        Files.writeString(dir.resolve("0003_index.down.sql"), "DROP INDEX customers_id_desc;\n");
        SumFile.write(dir);
        MigrationException e = failure(diffGoal(new CheckMojo(), "customers", "orders"));
        assertThat(e.code()).isEqualTo(DiffErrorCode.MIGRATION_NEEDED);
        assertThat(e.getMessage()).as("the hint names the index").contains(CheckReport.UNDECLARED_INDEX
                + " (customers.customers_id_desc)");
    }

    @Test
    void aReplayFailureOnTheScratchDatabaseNeverAdvisesForce() throws Exception {
        // without a transaction, the runner would leave a real database dirty and advise force
        Files.writeString(dir.resolve("0003_broken.up.sql"), "-- migration:no-transaction\n"
                + "CREATE TABLE broken (id int);\nALTER TABLE missing ADD COLUMN x int;\n");
        Files.writeString(dir.resolve("0003_broken.down.sql"), "DROP TABLE broken;\n");
        SumFile.write(dir);
        DiffMojo diff = diffGoal(new DiffMojo(), "customers", "orders");
        diff.name = "next";
        MigrationException e = failure(diff);
        assertThat(e.code()).isEqualTo(CoreErrorCode.MIGRATION_FAILED);
        assertThat(e.getMessage()).contains("scratch database").doesNotContainIgnoringCase("force");
        // Maven prints the message of every cause too
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            assertThat(String.valueOf(cause.getMessage())).doesNotContainIgnoringCase("force");
        }
        File written = dir.resolve("0004_next.up.sql").toFile();
        assertThat(written).doesNotExist();
    }
}
