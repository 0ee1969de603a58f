package org.schemamigrate.diff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemamigrate.diff.diff.postgres.PostgresDiffHooks;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.Table;

class RenameHintsTest {
    private final SchemaDiffer differ = new SchemaDiffer(new PostgresDiffHooks());

    private static Schema item(Column... columns) {
        List<Column> all = new ArrayList<>(List.of(Column.of("id", ColumnType.of("bigint"), false)));
        all.addAll(List.of(columns));
        return new Schema("public", List.of(Table.of("library_item", all, new PrimaryKey(null, List.of("id")))),
                List.of(), List.of());
    }

    private List<String> hints(Schema from, Schema to) {
        return RenameHints.find(differ.diff(from, to));
    }

    @Test
    void aDroppedColumnAndAnAddedOneOfTheSameFamilyMayBeARename() {
        assertThat(hints(item(Column.of("isbn", ColumnType.varchar(13), true)),
                item(Column.of("isbn13", ColumnType.of("text"), true)))).containsExactly(
                "library_item.isbn was dropped and library_item.isbn13 (text) added: if this is a rename, run again"
                        + " with -Dmigration.renames=library_item.isbn:isbn13 to plan RENAME COLUMN and keep the data.");
        assertThat(hints(item(Column.of("visits", ColumnType.of("integer"), true)),
                item(Column.of("visit_count", ColumnType.of("bigint"), true)))).hasSize(1);
    }

    @Test
    void otherFamiliesAndGivenRenamesGiveNoHint() {
        Schema from = item(Column.of("isbn", ColumnType.varchar(13), true));
        assertThat(hints(from, item(Column.of("published", ColumnType.of("date"), true)))).isEmpty();
        assertThat(hints(from, item(Column.of("isbn_number", ColumnType.of("bigint"), true)))).isEmpty();
        Schema to = item(Column.of("isbn13", ColumnType.varchar(13), true));
        assertThat(RenameHints.find(differ.diff(from, to, Renames.parse("library_item.isbn:isbn13")))).isEmpty();
    }

    @Test
    void aDroppedTableAndACreatedOneWithTheSameColumnsMayBeARename() {
        Schema from = item(Column.of("title", ColumnType.varchar(255), true));
        List<Column> columns = from.tables().get(0).columns();

        assertThat(hints(from, book(columns))).containsExactly("Table library_item was dropped and book created"
                + " with the same columns: if this is a rename, run again with -Dmigration.renames=library_item:book"
                + " to plan RENAME TABLE and keep the data.");
        assertThat(hints(from, book(columns.subList(0, 1)))).as("other columns").isEmpty();
    }

    private static Schema book(List<Column> columns) {
        return new Schema("public", List.of(Table.of("book", columns, new PrimaryKey(null, List.of("id")))),
                List.of(), List.of());
    }
}
