package org.schemamigrate.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SumFileTest {
    @TempDir
    Path dir;

    @BeforeEach
    void twoMigrations() throws IOException {
        Files.writeString(dir.resolve("1_one.up.sql"), "CREATE TABLE one (id INT);\n");
        Files.writeString(dir.resolve("1_one.down.sql"), "DROP TABLE one;\n");
        Files.writeString(dir.resolve("2_two.up.sql"), "CREATE TABLE two (id INT);\n");
        SumFile.write(dir);
    }

    private MigrationDirectory load() {
        return MigrationDirectory.load(dir.toString(), null);
    }

    @Test
    void aFreshSumMatchesAndIgnoresLineEndings() throws IOException {
        assertThat(load().integrityProblems()).isEmpty();
        Files.writeString(dir.resolve("2_two.up.sql"), "CREATE TABLE two (id INT);\r\n");
        assertThat(load().integrityProblems()).isEmpty();
    }

    @Test
    void editedAddedAndRemovedFilesAreEachReported() throws IOException {
        Files.writeString(dir.resolve("2_two.up.sql"), "CREATE TABLE two (id BIGINT);\n");
        Files.writeString(dir.resolve("3_three.up.sql"), "SELECT 1;\n");
        Files.delete(dir.resolve("1_one.down.sql"));

        assertThat(load().integrityProblems()).containsExactly(
                "1_one.down.sql is listed in migration.sum but no longer exists.",
                "2_two.up.sql changed after migration.sum was written.",
                "3_three.up.sql is not in migration.sum (added by hand, or merged from another branch).");
    }

    @Test
    void aHandEditedSumIsAnErrorAndHashRewritesIt() throws IOException {
        Path sum = dir.resolve(SumFile.FILE_NAME);
        Files.writeString(sum, Files.readString(sum).replace("2_two.up.sql", "2_zwei.up.sql"));

        assertThatThrownBy(this::load).hasMessageContaining("migration.sum was edited by hand")
                .hasMessageContaining("migration:hash");
        SumFile.write(dir);
        assertThat(load().integrityProblems()).isEmpty();
    }
}
