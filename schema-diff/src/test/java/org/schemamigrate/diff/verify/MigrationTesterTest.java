package org.schemamigrate.diff.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.inspect.Exclusions;
import org.schemamigrate.diff.verify.MigrationVerdict.Outcome;

/** up, down, up again on real servers: what a CI run of migration:test reports. */
class MigrationTesterTest {
    private static final String ACCOUNT = "CREATE TABLE account (id int PRIMARY KEY, email varchar(100));";

    @TempDir
    Path dir;

    @DatabaseTest
    void correctDirectoryIsExact(TestDatabase db) throws IOException {
        write("1_account", ACCOUNT, "DROP TABLE account;");
        write("2_email_index", "CREATE INDEX account_email ON account (email);", dropIndex(db));
        write("3_name", "ALTER TABLE account ADD COLUMN name varchar(50);", "ALTER TABLE account DROP COLUMN name;");

        MigrationTestReport report = tester(db).test(MigrationTestOptions.of(dir.toString()));

        assertThat(report.verdicts()).extracting(MigrationVerdict::outcome)
                .containsExactly(Outcome.EXACT, Outcome.EXACT, Outcome.EXACT);
        assertThat(report.passed()).isTrue();
        assertThat(report.verdicts().get(0).downMillis()).isNotNegative();
        assertThat(report.json()).contains("\"passed\": true", "\"outcome\": \"exact\"");
    }

    @DatabaseTest
    void anExcludedTableTheDownLeavesBehindIsNoResidual(TestDatabase db) throws IOException {
        write("1_account", ACCOUNT + "\nCREATE TABLE IF NOT EXISTS legacy_audit (id int);", "DROP TABLE account;");

        MigrationTestReport report = new MigrationTester(db.dataSource(), db.kind(), Exclusions.parse("legacy_*"))
                .test(MigrationTestOptions.of(dir.toString()));

        assertThat(report.verdicts()).extracting(MigrationVerdict::outcome).containsExactly(Outcome.EXACT);
        assertThat(tester(db).test(MigrationTestOptions.of(dir.toString())).verdicts())
                .as("without the exclusion the table is a residual").extracting(MigrationVerdict::outcome)
                .containsExactly(Outcome.RESIDUAL);
    }

    @DatabaseTest
    void downThatForgetsAnIndexLeavesItAsResidual(TestDatabase db) throws IOException {
        write("1_account", ACCOUNT, "DROP TABLE account;");
        write("2_email_index", "CREATE INDEX account_email ON account (email);", "SELECT 1;");
        write("3_name", "ALTER TABLE account ADD COLUMN name varchar(50);", "ALTER TABLE account DROP COLUMN name;");

        MigrationTestReport report = tester(db).test(MigrationTestOptions.of(dir.toString()));

        MigrationVerdict index = report.verdicts().get(1);
        assertThat(index.outcome()).isEqualTo(Outcome.RESIDUAL);
        assertThat(index.residualAfterDown()).isNotEmpty().allMatch(line -> line.startsWith("+ ")
                && line.contains("account_email"));
        assertThat(report.passed()).isFalse();
        assertThat(index.failure().step()).isEqualTo("reapply");
        assertThat(report.failures()).extracting(MigrationVerdict::version).containsExactly(2L, 3L);
        assertThat(report.verdicts().get(2).outcome()).isEqualTo(Outcome.NOT_RUN);
    }

    @DatabaseTest
    void downThatRestoresAColumnWithAnotherTypeIsResidual(TestDatabase db) throws IOException {
        write("1_account", ACCOUNT, "DROP TABLE account;");
        write("2_widen", "ALTER TABLE account " + (db.kind() == DatabaseKind.POSTGRESQL
                        ? "ALTER COLUMN email TYPE varchar(200);" : "MODIFY email varchar(200);"),
                "ALTER TABLE account " + (db.kind() == DatabaseKind.POSTGRESQL
                        ? "ALTER COLUMN email TYPE text;" : "MODIFY email text;"));

        MigrationTestReport report = tester(db).test(MigrationTestOptions.of(dir.toString()));

        MigrationVerdict widen = report.verdicts().get(1);
        assertThat(widen.outcome()).isEqualTo(Outcome.RESIDUAL);
        assertThat(widen.residualAfterDown()).anyMatch(line -> line.startsWith("- ") && line.contains("email"))
                .anyMatch(line -> line.startsWith("+ ") && line.contains("text"));
    }

    @DatabaseTest
    void failingDownNamesTheStatementLineAndStopsTheWalk(TestDatabase db) throws IOException {
        write("1_account", ACCOUNT, "DROP TABLE account;");
        write("2_name", "ALTER TABLE account ADD COLUMN name varchar(50);",
                "-- the column is called name\n\nALTER TABLE account DROP COLUMN nmae;");
        write("3_nick", "ALTER TABLE account ADD COLUMN nick varchar(50);", "ALTER TABLE account DROP COLUMN nick;");

        MigrationTestReport report = tester(db).test(MigrationTestOptions.of(dir.toString()));

        MigrationVerdict name = report.verdicts().get(1);
        assertThat(name.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(name.failure().step()).isEqualTo("down");
        assertThat(name.failure().file()).isEqualTo("2_name.down.sql");
        assertThat(name.failure().line()).isEqualTo(3);
        assertThat(report.verdicts().get(2).outcome()).isEqualTo(Outcome.NOT_RUN);
    }

    @DatabaseTest
    void missingDownIsIrreversibleOrFailsWhenDownsAreRequired(TestDatabase db) throws IOException {
        write("1_account", ACCOUNT, "DROP TABLE account;");
        write("2_seed", "INSERT INTO account (id, email) VALUES (1, 'a@example.org');", null);

        MigrationTestReport lenient = tester(db).test(MigrationTestOptions.of(dir.toString()));
        MigrationTestReport strict = tester(db).test(MigrationTestOptions.of(dir.toString()).withRequireDown(true));

        assertThat(lenient.verdicts().get(1).outcome()).isEqualTo(Outcome.IRREVERSIBLE);
        assertThat(lenient.passed()).isTrue();
        assertThat(strict.verdicts().get(1).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(strict.verdicts().get(1).failure().code()).isEqualTo(CoreErrorCode.CONFIGURATION.code());
    }

    @DatabaseTest
    void noTransactionMigrationRunsAsTheRunnerRunsIt(TestDatabase db) throws IOException {
        boolean postgres = db.kind() == DatabaseKind.POSTGRESQL;
        write("1_account", ACCOUNT, "DROP TABLE account;");
        write("2_email_index", "-- migration:no-transaction\nCREATE INDEX " + (postgres ? "CONCURRENTLY " : "")
                + "account_email ON account (email);", "-- migration:no-transaction\n" + (postgres
                ? "DROP INDEX CONCURRENTLY account_email;" : dropIndex(db)));

        MigrationTestReport report = tester(db).test(MigrationTestOptions.of(dir.toString()));

        assertThat(report.verdicts()).extracting(MigrationVerdict::outcome)
                .containsExactly(Outcome.EXACT, Outcome.EXACT);
    }

    @DatabaseTest
    void dataCheckCatchesDropAndRecreateDown(TestDatabase db, @TempDir Path data) throws IOException {
        write("1_account", ACCOUNT, "DROP TABLE account;");
        write("2_name", "ALTER TABLE account ADD COLUMN name varchar(50);",
                "DROP TABLE account;\n" + ACCOUNT);
        Files.writeString(data.resolve("2.sql"), "INSERT INTO account (id, email, name) VALUES (1, 'a@b', 'A');");

        MigrationTestReport withoutData = tester(db).test(MigrationTestOptions.of(dir.toString()));
        MigrationTestReport withData = tester(db).test(MigrationTestOptions.of(dir.toString()).withTestData(data));

        assertThat(withoutData.passed()).isTrue();
        MigrationVerdict name = withData.verdicts().get(1);
        assertThat(name.outcome()).isEqualTo(Outcome.DESTRUCTIVE);
        assertThat(name.lostRows()).containsExactly("account: 1 of 1 rows lost");
    }

    @DatabaseTest
    void latestTestsOnlyTheNewestOnTopOfTheOthers(TestDatabase db) throws IOException {
        write("1_account", ACCOUNT, "SELECT 1;");
        write("2_name", "ALTER TABLE account ADD COLUMN name varchar(50);", "ALTER TABLE account DROP COLUMN name;");

        MigrationTestReport report = tester(db).test(MigrationTestOptions.of(dir.toString()).withLatest(1));

        assertThat(report.verdicts()).extracting(MigrationVerdict::outcome)
                .containsExactly(Outcome.APPLIED_ONCE, Outcome.EXACT);
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void badOptionsFailBeforeAnythingRuns(TestDatabase db, @TempDir Path data) throws IOException {
        write("1_account", ACCOUNT, "DROP TABLE account;");
        Files.writeString(data.resolve("7.sql"), "SELECT 1;");

        assertThatThrownBy(() -> tester(db).test(MigrationTestOptions.of(dir.toString()).withLatest(-1)))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION));
        assertThatThrownBy(() -> tester(db).test(MigrationTestOptions.of(dir.toString()).withTestData(data)))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION));
        assertThat(db.tables()).isEmpty();
    }

    private static MigrationTester tester(TestDatabase db) {
        return new MigrationTester(db.dataSource(), db.kind(), Exclusions.defaults());
    }

    private static String dropIndex(TestDatabase db) {
        return db.kind() == DatabaseKind.POSTGRESQL ? "DROP INDEX account_email;"
                : "DROP INDEX account_email ON account;";
    }

    private void write(String stem, String up, String down) throws IOException {
        Files.writeString(dir.resolve(stem + ".up.sql"), up + "\n");
        if (down != null) {
            Files.writeString(dir.resolve(stem + ".down.sql"), down + "\n");
        }
    }
}
