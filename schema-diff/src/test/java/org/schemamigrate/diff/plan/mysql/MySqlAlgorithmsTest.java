package org.schemamigrate.diff.plan.mysql;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.schemamigrate.diff.change.SchemaChange.AddPrimaryKey;
import org.schemamigrate.diff.change.SchemaChange.AddUnique;
import org.schemamigrate.diff.change.SchemaChange.AlterColumn;
import org.schemamigrate.diff.change.SchemaChange.CreateIndex;
import org.schemamigrate.diff.change.SchemaChange.DropCheck;
import org.schemamigrate.diff.change.SchemaChange.DropColumn;
import org.schemamigrate.diff.change.SchemaChange.DropForeignKey;
import org.schemamigrate.diff.change.SchemaChange.DropIndex;
import org.schemamigrate.diff.change.SchemaChange.SetTableComment;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.Identity;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.IndexPart;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.UniqueConstraint;
import org.schemamigrate.diff.plan.PlanOptions;
import org.schemamigrate.diff.plan.mysql.MySqlAlgorithms.Algorithm;

/**
 * The ALGORITHM table of schema-diff/README.md, row by row. The MariaDB column is also checked on a real
 * MariaDB 11.4 by OnlineGoldenTest and the online workflow test; the MySQL 8 column is verified here only.
 */
class MySqlAlgorithmsTest {
    private static final Features MYSQL = Features.mysql(8, 0);
    private static final Features MARIADB = Features.mariaDb(11, 4);
    private static final Column NAME = Column.of("name", varchar(20), true);
    private static final Column STATUS = Column.of("status", ColumnType.withValues("enum", List.of("a", "b")), true);

    private static ColumnType varchar(int length) {
        return new ColumnType("varchar", length, null, null, false, false);
    }

    private static AlterColumn alter(Column from, Column to, ColumnChange... kinds) {
        return new AlterColumn("t", from, to, Set.of(kinds));
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row(new AddColumn("t", NAME), Algorithm.INSTANT, Algorithm.INSTANT),
                row(new AddColumn("t", NAME.withNullable(false).withDefault("'x'")), Algorithm.INSTANT,
                        Algorithm.INSTANT),
                row(new AddColumn("t", new Column("g", ColumnType.of("int"), true, null, null, "id + 1", null, null)),
                        Algorithm.NONE, Algorithm.NONE),
                row(new AddColumn("t", Column.of("n", ColumnType.of("int"), false).withIdentity(Identity.byDefault())),
                        Algorithm.NONE, Algorithm.NONE),
                row(new DropColumn("t", NAME), Algorithm.INPLACE, Algorithm.INPLACE),
                row(alter(NAME, NAME.withDefault("'z'"), ColumnChange.DEFAULT), Algorithm.INSTANT, Algorithm.INSTANT),
                row(alter(NAME, NAME.withDefault("current_timestamp()"), ColumnChange.DEFAULT), Algorithm.NONE,
                        Algorithm.INPLACE),
                row(alter(NAME, NAME.withComment("shown"), ColumnChange.COMMENT), Algorithm.INPLACE,
                        Algorithm.INSTANT),
                row(alter(NAME, NAME.withNullable(false), ColumnChange.NULLABILITY), Algorithm.INPLACE,
                        Algorithm.INPLACE),
                row(alter(STATUS, STATUS.withType(ColumnType.withValues("enum", List.of("a", "b", "c"))),
                        ColumnChange.TYPE), Algorithm.INSTANT, Algorithm.INSTANT),
                row(alter(STATUS, STATUS.withType(ColumnType.withValues("enum", List.of("b", "a"))),
                        ColumnChange.TYPE), Algorithm.NONE, Algorithm.NONE),
                row(alter(NAME, NAME.withType(varchar(60)), ColumnChange.TYPE), Algorithm.INPLACE,
                        Algorithm.INPLACE),
                row(alter(NAME, NAME.withType(varchar(200)), ColumnChange.TYPE), Algorithm.NONE,
                        Algorithm.INPLACE),
                row(alter(NAME, NAME.withType(ColumnType.of("int")), ColumnChange.TYPE), Algorithm.NONE,
                        Algorithm.NONE),
                row(alter(NAME, NAME.withCollation("utf8mb4_bin"), ColumnChange.COLLATION), Algorithm.NONE,
                        Algorithm.NONE),
                row(new CreateIndex("t", Index.on("t_name", false, "name")), Algorithm.INPLACE, Algorithm.INPLACE),
                row(new CreateIndex("t", new Index("t_ft", List.of(IndexPart.column("name")), false, "fulltext",
                        null)), Algorithm.NONE, Algorithm.NONE),
                row(new CreateIndex("t", new Index("t_fn", List.of(IndexPart.expression("lower(name)")), false,
                        "btree", null)), Algorithm.NONE, Algorithm.NONE),
                row(new DropIndex("t", Index.on("t_name", false, "name")), Algorithm.INPLACE, Algorithm.INPLACE),
                row(new AddUnique("t", new UniqueConstraint("t_uk", List.of("name"))), Algorithm.INPLACE,
                        Algorithm.INPLACE),
                row(new DropForeignKey("t", ForeignKey.of("t_fk", List.of("p"), "p", List.of("id"))),
                        Algorithm.INPLACE, Algorithm.INPLACE),
                row(new AddForeignKey("t", ForeignKey.of("t_fk", List.of("p"), "p", List.of("id"))),
                        Algorithm.NONE, Algorithm.NONE),
                row(new AddCheck("t", new Check("t_ck", "id > 0")), Algorithm.NONE, Algorithm.NONE),
                row(new DropCheck("t", new Check("t_ck", "id > 0")), Algorithm.NONE, Algorithm.INPLACE),
                row(new AddPrimaryKey("t", new PrimaryKey("PRIMARY", List.of("id"))), Algorithm.NONE,
                        Algorithm.NONE),
                row(new SetTableComment("t", null, "x"), Algorithm.NONE, Algorithm.INSTANT));
    }

    private static Arguments row(SchemaChange change, Algorithm mysql, Algorithm mariaDb) {
        return Arguments.of(change, mysql, mariaDb);
    }

    @ParameterizedTest(name = "{0}: MySQL {1}, MariaDB {2}")
    @MethodSource("rows")
    void eachChangeRequestsWhatTheServerSupports(SchemaChange change, Algorithm mysql, Algorithm mariaDb) {
        assertThat(MySqlAlgorithms.of(change, MYSQL)).as("MySQL 8").isEqualTo(mysql);
        assertThat(MySqlAlgorithms.of(change, MARIADB)).as("MariaDB").isEqualTo(mariaDb);
    }

    @Test
    void oneAlterTableGetsTheWeakestAlgorithmOfItsChangesAndOnlyOnline() {
        MySqlPlanner online = new MySqlPlanner(MYSQL, PlanOptions.defaults().withOnline(true));
        List<SchemaChange> addOnly = List.of(new AddColumn("t", NAME));
        List<SchemaChange> withIndex = List.of(new AddColumn("t", NAME),
                new CreateIndex("t", Index.on("t_name", false, "name")));
        List<SchemaChange> withCheck = List.of(new AddColumn("t", NAME), new AddCheck("t", new Check("c", "1 = 1")));

        assertThat(online.plan(addOnly).script()).contains("ADD COLUMN `name` varchar(20),\n  ALGORITHM=INSTANT;");
        assertThat(online.plan(withIndex).script()).contains("ADD INDEX `t_name` (`name`),\n"
                + "  ALGORITHM=INPLACE, LOCK=NONE;");
        assertThat(online.plan(withCheck).script()).doesNotContain("ALGORITHM");
        assertThat(new MySqlPlanner(MYSQL).plan(addOnly).script()).doesNotContain("ALGORITHM");
    }
}
