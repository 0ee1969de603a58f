package org.schemamigrate.diff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.schemamigrate.diff.change.ColumnChange;
import org.schemamigrate.diff.change.SchemaChange.AddEnumValue;
import org.schemamigrate.diff.change.SchemaChange.AddForeignKey;
import org.schemamigrate.diff.change.SchemaChange.AlterColumn;
import org.schemamigrate.diff.change.SchemaChange.CreateTable;
import org.schemamigrate.diff.change.SchemaChange.DropForeignKey;
import org.schemamigrate.diff.change.SchemaChange.DropTable;
import org.schemamigrate.diff.change.SchemaChange.RecreateEnum;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.diff.postgres.PostgresDiffHooks;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.EnumType;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.Sequence;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.model.UniqueConstraint;

class SchemaDifferTest {
    private final SchemaDiffer differ = new SchemaDiffer(new PostgresDiffHooks());

    private static Column id() {
        return Column.of("id", ColumnType.of("bigint"), false);
    }

    private static Table table(String name, Column... columns) {
        return Table.of(name, List.of(columns), new PrimaryKey(name + "_pkey", List.of("id")));
    }

    private static Schema schema(Table... tables) {
        return new Schema("public", List.of(tables), List.of(), List.of());
    }

    private static List<String> kinds(List<SchemaChange> changes) {
        return changes.stream().map(c -> c.getClass().getSimpleName() + " " + c.table()).toList();
    }

    @Test
    void aSchemaAgainstItselfHasNoChanges() {
        Schema schema = schema(table("a", id(), Column.of("name", ColumnType.varchar(20), true)));
        assertThat(differ.diff(schema, schema)).isEmpty();
    }

    @Test
    void aKeptConstraintUnderAnotherNameIsRenamedNeverRecreated() {
        Table from = table("a", id(), Column.of("email", ColumnType.varchar(255), false))
                .withUniques(List.of(new UniqueConstraint("a_email_key", List.of("email"))))
                .withChecks(List.of(new Check("a_email_check", "length(email) > 3")));
        Table to = new Table("a", from.columns(), new PrimaryKey("pk_a", List.of("id")), List.of(),
                List.of(new UniqueConstraint("UK6dotkott2kjsp8vw4d0m25fb7", List.of("email"))), List.of(),
                List.of(new Check("chk_email", "length(email) > 3")), null);
        assertThat(differ.diff(schema(from), schema(to))).containsExactly(
                new SchemaChange.RenameConstraint("a", SchemaChange.ConstraintKind.PRIMARY_KEY, "a_pkey", "pk_a"),
                new SchemaChange.RenameConstraint("a", SchemaChange.ConstraintKind.UNIQUE, "a_email_key",
                        "UK6dotkott2kjsp8vw4d0m25fb7"),
                new SchemaChange.RenameConstraint("a", SchemaChange.ConstraintKind.CHECK, "a_email_check",
                        "chk_email"));
    }

    @Test
    void aQuotedNameThatDiffersOnlyInCaseIsARename() {
        Table from = table("a", id(), Column.of("email", ColumnType.varchar(255), false))
                .withUniques(List.of(new UniqueConstraint("email_unique", List.of("email"))));
        Table to = from.withUniques(List.of(new UniqueConstraint("Email_Unique", List.of("email"))));
        assertThat(differ.diff(schema(from), schema(to))).containsExactly(new SchemaChange.RenameConstraint("a",
                SchemaChange.ConstraintKind.UNIQUE, "email_unique", "Email_Unique"));
    }

    @Test
    void aNameTakenOverByAnotherDefinitionIsFreedFirst() {
        Table base = table("a", id(), Column.of("x", ColumnType.of("text"), true),
                Column.of("y", ColumnType.of("text"), true));
        Table from = base.withIndexes(List.of(Index.on("ix", false, "x")));
        Table to = base.withIndexes(List.of(Index.on("ix", false, "y"),
                Index.on("ix_x", false, "x")));
        assertThat(kinds(differ.diff(schema(from), schema(to))))
                .containsExactly("DropIndex a", "CreateIndex a", "CreateIndex a");
    }

    @Test
    void equivalentTypeSpellingsAreEqual() {
        Schema from = schema(table("a", Column.of("id", ColumnType.of("int8"), false),
                Column.of("at", ColumnType.of("timestamp"), true), Column.of("n", ColumnType.of("int4"), true)));
        Schema to = schema(table("a", id(), Column.of("at", ColumnType.of("timestamp without time zone")
                .withPrecision(6), true), Column.of("n", ColumnType.of("integer"), true)));
        assertThat(differ.diff(from, to)).isEmpty();
    }

    @Test
    void anAbsentTimePrecisionStaysAbsentInWhatIsWritten() {
        Schema to = schema(table("a", id(), Column.of("at", ColumnType.of("timestamp with time zone"), true)));
        SchemaChange.CreateTable create = (SchemaChange.CreateTable) differ.diff(schema(), to).get(0);
        assertThat(create.definition().column("at").orElseThrow().type().precision()).isNull();
    }

    @Test
    void stringEnumChecksCompareEqualWhateverTheCastPlacement() {
        Table from = table("a", id()).withChecks(List.of(new Check("c",
                "s::text = ANY (ARRAY['A'::character varying, 'B'::character varying]::text[])")));
        Table to = from.withChecks(List.of(new Check("c",
                "s::text = ANY (ARRAY['A'::character varying::text, 'B'::character varying::text])")));
        assertThat(differ.diff(schema(from), schema(to))).isEmpty();
    }

    @Test
    void columnOrderIsNotADifference() {
        Column name = Column.of("name", ColumnType.of("text"), true);
        assertThat(differ.diff(schema(table("a", id(), name)), schema(table("a", name, id())))).isEmpty();
    }

    @Test
    void alteredColumnSaysWhatChanged() {
        Schema from = schema(table("a", id(), Column.of("n", ColumnType.of("integer"), true)));
        Schema to = schema(table("a", id(), Column.of("n", ColumnType.of("bigint"), false).withDefault("0")));
        assertThat(differ.diff(from, to)).singleElement().isInstanceOfSatisfying(AlterColumn.class,
                alter -> assertThat(alter.changes())
                        .isEqualTo(Set.of(ColumnChange.TYPE, ColumnChange.NULLABILITY, ColumnChange.DEFAULT)));
    }

    @Test
    void newTablesComeBeforeForeignKeysSoCyclesWork() {
        Table a = table("a", id(), Column.of("b_id", ColumnType.of("bigint"), true))
                .withForeignKeys(List.of(ForeignKey.of("fk_a_b", List.of("b_id"), "b", List.of("id"))));
        Table b = table("b", id(), Column.of("a_id", ColumnType.of("bigint"), true))
                .withForeignKeys(List.of(ForeignKey.of("fk_b_a", List.of("a_id"), "a", List.of("id"))));
        List<SchemaChange> changes = differ.diff(schema(), schema(a, b));
        assertThat(kinds(changes)).containsExactly("CreateTable a", "CreateTable b", "AddForeignKey a",
                "AddForeignKey b");
        assertThat(((CreateTable) changes.get(0)).definition().foreignKeys()).isEmpty();
    }

    @Test
    void droppingAReferencedTableDropsTheForeignKeyFirst() {
        Table parent = table("parent", id());
        Table child = table("child", id(), Column.of("parent_id", ColumnType.of("bigint"), true))
                .withForeignKeys(List.of(ForeignKey.of("fk", List.of("parent_id"), "parent", List.of("id"))));
        List<SchemaChange> changes = differ.diff(schema(parent, child),
                schema(child.withForeignKeys(List.of())));
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0)).isInstanceOf(DropForeignKey.class);
        assertThat(changes.get(1)).isInstanceOf(DropTable.class);
    }

    @Test
    void droppingTablesInACycleDropsTheirForeignKeysFirst() {
        Table a = table("a", id(), Column.of("b_id", ColumnType.of("bigint"), true))
                .withForeignKeys(List.of(ForeignKey.of("fk_a_b", List.of("b_id"), "b", List.of("id"))));
        Table b = table("b", id(), Column.of("a_id", ColumnType.of("bigint"), true))
                .withForeignKeys(List.of(ForeignKey.of("fk_b_a", List.of("a_id"), "a", List.of("id"))));
        assertThat(kinds(differ.diff(schema(a, b), schema()))).containsExactly("DropForeignKey a",
                "DropForeignKey b", "DropTable a", "DropTable b");
    }

    @Test
    void enumValuesAreAddedInPlaceButRemovalRebuildsTheType() {
        Column status = Column.of("status", ColumnType.userDefined("status"), true);
        Schema small = new Schema("public", List.of(table("t", id(), status)), List.of(),
                List.of(new EnumType("status", List.of("A", "C"))));
        Schema large = small.withEnumTypes(List.of(new EnumType("status", List.of("A", "B", "C", "D"))));
        assertThat(differ.diff(small, large)).containsExactly(new AddEnumValue("status", "B", null, "A"),
                new AddEnumValue("status", "D", null, null));
        assertThat(differ.diff(large, small)).singleElement().isInstanceOfSatisfying(RecreateEnum.class,
                recreate -> assertThat(recreate.usages())
                        .containsExactly(new SchemaChange.EnumUsage("t", status, null)));
    }

    @Test
    void anAddedLabelUsedByADefaultRebuildsTheTypeSinceItIsUnusableBeforeCommit() {
        Column mood = Column.of("mood", ColumnType.userDefined("Mood"), false);
        Schema from = new Schema("public", List.of(table("t", id(), mood.withDefault("'A'::\"Mood\""))), List.of(),
                List.of(new EnumType("Mood", List.of("A"))));
        Schema to = new Schema("public", List.of(table("t", id(), mood.withDefault("'B'::\"Mood\""))), List.of(),
                List.of(new EnumType("Mood", List.of("A", "B"))));
        assertThat(kinds(differ.diff(from, to))).containsExactly("RecreateEnum null", "AlterColumn t");
    }

    @Test
    void aSequenceOwnedByADroppedTableGoesWithIt() {
        Column serial = id().withDefault("nextval('t_id_seq'::regclass)");
        Schema from = new Schema("public", List.of(table("t", serial)),
                List.of(Sequence.of("t_id_seq", 1, 1).withOwner("t", "id")), List.of());
        assertThat(kinds(differ.diff(from, schema()))).containsExactly("DropTable t");
        assertThat(kinds(differ.diff(schema(), from))).containsExactly("CreateSequence null", "CreateTable t",
                "AlterSequence null");
    }

    @Test
    void outputIsDeterministicWhateverTheInputOrder() {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tables.add(table("t" + i, id(), Column.of("c" + i, ColumnType.of("text"), true)));
        }
        List<SchemaChange> first = differ.diff(schema(), new Schema("public", tables, List.of(), List.of()));
        Collections.shuffle(tables, new java.util.Random(42));
        List<SchemaChange> second = differ.diff(schema(), new Schema("public", tables, List.of(), List.of()));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void addForeignKeyFollowsTheColumnItNeeds() {
        Table parent = table("parent", id());
        Table child = table("child", id());
        Table childWithFk = table("child", id(), Column.of("parent_id", ColumnType.of("bigint"), true))
                .withForeignKeys(List.of(ForeignKey.of("fk", List.of("parent_id"), "parent", List.of("id"))));
        List<SchemaChange> changes = differ.diff(schema(parent, child), schema(parent, childWithFk));
        assertThat(kinds(changes)).containsExactly("AddColumn child", "AddForeignKey child");
        assertThat(changes.get(1)).isInstanceOf(AddForeignKey.class);
    }
}
