package org.schemamigrate.diff.diff.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.diff.SchemaDiffer;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.model.TableOptions;

/** The generic differ with the MySQL hooks, on hand-built models. */
class MySqlDifferTest {
    private static final SchemaDiffer DIFFER = new SchemaDiffer(new MySqlDiffHooks());

    private static Table table(String name, ColumnType idType, ColumnType refType, List<ForeignKey> fks) {
        return new Table(name, List.of(Column.of("id", idType, false), Column.of("ref", refType, true)),
                new PrimaryKey("PRIMARY", List.of("id")), List.of(), List.of(), fks, List.of(), null,
                new TableOptions("InnoDB", "utf8mb4_bin"));
    }

    @Test
    void foreignKeysOnRetypedColumnsAreDroppedAndAddedAround() {
        ColumnType integer = ColumnType.of("int");
        ColumnType bigint = ColumnType.of("bigint");
        ForeignKey fk = ForeignKey.of("fk_child", List.of("ref"), "parent", List.of("id"));
        Schema from = new Schema("s", List.of(table("parent", integer, integer, List.of()),
                table("child", integer, integer, List.of(fk))), List.of(), List.of());
        Schema to = new Schema("s", List.of(table("parent", bigint, integer, List.of()),
                table("child", integer, integer, List.of(fk))), List.of(), List.of());

        assertThat(DIFFER.diff(from, to)).extracting(c -> c.getClass().getSimpleName()).containsExactly(
                "DropForeignKey", "AlterColumn", "AddForeignKey");
        assertThat(DIFFER.diff(from, from)).isEmpty();
    }

    @Test
    void aColumnLevelCheckIsDroppedAndAddedWhenItsColumnChanges() {
        Column status = Column.of("status", ColumnType.of("tinyint"), true);
        Check check = new Check("status", "`status` between 0 and 1", status);
        Table before = new Table("c", List.of(status), null, List.of(), List.of(), List.of(), List.of(check), null,
                null);
        Table after = before.withColumns(List.of(status.withComment("state")));

        List<SchemaChange> changes = DIFFER.diff(new Schema("s", List.of(before), List.of(), List.of()),
                new Schema("s", List.of(after), List.of(), List.of()));
        assertThat(changes).extracting(c -> c.getClass().getSimpleName())
                .containsExactlyInAnyOrder("DropCheck", "AlterColumn", "AddCheck");
    }

    @Test
    void mysql8AndMariaDbSpellingsOfOneCheckAreEqual() {
        Table mysql = new Table("b", List.of(Column.of("n", ColumnType.of("int"), true)), null, List.of(), List.of(),
                List.of(), List.of(new Check("ck", "(`n` > 0)")), null, null);
        Table mariaDb = mysql.withChecks(List.of(new Check("ck", "`n` > 0")));
        assertThat(DIFFER.diff(new Schema("s", List.of(mysql), List.of(), List.of()),
                new Schema("s", List.of(mariaDb), List.of(), List.of()))).isEmpty();
    }

    /**
     * A case-only index rename is a rename too (the planner writes it through a temporary name, as MariaDB keeps
     * the old spelling of an index dropped and added in one ALTER).
     */
    @Test
    void anIndexNameDifferingOnlyInCaseIsRenamedLikeAnotherName() {
        Table from = new Table("p", List.of(Column.of("name", ColumnType.varchar(100), true)), null,
                List.of(Index.on("IDX_NAME", false, "name")), List.of(), List.of(), List.of(), null, null);
        Schema current = new Schema("s", List.of(from), List.of(), List.of());

        assertThat(DIFFER.diff(current, new Schema("s", List.of(from.withIndexes(List.of(Index.on("idx_name", false,
                "name")))), List.of(), List.of()))).containsExactly(new SchemaChange.RenameIndex("p", "IDX_NAME",
                "idx_name"));
        assertThat(DIFFER.diff(current, new Schema("s", List.of(from.withIndexes(List.of(Index.on("name_idx", false,
                "name")))), List.of(), List.of()))).containsExactly(new SchemaChange.RenameIndex("p", "IDX_NAME",
                "name_idx"));
    }

    private static Schema columns(String... names) {
        List<Column> columns = java.util.Arrays.stream(names).map(n -> Column.of(n, ColumnType.of("int"), true))
                .toList();
        return new Schema("s", List.of(new Table("t", columns, null, List.of(), List.of(), List.of(), List.of(), null,
                null)), List.of(), List.of());
    }

    private static List<String> moves(List<SchemaChange> changes) {
        return changes.stream().filter(c -> c instanceof SchemaChange.AlterColumn a
                        && a.has(org.schemamigrate.diff.change.ColumnChange.POSITION))
                .map(c -> ((SchemaChange.AlterColumn) c).to().name() + " after '"
                        + ((SchemaChange.AlterColumn) c).after() + "'").toList();
    }

    @Test
    void existingColumnsMoveWithTheFewestMovesAndBeforeTheAddedOnes() {
        assertThat(moves(DIFFER.diff(columns("a", "b", "c", "d"), columns("b", "c", "d", "a"))))
                .containsExactly("a after 'd'");
        assertThat(moves(DIFFER.diff(columns("a", "b", "c"), columns("c", "a", "b"))))
                .containsExactly("c after ''");
        assertThat(moves(DIFFER.diff(columns("a", "b"), columns("a", "b")))).isEmpty();

        List<SchemaChange> withAdd = DIFFER.diff(columns("a", "b"), columns("x", "b", "a"));
        assertThat(withAdd).extracting(c -> c.getClass().getSimpleName()).containsExactly("AlterColumn", "AddColumn");
        assertThat(moves(withAdd)).hasSize(1);
        assertThat(((SchemaChange.AddColumn) withAdd.get(1)).after()).isEqualTo(SchemaChange.AddColumn.FIRST);
    }
}
