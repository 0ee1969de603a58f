package org.schemamigrate.diff.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schemamigrate.diff.change.ColumnChange;
import org.schemamigrate.diff.change.SchemaChange.AlterColumn;
import org.schemamigrate.diff.change.SchemaChange.ConstraintKind;
import org.schemamigrate.diff.change.SchemaChange.RenameColumn;
import org.schemamigrate.diff.change.SchemaChange.RenameConstraint;
import org.schemamigrate.diff.change.SchemaChange.RenameSequence;
import org.schemamigrate.diff.change.SchemaChange.RenameTable;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.diff.mysql.MySqlDiffHooks;
import org.schemamigrate.diff.diff.postgres.PostgresDiffHooks;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.Sequence;
import org.schemamigrate.diff.model.Table;

/** The differ with requested renames, on hand-built models; the golden rename cases prove the SQL. */
class RenameDiffTest {
    private final SchemaDiffer differ = new SchemaDiffer(new PostgresDiffHooks());

    private static Column id() {
        return Column.of("id", ColumnType.of("bigint"), false);
    }

    private static Column varchar(String name, int length) {
        return Column.of(name, ColumnType.varchar(length), true);
    }

    private static Table table(String name, Column... columns) {
        return Table.of(name, List.of(columns), new PrimaryKey(name + "_pkey", List.of("id")));
    }

    private static Schema schema(List<Sequence> sequences, Table... tables) {
        return new Schema("public", List.of(tables), sequences, List.of());
    }

    private static Schema schema(Table... tables) {
        return schema(List.of(), tables);
    }

    /** author.code is referenced by book's FK and used by a check named after it. */
    private static Schema authors(String code) {
        Table author = table("author", id(), varchar(code, 20))
                .withChecks(List.of(new Check("author_" + code + "_check", "(length((" + code + ")::text) > 0)")));
        Table book = table("book", id(), varchar("author_code", 20)).withForeignKeys(List.of(
                ForeignKey.of("fk_book_author", List.of("author_code"), "author", List.of(code))));
        return schema(author, book);
    }

    @Test
    void aRenamedColumnKeepsItsReferencesAndItsCheckFollowsItsName() {
        List<SchemaChange> changes = differ.diff(authors("code"), authors("ref"), Renames.parse("author.code:ref"));

        assertThat(changes).containsExactly(new RenameColumn("author", "code", "ref"),
                new RenameConstraint("author", ConstraintKind.CHECK, "author_code_check", "author_ref_check"));
        assertThat(differ.diff(authors("ref"), authors("code"), Renames.parse("author.code:ref").inverse()))
                .containsExactly(new RenameColumn("author", "ref", "code"),
                        new RenameConstraint("author", ConstraintKind.CHECK, "author_ref_check", "author_code_check"));
    }

    @Test
    void withoutTheRenameTheSameChangeIsADropAndAnAdd() {
        assertThat(differ.diff(authors("code"), authors("ref"))).extracting(c -> c.getClass().getSimpleName())
                .contains("DropColumn", "AddColumn").doesNotContain("RenameColumn");
    }

    @Test
    void aRenamedColumnWhoseTypeChangesIsRenamedThenAltered() {
        Schema from = schema(table("customer", id(), varchar("last_name", 50)));
        Schema to = schema(table("customer", id(), varchar("surname", 100).withNullable(false)));

        List<SchemaChange> changes = differ.diff(from, to, Renames.parse("customer.last_name:surname"));

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0)).isEqualTo(new RenameColumn("customer", "last_name", "surname"));
        assertThat(changes.get(1)).isInstanceOfSatisfying(AlterColumn.class, alter -> {
            assertThat(alter.to().name()).isEqualTo("surname");
            assertThat(alter.changes()).containsExactlyInAnyOrder(ColumnChange.TYPE, ColumnChange.NULLABILITY);
        });
    }

    @Test
    void aRenamedTableTakesItsKeyItsSequencesAndTheForeignKeysToIt() {
        Column serial = Column.of("legacy_no", ColumnType.of("integer"), false);
        Schema from = schema(List.of(Sequence.of("library_item_seq", 1, 50),
                        Sequence.of("library_item_legacy_no_seq", 1, 1).withOwner("library_item", "legacy_no")),
                table("library_item", id(), serial.withDefault("nextval('library_item_legacy_no_seq'::regclass)")),
                table("loan", id(), Column.of("item_id", ColumnType.of("bigint"), true)).withForeignKeys(List.of(
                        ForeignKey.of("FKq4f2ufpb7fenyx5d4rasyq6lx", List.of("item_id"), "library_item",
                                List.of("id")))));
        Schema to = schema(List.of(Sequence.of("book_seq", 1, 50),
                        Sequence.of("book_legacy_no_seq", 1, 1).withOwner("book", "legacy_no")),
                table("book", id(), serial.withDefault("nextval('book_legacy_no_seq'::regclass)")),
                table("loan", id(), Column.of("item_id", ColumnType.of("bigint"), true)).withForeignKeys(List.of(
                        ForeignKey.of("FK7wkbh5ub0ad6l2lsvhwtbfc0x", List.of("item_id"), "book", List.of("id")))));

        assertThat(differ.diff(from, to, Renames.parse("library_item:book"))).containsExactly(
                new RenameTable("library_item", "book"),
                new RenameConstraint("book", ConstraintKind.PRIMARY_KEY, "library_item_pkey", "book_pkey"),
                new RenameSequence("library_item_legacy_no_seq", "book_legacy_no_seq"),
                new RenameSequence("library_item_seq", "book_seq"),
                new RenameConstraint("loan", ConstraintKind.FOREIGN_KEY, "FKq4f2ufpb7fenyx5d4rasyq6lx",
                        "FK7wkbh5ub0ad6l2lsvhwtbfc0x"));
        assertThat(differ.diff(to, from, Renames.parse("library_item:book").inverse())).hasSize(5);
    }

    @Test
    void mysqlRenamesOnlyWhatItCan() {
        SchemaDiffer mysql = new SchemaDiffer(new MySqlDiffHooks());
        assertThat(mysql.diff(authors("code"), authors("ref"), Renames.parse("author.code:ref")))
                .as("a check cannot be renamed on MySQL: its name stays, which never churns")
                .containsExactly(new RenameColumn("author", "code", "ref"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "writer:author        | 'writer:author': the current schema has no table writer (name the table as it"
                    + " is now",
            "author:book          | 'author:book': the current schema already has a table book",
            "author:writer        | 'author:writer': the desired schema has no table writer.",
            "author.name:ref      | 'author.name:ref': table author has no column name in the current schema"
                    + " (its columns: id, code)",
            "author.code:id       | 'author.code:id': table author already has a column id.",
            "author.code:label    | 'author.code:label': table author has no column label in the desired schema"
                    + " (its columns: id, ref)",
            "nobody.code:ref      | 'nobody.code:ref': the current schema has no table nobody.",
    })
    void entriesThatDoNotFitTheSchemasNameTheSettingAndTheFix(String setting, String message) {
        assertThatThrownBy(() -> differ.diff(authors("code"), authors("ref"), Renames.parse(setting)))
                .hasMessageStartingWith("migration.renames: ").hasMessageContaining(message);
    }

    @Test
    void aColumnOfATableGoneFromTheDesiredSchemaSuggestsRenamingTheTable() {
        Schema to = schema(table("writer", id(), varchar("ref", 20)));
        assertThatThrownBy(() -> differ.diff(authors("code"), to, Renames.parse("author.code:ref")))
                .hasMessageContaining("the desired schema has no table author (if the table is renamed too, add its"
                        + " rename: author:<new name>)");
    }

    @Test
    void namesInsideExpressionsAreReplacedAsWholeIdentifiersOutsideLiterals() {
        assertThat(SqlNames.replaceIdentifier("(isbn <> 'isbn'::text) AND (isbn_old > 0) AND \"isbn\" ~ x::isbn",
                "isbn", "isbn13")).isEqualTo("(isbn13 <> 'isbn'::text) AND (isbn_old > 0) AND \"isbn13\" ~ x::isbn");
        assertThat(SqlNames.replaceIdentifier("`status` between 0 and 2", "status", "state"))
                .isEqualTo("`state` between 0 and 2");
    }
}
