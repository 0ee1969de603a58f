package org.schemamigrate.diff.plan.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.change.ColumnChange;
import org.schemamigrate.diff.change.SchemaChange.AddCheck;
import org.schemamigrate.diff.change.SchemaChange.AddColumn;
import org.schemamigrate.diff.change.SchemaChange.AddForeignKey;
import org.schemamigrate.diff.change.SchemaChange.AlterColumn;
import org.schemamigrate.diff.change.SchemaChange.CreateIndex;
import org.schemamigrate.diff.change.SchemaChange.CreateSequence;
import org.schemamigrate.diff.change.SchemaChange.CreateTable;
import org.schemamigrate.diff.change.SchemaChange.DropCheck;
import org.schemamigrate.diff.change.SchemaChange.DropForeignKey;
import org.schemamigrate.diff.change.SchemaChange.DropIndex;
import org.schemamigrate.diff.change.SchemaChange.RenameColumn;
import org.schemamigrate.diff.change.SchemaChange.RenameConstraint;
import org.schemamigrate.diff.change.SchemaChange.RenameIndex;
import org.schemamigrate.diff.change.SchemaChange.RenameSequence;
import org.schemamigrate.diff.change.SchemaChange.RenameTable;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.Identity;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.IndexPart;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.Sequence;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.model.TableOptions;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.plan.Safety;

/** Change → SQL for the MySQL family; the MySQL 8 rows are verified here only (no MySQL server in the build). */
class MySqlPlannerTest {
    private static final MySqlPlanner MYSQL = new MySqlPlanner(Features.mysql(8, 0));
    private static final MySqlPlanner MARIADB = new MySqlPlanner(Features.mariaDb(11, 4));
    private static final ColumnType VARCHAR_50 = new ColumnType("varchar", 50, null, null, false, false);
    private static final Column NICK = new Column("nick", VARCHAR_50, false, "'anon'", null, null,
            "utf8mb4_bin", "shown name");

    static Stream<Arguments> changes() {
        Column id = new Column("id", ColumnType.of("int"), false, null, Identity.byDefault(), null, null, null);
        Column updated = Column.of("updated_at", ColumnType.of("datetime").withPrecision(6), true)
                .withDefault("CURRENT_TIMESTAMP(6)").withOnUpdate("CURRENT_TIMESTAMP(6)");
        return Stream.of(
                Arguments.of("MODIFY restates NOT NULL, default, collation and comment",
                        new AlterColumn("person", NICK, NICK.withType(new ColumnType("varchar", 100, null, null,
                                false, false)), Set.of(ColumnChange.TYPE)),
                        "ALTER TABLE `person` MODIFY COLUMN `nick` varchar(100) COLLATE utf8mb4_bin NOT NULL"
                                + " DEFAULT 'anon' COMMENT 'shown name'"),
                Arguments.of("MODIFY keeps AUTO_INCREMENT",
                        new AlterColumn("invoice", id, id.withType(ColumnType.of("bigint")),
                                Set.of(ColumnChange.TYPE)),
                        "ALTER TABLE `invoice` MODIFY COLUMN `id` bigint NOT NULL AUTO_INCREMENT"),
                Arguments.of("MODIFY keeps ON UPDATE (MySQL 8 spelling)",
                        new AlterColumn("audit", updated.withComment("x"), updated, Set.of(ColumnChange.COMMENT)),
                        "ALTER TABLE `audit` MODIFY COLUMN `updated_at` datetime(6) DEFAULT CURRENT_TIMESTAMP(6)"
                                + " ON UPDATE CURRENT_TIMESTAMP(6)"),
                Arguments.of("MySQL 8 expression default in parentheses",
                        new AddColumn("token", Column.of("value", ColumnType.of("binary"), true)
                                .withDefault("(uuid_to_bin(uuid()))")),
                        "ALTER TABLE `token` ADD COLUMN `value` binary DEFAULT (uuid_to_bin(uuid()))"),
                Arguments.of("MySQL 8 drops a check with DROP CHECK",
                        new DropCheck("booking", new Check("booking_chk_1", "(`nights` > 0)")),
                        "ALTER TABLE `booking` DROP CHECK `booking_chk_1`"),
                Arguments.of("every name is quoted: reserved, mixed case and plain alike",
                        new AddColumn("OrderLine", Column.of("key", ColumnType.of("int"), true)),
                        "ALTER TABLE `OrderLine` ADD COLUMN `key` int"),
                Arguments.of("unsigned and enum types",
                        new AddColumn("t", Column.of("s", new ColumnType("enum", null, null, null, false, false,
                                false, List.of("A", "it's")), true)),
                        "ALTER TABLE `t` ADD COLUMN `s` enum('A','it''s')"),
                Arguments.of("prefix and descending key parts",
                        new CreateIndex("doc", new Index("ix", List.of(IndexPart.prefix("title", 50),
                                new IndexPart("id", null, "DESC")), false, "btree", null)),
                        "ALTER TABLE `doc` ADD INDEX `ix` (`title`(50), `id` DESC)"),
                Arguments.of("MySQL 8 functional key part",
                        new CreateIndex("doc", new Index("ix_lower", List.of(IndexPart.expression("lower(`title`)")),
                                false, "btree", null)),
                        "ALTER TABLE `doc` ADD INDEX `ix_lower` ((lower(`title`)))"),
                Arguments.of("fulltext",
                        new CreateIndex("post", new Index("ft", List.of(IndexPart.column("body")), false, "fulltext",
                                null)),
                        "ALTER TABLE `post` ADD FULLTEXT INDEX `ft` (`body`)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void mysql8Sql(String what, SchemaChange change, String sql) {
        assertThat(MYSQL.plan(List.of(change)).steps()).singleElement()
                .satisfies(step -> assertThat(step.sql()).isEqualTo(sql));
    }

    @Test
    void checksAreDroppedByDialect() {
        SchemaChange drop = new DropCheck("b", new Check("ck", "`n` > 0"));
        assertThat(MARIADB.plan(List.of(drop)).script()).contains("ALTER TABLE `b` DROP CONSTRAINT `ck`");
        assertThat(MYSQL.plan(List.of(drop)).script()).contains("ALTER TABLE `b` DROP CHECK `ck`");
    }

    @Test
    void mariaDbColumnLevelCheckIsReplacedInsideItsColumn() {
        Column status = Column.of("status", ColumnType.of("tinyint"), true);
        Plan plan = MARIADB.plan(List.of(
                new DropCheck("c", new Check("status", "`status` between 0 and 1", status)),
                new AddCheck("c", new Check("status", "`status` between 0 and 2"))));
        assertThat(plan.script()).contains(
                "ALTER TABLE `c` MODIFY COLUMN `status` tinyint CHECK (`status` between 0 and 2)");
    }

    @Test
    void oneAlterTablePerTableAndForeignKeysAroundIt() {
        ForeignKey fk = ForeignKey.of("fk_child", List.of("parent_id"), "parent", List.of("id"));
        Plan plan = MYSQL.plan(List.of(
                new DropForeignKey("child", fk),
                new DropIndex("child", Index.on("fk_child", false, "parent_id")),
                new AddColumn("child", Column.of("note", ColumnType.of("text"), true)),
                new CreateIndex("child", Index.on("ix_note", false, "note")),
                new AddForeignKey("child", fk)));
        assertThat(plan.steps()).extracting(s -> s.sql()).containsExactly(
                "ALTER TABLE `child` DROP FOREIGN KEY `fk_child`",
                "ALTER TABLE `child`\n  DROP INDEX `fk_child`,\n  ADD COLUMN `note` text,\n"
                        + "  ADD INDEX `ix_note` (`note`)",
                "ALTER TABLE `child` ADD CONSTRAINT `fk_child` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`)");
    }

    @Test
    void foreignKeysOfATableCreatedInThePlanCannotFailOnExistingRows() {
        ForeignKey fk = ForeignKey.of("fk_child", List.of("parent_id"), "parent", List.of("id"));
        Table child = Table.of("child", List.of(Column.of("id", ColumnType.of("bigint"), false),
                Column.of("parent_id", ColumnType.of("bigint"), false)), new PrimaryKey("PRIMARY", List.of("id")));
        Plan fresh = MARIADB.plan(List.of(new CreateTable(child), new AddForeignKey("child", fk)));
        assertThat(fresh.steps()).extracting(s -> s.safety()).containsOnly(Safety.SAFE);
        Plan existing = MARIADB.plan(List.of(new AddForeignKey("child", fk)));
        assertThat(existing.steps()).extracting(s -> s.safety()).containsExactly(Safety.DATA_DEPENDENT);
    }

    @Test
    void newTableGetsItsIndexesInlineAndItsOptions() {
        Table table = new Table("t", List.of(new Column("id", ColumnType.of("bigint"), false, null,
                Identity.byDefault(), null, null, null), Column.of("name", VARCHAR_50, true)
                .withCollation("utf8mb4_bin")), new PrimaryKey("PRIMARY", List.of("id")), List.of(), List.of(),
                List.of(), List.of(), "T", new TableOptions("InnoDB", "utf8mb4_bin"));
        Plan plan = MYSQL.plan(List.of(new CreateTable(table),
                new CreateIndex("t", Index.on("ix_name", false, "name"))));
        assertThat(plan.steps()).singleElement().satisfies(s -> assertThat(s.sql()).isEqualTo("""
                CREATE TABLE `t` (
                  `id` bigint NOT NULL AUTO_INCREMENT,
                  `name` varchar(50),
                  PRIMARY KEY (`id`),
                  KEY `ix_name` (`name`)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin COMMENT='T'"""));
    }

    @Test
    void narrowingIsDestructiveAndWideningSafe() {
        Column score = Column.of("score", ColumnType.of("bigint"), true);
        assertThat(MYSQL.plan(List.of(new AlterColumn("n", score, score.withType(ColumnType.of("int")),
                Set.of(ColumnChange.TYPE)))).steps().get(0).safety()).isEqualTo(Safety.DESTRUCTIVE);
        assertThat(MYSQL.plan(List.of(new AlterColumn("n", score.withType(ColumnType.of("int")), score,
                Set.of(ColumnChange.TYPE)))).steps().get(0).safety()).isEqualTo(Safety.SAFE);
        assertThat(MySqlColumnSql.widens(ColumnType.of("int"), ColumnType.of("int").asUnsigned())).isFalse();
        assertThat(MySqlColumnSql.widens(ColumnType.of("int").asUnsigned(), ColumnType.of("bigint"))).isTrue();
        assertThat(MySqlColumnSql.widens(ColumnType.withValues("enum", List.of("A")),
                ColumnType.withValues("enum", List.of("A", "B")))).isTrue();
        assertThat(MySqlColumnSql.widens(ColumnType.withValues("enum", List.of("A", "B")),
                ColumnType.withValues("enum", List.of("B", "A")))).isFalse();
    }

    @Test
    void optionsLeftToTheServerWriteNoEmptyAlter() {
        assertThat(MYSQL.plan(List.of(new SchemaChange.SetTableOptions("t", new TableOptions("InnoDB", "utf8mb4_bin"),
                null))).steps()).isEmpty();
        assertThat(MYSQL.plan(List.of(new SchemaChange.SetTableOptions("t", new TableOptions("InnoDB", "latin1_bin"),
                new TableOptions("InnoDB", "utf8mb4_bin")))).script())
                .contains("ALTER TABLE `t` DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");
    }

    @Test
    void mysqlHasNoSequences() {
        assertThatThrownBy(() -> MYSQL.plan(List.of(new CreateSequence(Sequence.of("customer_seq", 1, 50)))))
                .hasMessageContaining("has no sequences");
        assertThat(MARIADB.plan(List.of(new CreateSequence(Sequence.of("customer_seq", 1, 50)))).script())
                .contains("CREATE SEQUENCE `customer_seq` START WITH 1 INCREMENT BY 50");
    }

    @Test
    void renamesComeFirstOneAlterPerTableAndAreSafe() {
        Plan plan = MYSQL.plan(List.of(
                new RenameTable("library_item", "book"),
                new RenameColumn("book", "isbn", "isbn13"),
                new RenameIndex("book", "library_item_title_idx", "book_title_idx"),
                new RenameConstraint("book", SchemaChange.ConstraintKind.UNIQUE, "uk_book_isbn", "uk_book_isbn13"),
                new AddColumn("book", Column.of("note", ColumnType.of("text"), true))));
        assertThat(plan.steps()).extracting(s -> s.sql()).containsExactly(
                "RENAME TABLE `library_item` TO `book`",
                "ALTER TABLE `book`\n  RENAME COLUMN `isbn` TO `isbn13`,\n  RENAME INDEX `library_item_title_idx` TO"
                        + " `book_title_idx`,\n  RENAME INDEX `uk_book_isbn` TO `uk_book_isbn13`",
                "ALTER TABLE `book` ADD COLUMN `note` text");
        assertThat(plan.steps().subList(0, 2)).allSatisfy(s -> assertThat(s.safety()).isEqualTo(Safety.SAFE));
        assertThat(MARIADB.plan(List.of(new RenameSequence("library_item_seq", "book_seq"))).script())
                .contains("RENAME TABLE `library_item_seq` TO `book_seq`");
    }

    @Test
    void renameColumnNeedsMariaDb105() {
        MySqlPlanner old = new MySqlPlanner(Features.mariaDb(10, 4));
        assertThatThrownBy(() -> old.plan(List.of(new RenameColumn("book", "isbn", "isbn13"))))
                .hasMessageContaining("Renaming book.isbn needs RENAME COLUMN");
    }

    @Test
    void featuresHoldTheVersionDifferences() {
        assertThat(Features.mysql(8, 0).renameColumn()).isTrue();
        assertThat(Features.mariaDb(10, 4).renameColumn()).isFalse();
        assertThat(Features.mariaDb(10, 6).sequences()).isTrue();
        assertThat(Features.mysql(8, 4).sequences()).isFalse();
        assertThat(Features.mariaDb(11, 4).jsonIsAlias()).isTrue();
        assertThat(Features.mysql(8, 0).jsonIsAlias()).isFalse();
        assertThat(Features.mysql(8, 0).defaultsAsSql()).isFalse();
        assertThat(MySqlIdentifiers.quote("we`ird")).isEqualTo("`we``ird`");
        assertThat(MySqlIdentifiers.quote("OrderLine")).isEqualTo("`OrderLine`");
        assertThat(MySqlIdentifiers.quote("select")).isEqualTo("`select`");
    }
}
