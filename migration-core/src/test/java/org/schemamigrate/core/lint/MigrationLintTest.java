package org.schemamigrate.core.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.source.MigrationDirectory;

class MigrationLintTest {
    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }

    private void threeMigrations() throws IOException {
        write("1_create_customer.up.sql", "CREATE TABLE customer (id INT PRIMARY KEY, email TEXT);\n"
                + "CREATE INDEX customer_email ON customer (email);");
        write("1_create_customer.down.sql", "DROP TABLE customer;");
        write("2_index_email.up.sql", "CREATE UNIQUE INDEX customer_email_uk ON customer (email);");
        write("2_index_email.down.sql", "DROP INDEX customer_email_uk;");
        write("3_drop_email.up.sql", "-- migration:allow-destructive\n-- reviewed: moved to contact\n"
                + "ALTER TABLE customer DROP COLUMN email;");
        write("3_drop_email.down.sql", "ALTER TABLE customer ADD COLUMN email TEXT;");
    }

    private LintReport lint(DatabaseKind kind, MigrationLint.Sides sides, int latest) {
        return new MigrationLint(kind, sides, latest).lint(MigrationDirectory.load("filesystem:" + dir, null));
    }

    private static List<String> codes(LintReport report) {
        return report.files().stream().flatMap(f -> f.findings().stream()
                .map(x -> x.file() + ":" + x.line() + " " + x.code())).toList();
    }

    @Test
    void upAndDownFilesAreLintedInVersionOrderWithFileAndLine() throws IOException {
        threeMigrations();

        LintReport report = lint(DatabaseKind.POSTGRESQL, MigrationLint.Sides.BOTH, 0);

        assertThat(report.migrations()).isEqualTo(3);
        assertThat(report.files()).extracting(LintReport.FileReport::file).containsExactly(
                "1_create_customer.up.sql", "1_create_customer.down.sql", "2_index_email.up.sql",
                "2_index_email.down.sql", "3_drop_email.up.sql", "3_drop_email.down.sql");
        // the index on the table created in the same file is not locking: nobody uses that table yet
        assertThat(codes(report)).containsExactly("1_create_customer.down.sql:1 SM102",
                "2_index_email.up.sql:1 SM203", "2_index_email.up.sql:1 SM401", "2_index_email.down.sql:1 SM402",
                "3_drop_email.up.sql:3 SM103", "3_drop_email.up.sql:3 SM302");
    }

    @Test
    void reviewedDestructiveFindingsAreShownButDoNotFail() throws IOException {
        threeMigrations();

        LintReport report = lint(DatabaseKind.POSTGRESQL, MigrationLint.Sides.BOTH, 0);

        LintReport.FileReport reviewed = report.files().get(4);
        assertThat(reviewed.reviewed()).isTrue();
        assertThat(reviewed.reviewed(reviewed.findings().get(0))).isTrue();
        assertThat(report.failing(Category.DESTRUCTIVE)).extracting(Finding::file)
                .containsExactly("1_create_customer.down.sql");
        assertThat(report.failing(Category.DATA_DEPENDENT)).extracting(Finding::code)
                .containsExactly("SM102", "SM203", "SM302"); // the directive reviews the drop's data loss only
        assertThat(report.failing(Category.LOCKING)).hasSize(5);
        assertThat(report.failing(null)).isEmpty();
    }

    @Test
    void sidesAndLatestNarrowWhatIsLinted() throws IOException {
        threeMigrations();

        assertThat(codes(lint(DatabaseKind.POSTGRESQL, MigrationLint.Sides.UP, 0))).containsExactly(
                "2_index_email.up.sql:1 SM203", "2_index_email.up.sql:1 SM401", "3_drop_email.up.sql:3 SM103",
                "3_drop_email.up.sql:3 SM302");
        assertThat(codes(lint(DatabaseKind.POSTGRESQL, MigrationLint.Sides.DOWN, 2))).containsExactly(
                "2_index_email.down.sql:1 SM402");
        assertThat(lint(DatabaseKind.POSTGRESQL, MigrationLint.Sides.BOTH, 1).migrations()).isEqualTo(1);
        assertThat(lint(DatabaseKind.POSTGRESQL, MigrationLint.Sides.BOTH, 10).migrations()).isEqualTo(3);
    }

    @Test
    void theDialectDecidesWhatIsLocking() throws IOException {
        threeMigrations();

        assertThat(codes(lint(DatabaseKind.MARIADB, MigrationLint.Sides.BOTH, 0))).containsExactly(
                "1_create_customer.down.sql:1 SM102", "2_index_email.up.sql:1 SM203", "3_drop_email.up.sql:3 SM103",
                "3_drop_email.up.sql:3 SM302");
    }

    @Test
    void mySqlDelimiterBlocksAreSplitLikeTheRunnerDoes() throws IOException {
        write("1_proc.up.sql", "DELIMITER //\nCREATE PROCEDURE p() BEGIN DROP TABLE x; END //\nDELIMITER ;\n"
                + "DROP TABLE y;");

        assertThat(codes(lint(DatabaseKind.MYSQL, MigrationLint.Sides.BOTH, 0)))
                .containsExactly("1_proc.up.sql:4 SM102");
    }

    @Test
    void settingsAreParsedWithTheirNameInTheError() {
        assertThat(LintReport.failOn(null, "migration.failOn")).isEqualTo(Category.DESTRUCTIVE);
        assertThat(LintReport.failOn("None", "migration.failOn")).isNull();
        assertThat(LintReport.failOn("data-dependent", "migration.failOn")).isEqualTo(Category.DATA_DEPENDENT);
        assertThatThrownBy(() -> LintReport.failOn("high", "migration.failOn"))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION))
                .hasMessageContaining("migration.failOn must be one of destructive")
                .hasMessageContaining("or none (only report); got 'high'");
        assertThat(MigrationLint.Sides.parse("Down", "migration.direction")).isEqualTo(MigrationLint.Sides.DOWN);
        assertThatThrownBy(() -> MigrationLint.Sides.parse("sideways", "migration.direction"))
                .hasMessageContaining("migration.direction must be up, down or both; got 'sideways'");
    }
}
