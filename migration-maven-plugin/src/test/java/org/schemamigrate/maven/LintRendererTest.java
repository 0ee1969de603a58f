package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.lint.Category;
import org.schemamigrate.core.lint.LintReport;
import org.schemamigrate.core.lint.MigrationLint;
import org.schemamigrate.core.source.MigrationDirectory;

class LintRendererTest {
    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("1_create_customer.up.sql"), "CREATE TABLE customer (id INT, email TEXT);");
        Files.writeString(dir.resolve("1_create_customer.down.sql"), "DROP TABLE customer;");
        Files.writeString(dir.resolve("2_drop_email.up.sql"),
                "-- migration:allow-destructive\nALTER TABLE customer DROP COLUMN email;");
        Files.writeString(dir.resolve("2_drop_email.down.sql"), "ALTER TABLE customer ADD COLUMN email TEXT NOT NULL;");
    }

    private LintRenderer renderer(Category failOn) {
        LintReport report = new MigrationLint(DatabaseKind.POSTGRESQL, MigrationLint.Sides.BOTH, 0)
                .lint(MigrationDirectory.load(dir.toString(), null));
        return new LintRenderer(report, failOn);
    }

    @Test
    void textIsGroupedByFileWithTheStatementsAndWhatIsReviewed() {
        LintRenderer renderer = renderer(Category.DESTRUCTIVE);

        assertThat(renderer.text()).containsExactly(
                "Linted 4 file(s) of 2 migration(s) in " + dir.toAbsolutePath() + " as PostgreSQL: 4 findings, 1 at"
                        + " or above destructive and not reviewed.",
                "1_create_customer.down.sql",
                "  line 1 SM102 destructive (fails the lint): drops a table and all its rows",
                "      DROP TABLE customer",
                "2_drop_email.up.sql (reviewed: -- migration:allow-destructive)",
                "  line 2 SM103 destructive (reviewed): drops column customer.email and its data",
                "      ALTER TABLE customer DROP COLUMN email",
                "  line 2 SM302 backward-incompatible: the application version running during the deploy may still"
                        + " read or write customer.email: stop using it in one release, drop it in the next",
                "      ALTER TABLE customer DROP COLUMN email",
                "2_drop_email.down.sql",
                "  line 1 SM201 data-dependent: adds a NOT NULL column without a default: fails if customer has rows",
                "      ALTER TABLE customer ADD COLUMN email TEXT NOT NULL");
        // each finding is printed once: the text above lists it, the failure only counts it
        assertThat(renderer.failureMessage(false))
                .startsWith("migration:lint found 1 finding at or above destructive (migration.failOn) that is not"
                        + " reviewed, marked (fails the lint) above.")
                .doesNotContain("SM102")
                .contains("-- migration:allow-destructive", "-Dmigration.failOn=none");
    }

    @Test
    void failOnNoneOnlyReports() {
        LintRenderer renderer = renderer(null);

        assertThat(renderer.failing()).isEmpty();
        assertThat(renderer.text().get(0)).endsWith("4 findings (migration.failOn=none: only reported).");
    }

    @Test
    void jsonHasOneObjectPerFileWithFindings() {
        String json = renderer(Category.DATA_DEPENDENT).json();

        assertThat(json).startsWith("{\"dialect\":\"postgresql\",\"directory\":")
                .contains("\"migrations\":2,\"failOn\":\"data-dependent\",\"findings\":4,\"failing\":3,\"files\":[")
                .contains("{\"version\":2,\"file\":\"2_drop_email.up.sql\",\"direction\":\"up\",\"reviewed\":true,"
                        + "\"findings\":[{\"code\":\"SM103\",\"category\":\"destructive\",\"line\":2,\"statement\":1,")
                .contains("\"sql\":\"ALTER TABLE customer DROP COLUMN email\",\"reviewed\":true,\"failing\":false}")
                .contains("\"code\":\"SM201\"", "\"failing\":true")
                .doesNotContain("1_create_customer.up.sql")
                .doesNotContain("\n");
    }
}
