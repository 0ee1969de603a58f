package org.schemamigrate.diff.inspect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemamigrate.diff.differ.mysql.MysqlDiffHooks;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.ReferentialAction;

/** information_schema spellings of both servers; the MySQL 8 ones are verified here only. */
class MysqlTypeParserTest {

    @Test
    void displayWidthsOtherThanBooleansAreIgnoredAndUnsignedKept() {
        assertThat(MysqlTypeParser.type("int", "int(11)", null, 10L, 0L, null)).isEqualTo(ColumnType.of("int"));
        assertThat(MysqlTypeParser.type("int", "int", null, 10L, 0L, null)).isEqualTo(ColumnType.of("int"));
        assertThat(MysqlTypeParser.type("tinyint", "tinyint(4)", null, 3L, 0L, null))
                .isEqualTo(ColumnType.of("tinyint"));
        // BOOLEAN: the width drivers read as Boolean stays
        assertThat(MysqlTypeParser.type("tinyint", "tinyint(1)", null, 3L, 0L, null))
                .isEqualTo(new ColumnType("tinyint", 1, null, null, false, false, false, List.of()));
        assertThat(MysqlTypeParser.type("bigint", "bigint unsigned", null, 20L, 0L, null))
                .isEqualTo(ColumnType.of("bigint").asUnsigned());
        assertThat(MysqlTypeParser.type("datetime", "datetime(6)", null, null, null, 6L))
                .isEqualTo(ColumnType.of("datetime").withPrecision(6));
        assertThat(MysqlTypeParser.type("enum", "enum('A','it''s')", 4L, null, null, null))
                .isEqualTo(ColumnType.withValues("enum", List.of("A", "it's")));
    }

    @Test
    void mysql8DefaultsBecomeSql() {
        assertThat(MysqlTypeParser.defaultExpression("abc", "", "varchar", false)).isEqualTo("'abc'");
        assertThat(MysqlTypeParser.defaultExpression("it's", "", "varchar", false)).isEqualTo("'it''s'");
        assertThat(MysqlTypeParser.defaultExpression("0", "", "int", false)).isEqualTo("0");
        assertThat(MysqlTypeParser.defaultExpression("CURRENT_TIMESTAMP(6)", "DEFAULT_GENERATED", "datetime",
                false)).isEqualTo("current_timestamp(6)");
        assertThat(MysqlTypeParser.defaultExpression("uuid()", "DEFAULT_GENERATED", "varchar", false))
                .isEqualTo("(uuid())");
        assertThat(MysqlTypeParser.defaultExpression(null, "", "varchar", false)).isNull();
    }

    @Test
    void mariaDbDefaultsAreSqlAlready() {
        assertThat(MysqlTypeParser.defaultExpression("'abc'", "", "varchar", true)).isEqualTo("'abc'");
        assertThat(MysqlTypeParser.defaultExpression("NULL", "", "varchar", true)).isNull();
        assertThat(MysqlTypeParser.defaultExpression("current_timestamp()", "", "datetime", true))
                .isEqualTo("current_timestamp()");
    }

    @Test
    void onUpdateAndActions() {
        assertThat(MysqlTypeParser.onUpdate("DEFAULT_GENERATED on update CURRENT_TIMESTAMP(6)"))
                .isEqualTo("current_timestamp(6)");
        assertThat(MysqlTypeParser.onUpdate("on update current_timestamp()")).isEqualTo("current_timestamp()");
        assertThat(MysqlTypeParser.onUpdate("auto_increment")).isNull();
        assertThat(MysqlTypeParser.action("RESTRICT")).isEqualTo(ReferentialAction.NO_ACTION);
        assertThat(MysqlTypeParser.action("NO ACTION")).isEqualTo(ReferentialAction.NO_ACTION);
    }

    @Test
    void mysql8CheckClausesCompareEqualToMariaDbs() {
        MysqlDiffHooks hooks = new MysqlDiffHooks();
        assertThat(hooks.checkKey("(`k` > 0)")).isEqualTo(hooks.checkKey("`k` > 0"));
        assertThat(hooks.checkKey("(`a` > 0) and (`b` > 0)")).isEqualTo("(`a` > 0) and (`b` > 0)");
        assertThat(hooks.normalizeType(ColumnType.of("integer"))).isEqualTo(ColumnType.of("int"));
    }
}
