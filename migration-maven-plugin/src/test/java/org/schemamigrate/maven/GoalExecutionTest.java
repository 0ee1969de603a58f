package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.source.SumFile;

/**
 * Each goal's execute() on an embedded PostgreSQL (a fresh database per test), asserting what a user would check
 * afterwards: tables, the recorded version, written files. A goal that ignored its parameters would fail here.
 */
class GoalExecutionTest extends EmbeddedPostgresGoalTest {
    @BeforeEach
    void sumFile() throws Exception {
        SumFile.write(dir);
    }

    private long version() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, server.user(), "");
             ResultSet rs = c.createStatement().executeQuery("SELECT coalesce(max(version), 0) FROM migration_history")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, server.user(), "");
             ResultSet rs = c.getMetaData().getTables(null, "public", table, null)) {
            return rs.next();
        }
    }

    private void up() throws Exception {
        goal(new UpMojo()).execute();
    }

    @Test
    void upAppliesAtMostSteps() throws Exception {
        UpMojo up = goal(new UpMojo());
        up.steps = 1;
        up.execute();
        assertThat(tableExists("customers")).isTrue();
        assertThat(tableExists("orders")).isFalse();
        assertThat(log(up)).contains("Applied 1 customers");
    }

    @Test
    void upDryRunChangesNothing() throws Exception {
        UpMojo up = goal(new UpMojo());
        up.dryRun = true;
        up.execute();
        assertThat(tableExists("customers")).isFalse();
        assertThat(log(up)).contains("CREATE TABLE customers");
    }

    @Test
    void downRollsBackToAVersionWhenAllowed() throws Exception {
        up();
        DownMojo down = goal(new DownMojo());
        down.to = "1";
        assertThatThrownBy(down::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("DROP TABLE orders");
        assertThat(tableExists("orders")).isTrue();
        down.allowDestructive = true;
        down.execute();
        assertThat(tableExists("orders")).isFalse();
        assertThat(tableExists("customers")).isTrue();
    }

    @Test
    void forceRecordsTheVersion() throws Exception {
        up();
        ForceMojo force = goal(new ForceMojo());
        force.version = "1";
        force.execute();
        VersionMojo version = goal(new VersionMojo());
        version.execute();
        assertThat(log(version)).contains("Current version: 1 customers (clean)");
        assertThat(tableExists("orders")).isTrue(); // no SQL ran
    }

    @Test
    void repairRecordsAReviewedEditOfAnAppliedFile() throws Exception {
        up();
        Files.writeString(dir.resolve("0001_customers.up.sql"), "-- reviewed\n"
                + "CREATE TABLE customers (id int PRIMARY KEY);\n");
        assertThatThrownBy(goal(new ValidateMojo())::execute).isInstanceOf(MojoFailureException.class);
        RepairMojo repair = goal(new RepairMojo());
        repair.version = "1";
        repair.execute();
        assertThat(log(repair)).contains("recorded the checksum of 0001_customers.up.sql for 1 customers")
                .contains("run migration:hash");
        goal(new HashMojo()).execute();
        goal(new ValidateMojo()).execute();
    }

    @Test
    void baselineRecordsAnExistingDatabase() throws Exception {
        BaselineMojo baseline = goal(new BaselineMojo());
        baseline.version = "2";
        baseline.execute();
        VersionMojo version = goal(new VersionMojo());
        version.execute();
        assertThat(log(version)).contains("Current version: 2 orders (clean)");
        assertThat(tableExists("customers")).isFalse();
    }

    @Test
    void versionOfAnEmptyDatabase() throws Exception {
        VersionMojo version = goal(new VersionMojo());
        version.execute();
        assertThat(log(version)).contains("Current version: none");
    }

    @Test
    void statusWritesJsonToTheOutputFile() throws Exception {
        up();
        StatusMojo status = goal(new StatusMojo());
        status.format = "json";
        status.output = temp.resolve("status.json").toFile();
        status.execute();
        assertThat(Files.readString(status.output.toPath())).startsWith("{\"current\":{\"version\":2,");
    }

    @Test
    void validateFailsOnAnEditedAppliedFile() throws Exception {
        up();
        goal(new ValidateMojo()).execute();
        Files.writeString(dir.resolve("0001_customers.up.sql"), "CREATE TABLE customers (id bigint PRIMARY KEY);\n");
        assertThatThrownBy(goal(new ValidateMojo())::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("Validation failed").hasMessageNotContaining("mvn clean");
    }

    /**
     * On the sandbox (never on a real database) an edited applied file can also be handled by starting over: the
     * message names the sandbox's folder and mvn clean, and doing so makes validate pass with the edited file.
     */
    @Test
    void validateOnTheSandboxSaysMvnCleanResetsIt() throws Exception {
        ValidateMojo first = goal(new ValidateMojo());
        first.url = "embedded:postgres";
        UpMojo up = goal(new UpMojo());
        up.url = "embedded:postgres";
        up.execute();
        Files.writeString(dir.resolve("0001_customers.up.sql"), "CREATE TABLE customers (id bigint PRIMARY KEY);\n");
        SumFile.write(dir);
        Path sandbox = temp.resolve("sandbox").resolve("postgres");

        assertThatThrownBy(first::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("0001_customers.up.sql").hasMessageContaining(sandbox.toString())
                .hasMessageContaining("mvn clean");

        try (java.util.stream.Stream<Path> files = Files.walk(sandbox)) { // what mvn clean does to target/
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        UpMojo again = goal(new UpMojo());
        again.url = "embedded:postgres";
        again.execute();
        ValidateMojo validate = goal(new ValidateMojo());
        validate.url = "embedded:postgres";
        validate.execute();
    }

    private java.util.List<String> integrityProblems() {
        return org.schemamigrate.core.source.MigrationDirectory.load("filesystem:" + dir, null).integrityProblems();
    }

    @Test
    void createRecordsOnlyItsOwnPairToBeFilledIn() throws Exception {
        Files.writeString(dir.resolve("0001_customers.up.sql"), "CREATE TABLE customers (id bigint PRIMARY KEY);\n");
        CreateMojo create = goal(new CreateMojo());
        create.name = "add email";
        create.versioning = "sequence";
        create.execute();
        assertThat(dir.resolve("0003_add_email.up.sql")).exists();
        assertThat(dir.resolve("0003_add_email.down.sql")).exists();
        // the hand edit of 0001 is not blessed; filling in the new pair needs no hash
        Files.writeString(dir.resolve("0003_add_email.up.sql"), "ALTER TABLE customers ADD COLUMN email text;\n");
        assertThat(integrityProblems()).containsExactly("0001_customers.up.sql changed after migration.sum was"
                + " written.");
    }

    @Test
    void hashRecordsEditsAndListsThem() throws Exception {
        Files.writeString(dir.resolve("0002_orders.up.sql"), "CREATE TABLE orders (id bigint PRIMARY KEY);\n");
        HashMojo hash = goal(new HashMojo());
        hash.execute();
        assertThat(integrityProblems()).isEmpty();
        assertThat(log(hash)).contains("re-hashed 1 file(s):").contains("0002_orders.up.sql (edited)");
    }

    @Test
    void lintFailsOnTheDownsAndPassesWithFailOnNone() throws Exception {
        LintMojo lint = goal(new LintMojo());
        assertThatThrownBy(lint::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("migration:lint found 2 findings at or above destructive");
        assertThat(log(lint)).contains("0002_orders.down.sql", "line 1 SM102 destructive (fails the lint)");
        lint.direction = "up";
        lint.execute();
    }

    @Test
    void diffWritesTheProvenPairFromADesiredFile() throws Exception {
        File desired = Files.writeString(temp.resolve("schema.sql"), "CREATE TABLE customers (id int PRIMARY KEY);\n"
                + "CREATE TABLE orders (id int PRIMARY KEY, note text);\n").toFile();
        DiffMojo diff = goal(new DiffMojo());
        diff.desired = desired;
        diff.devUrl = server.jdbcUrl(server.defaultDatabase());
        diff.devUser = server.user();
        diff.name = "add_note";
        diff.versioning = "sequence";
        diff.execute();
        assertThat(Files.readString(dir.resolve("0003_add_note.up.sql"))).contains("ADD COLUMN \"note\"");
        CheckMojo check = goal(new CheckMojo());
        check.desired = desired;
        check.devUrl = diff.devUrl;
        check.devUser = diff.devUser;
        check.execute();
        assertThat(log(check)).contains("The migrations produce exactly the desired schema.");
    }

    @Test
    void checkFailsWithTheMissingStep() throws Exception {
        CheckMojo check = goal(new CheckMojo());
        check.desired = Files.writeString(temp.resolve("schema.sql"), "CREATE TABLE customers (id int PRIMARY KEY);\n"
                + "CREATE TABLE orders (id int PRIMARY KEY);\nCREATE TABLE items (id int);\n").toFile();
        check.devUrl = server.jdbcUrl(server.defaultDatabase());
        check.devUser = server.user();
        assertThatThrownBy(check::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("diff.MIGRATION_NEEDED").hasMessageContaining("items");
    }

    @Test
    void initWritesTheFirstMigrationAndBaselines() throws Exception {
        try (Connection c = DriverManager.getConnection(url, server.user(), "")) {
            c.createStatement().execute("CREATE TABLE legacy (id int PRIMARY KEY)");
        }
        Path empty = Files.createDirectories(temp.resolve("adopted"));
        InitMojo init = goal(new InitMojo());
        init.dir = empty.toFile();
        init.versioning = "sequence";
        init.desired = Files.writeString(temp.resolve("schema.sql"), "CREATE TABLE legacy (id int PRIMARY KEY);\n")
                .toFile();
        init.devUrl = server.jdbcUrl(server.defaultDatabase());
        init.devUser = server.user();
        init.execute();
        try (var files = Files.list(empty)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(f -> f.endsWith("_baseline_schema.up.sql"));
        }
        assertThat(version()).isPositive();
        assertThat(log(init)).contains("The entities match the database exactly");
        assertThat(log(init)).contains("INFO Inspecting ", "INFO Planning: done in ", "INFO Proving up: done in ",
                "INFO Proving down: done in ", "INFO Writing: done in ");
    }
}
