package org.schemamigrate.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;

class MigrationDirectoryTest {
    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }

    private MigrationDirectory load() {
        return MigrationDirectory.load(dir.toString(), null);
    }

    @Test
    void pairsAreSortedByVersionAndOtherFilesIgnored() throws IOException {
        write("20261122183000_add_email.up.sql", "ALTER TABLE t ADD email TEXT;");
        write("20261122183000_add_email.down.sql", "ALTER TABLE t DROP email;");
        write("20250101000000_init.up.sql", "CREATE TABLE t (id INT);");
        write("notes.txt", "whatever");
        write("README.md", "# notes");

        MigrationDirectory directory = load();

        assertThat(directory.migrations()).extracting(Migration::version, Migration::name, Migration::reversible)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(20250101000000L, "init", false),
                        org.assertj.core.groups.Tuple.tuple(20261122183000L, "add_email", true));
        assertThat(directory.latestVersion()).isEqualTo(20261122183000L);
    }

    @Test
    void zeroPaddedSequenceNumbersAreVersions() throws IOException {
        write("0002_second.up.sql", "SELECT 2;");
        write("0010_tenth.up.sql", "SELECT 10;");

        assertThat(load().migrations()).extracting(Migration::version).containsExactly(2L, 10L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1_AddEmail.up.sql", "add_email.up.sql", "1-add-email.up.sql", "1_add_email.sql",
            "1_add email.up.sql", "V1__add_email.sql"})
    void aBadFileNameIsAnErrorNamingTheFile(String name) throws IOException {
        write(name, "SELECT 1;");

        assertThatThrownBy(this::load)
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.INVALID_DIRECTORY))
                .hasMessageContaining(name)
                .hasMessageContaining("<version>_<name>.up.sql");
    }

    @Test
    void versionZeroIsRejected() throws IOException {
        write("000_zero.up.sql", "SELECT 1;");

        assertThatThrownBy(this::load).hasMessageContaining("000_zero.up.sql has version 0");
    }

    @Test
    void duplicateVersionsNameBothFiles() throws IOException {
        write("1_first.up.sql", "SELECT 1;");
        write("001_first.up.sql", "SELECT 1;");

        assertThatThrownBy(this::load).hasMessageContaining("Two up migrations have version 1")
                .hasMessageContaining("001_first.up.sql").hasMessageContaining("1_first.up.sql");
    }

    @Test
    void upAndDownWithDifferentNamesAreAnError() throws IOException {
        write("1_first.up.sql", "SELECT 1;");
        write("1_other.down.sql", "SELECT 1;");

        assertThatThrownBy(this::load).hasMessageContaining("Version 1 has files with different names");
    }

    @Test
    void aDownWithoutUpIsAnError() throws IOException {
        write("1_first.up.sql", "SELECT 1;");
        write("2_orphan.down.sql", "SELECT 1;");

        assertThatThrownBy(this::load).hasMessageContaining("2_orphan.down.sql has no up migration")
                .hasMessageContaining("Add 2_orphan.up.sql");
    }

    @Test
    void aFileThatIsNotUtf8IsAnError() throws IOException {
        Files.write(dir.resolve("1_latin1.up.sql"), "SELECT 'caf\u00e9';".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(this::load).hasMessageContaining("1_latin1.up.sql is not valid UTF-8");
    }

    @Test
    void aMissingDirectoryNamesThePathAndTheSetting() {
        assertThatThrownBy(() -> MigrationDirectory.load(dir.resolve("nope").toString(), null))
                .hasMessageContaining("nope does not exist").hasMessageContaining("migration.dir");
    }

    @Test
    void checksumsIgnoreLineEndingsAndByteOrderMark() {
        assertThat(Checksums.sha256("\uFEFFa\r\nb\rc\n")).isEqualTo(Checksums.sha256("a\nb\nc\n"))
                .isNotEqualTo(Checksums.sha256("a\nb\nc"));
    }

    @Test
    void theNoTransactionDirectiveIsReadFromTheLeadingComments() throws IOException {
        write("1_index.up.sql", "-- create the index online\n-- migration:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (c);");
        write("2_later_comment.up.sql", "SELECT 1;\n-- migration:no-transaction\n");

        MigrationDirectory directory = load();

        assertThat(directory.find(1).orElseThrow().up().noTransaction()).isTrue();
        assertThat(directory.find(2).orElseThrow().up().noTransaction())
                .as("a directive after the first statement is an ordinary comment").isFalse();
    }

    @Test
    void theAllowDestructiveDirectiveMarksOnlyItsOwnFile() throws IOException {
        write("1_drop.up.sql", "-- reviewed by the DBA\n-- migration:allow-destructive\nDROP TABLE t;");
        write("1_drop.down.sql", "CREATE TABLE t (id INT);");
        write("2_both.up.sql", "-- MIGRATION:no-transaction\n-- migration:allow-destructive\nSELECT 1;");

        MigrationDirectory directory = load();

        assertThat(directory.find(1).orElseThrow().up().allowDestructive()).isTrue();
        assertThat(directory.find(1).orElseThrow().up().noTransaction()).isFalse();
        assertThat(directory.find(1).orElseThrow().down().allowDestructive()).isFalse();
        assertThat(directory.find(2).orElseThrow().up().directives()).isEqualTo(new Directives(true, true));
    }

    @Test
    void anUnknownDirectiveListsTheKnownOnes() throws IOException {
        write("1_typo.up.sql", "-- migration:allow-destruction\nDROP TABLE t;");

        assertThatThrownBy(this::load).hasMessageContaining("1_typo.up.sql line 1")
                .hasMessageContaining("-- migration:no-transaction, -- migration:allow-destructive");
    }

    @Test
    void anUnknownDirectiveIsAnErrorWithTheLine() throws IOException {
        write("1_typo.up.sql", "-- header\n-- migration:no-transactions\nSELECT 1;");

        assertThatThrownBy(this::load).hasMessageContaining("1_typo.up.sql line 2")
                .hasMessageContaining("unknown directive").hasMessageContaining("-- migration:no-transaction");
    }

    @Test
    void theDestructiveMarkerListsStatementNumbersAndAMalformedOneIsAnError() throws IOException {
        write("1_narrow.up.sql", "-- migration:destructive 2, 5\nSELECT 1;");
        write("2_bad.up.sql", "-- migration:destructive two\nSELECT 1;");

        assertThatThrownBy(this::load).hasMessageContaining("2_bad.up.sql line 1")
                .hasMessageContaining("-- migration:destructive <statement numbers>");
        assertThat(Directives.parse("-- migration:destructive 2, 5\nSELECT 1;", "1_narrow.up.sql")
                .destructiveStatements()).containsExactly(2, 5);
        assertThat(Directives.destructive(java.util.List.of(2, 5))).isEqualTo("-- migration:destructive 2,5");
    }
}

