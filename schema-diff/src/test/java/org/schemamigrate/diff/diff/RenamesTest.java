package org.schemamigrate.diff.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;

class RenamesTest {

    @Test
    void tablesAndColumnsAreParsedAndSorted() {
        Renames renames = Renames.parse(" library_item.isbn:isbn13 , author:writer,, library_item.code:ref ");

        assertThat(renames.tables()).containsExactly(new Renames.TableRename("author", "writer"));
        assertThat(renames.columns()).containsExactly(
                new Renames.ColumnRename("library_item", "code", "ref"),
                new Renames.ColumnRename("library_item", "isbn", "isbn13"));
        assertThat(renames).hasToString("author:writer,library_item.code:ref,library_item.isbn:isbn13");
        assertThat(Renames.parse(renames.toString())).isEqualTo(renames);
    }

    @Test
    void nothingGivenIsNoRenames() {
        assertThat(Renames.parse(null).isEmpty()).isTrue();
        assertThat(Renames.parse("  ").isEmpty()).isTrue();
        assertThat(Renames.none().inverse().isEmpty()).isTrue();
    }

    @Test
    void aColumnEntryMayNameItsTableByTheNewName() {
        Renames byNewName = Renames.parse("library_item:book,book.isbn:isbn13");
        Renames byCurrentName = Renames.parse("library_item:book,library_item.isbn:isbn13");

        assertThat(byNewName).isEqualTo(byCurrentName);
        assertThat(byNewName.columns()).containsExactly(new Renames.ColumnRename("library_item", "isbn", "isbn13"));
    }

    @Test
    void theInverseUndoesTablesAndColumnsNamedInTheDesiredSchema() {
        Renames renames = Renames.parse("library_item:book,library_item.isbn:isbn13,loan.item_id:book_id");

        Renames inverse = renames.inverse();

        assertThat(inverse).hasToString("book:library_item,book.isbn13:isbn,loan.book_id:item_id");
        assertThat(inverse.inverse()).isEqualTo(renames);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "book                 | 'book' is not a rename: write old:new for a table or table.old:new",
            "book:                | 'book:' is not a rename",
            "a.b.c:d              | 'a.b.c:d' is not a rename",
            "a.b:a.c              | 'a.b:a.c' is not a rename",
            ".b:c                 | '.b:c' is not a rename",
            "a:b:c                | 'a:b:c' is not a rename",
            "book:book            | 'book:book' renames book to its own name",
            "a:b,a:c              | the table a is renamed twice ('a:b' and 'a:c'); give it one new name",
            "a:c,b:c              | 'a:c' and 'b:c' both rename to c",
            "t.a:b,t.a:c          | the column t.a is renamed twice ('t.a:b' and 't.a:c')",
            "t.a:c,t.b:c          | 't.a:c' and 't.b:c' both rename to t.c",
    })
    void malformedAndDuplicateEntriesNameTheSettingAndTheEntry(String setting, String message) {
        assertThatThrownBy(() -> Renames.parse(setting))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION))
                .hasMessageStartingWith("migration.renames: ")
                .hasMessageContaining(message);
    }
}
