package org.schemamigrate.diff.inspect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemamigrate.diff.diff.mysql.MySqlDiffHooks;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.ReferentialAction;

/** information_schema spellings of both servers; the MySQL 8 ones are verified here only. */
class MySqlTypeParserTest {

    @Test
    void defaultDisplayWidthsAreIgnoredWrittenOnesKeptAndUnsignedKept() {
        assertThat(MySqlTypeParser.type("int", "int(11)", null, 10L, 0L, null)).isEqualTo(ColumnType.of("int"));
        assertThat(MySqlTypeParser.type("int", "int", null, 10L, 0L, null)).isEqualTo(ColumnType.of("int"));
        assertThat(MySqlTypeParser.type("tinyint", "tinyint(4)", null, 3L, 0L, null))
                .isEqualTo(ColumnType.of("tinyint"));
        // BOOLEAN: the width drivers read as Boolean stays
        assertThat(MySqlTypeParser.type("tinyint", "tinyint(1)", null, 3L, 0L, null))
                .isEqualTo(new ColumnType("tinyint", 1, null, null, false, false, false, List.of()));
        // a width someone wrote: MariaDB prints int(4) back, so it is part of the column
        assertThat(MySqlTypeParser.type("int", "int(4)", null, 10L, 0L, null))
                .isEqualTo(new ColumnType("int", 4, null, null, false, false, false, List.of()));
        assertThat(MySqlTypeParser.type("int", "int(10) unsigned", null, 10L, 0L, null))
                .isEqualTo(ColumnType.of("int").asUnsigned());
        assertThat(MySqlTypeParser.type("bigint", "bigint(20) unsigned", null, 20L, 0L, null))
                .isEqualTo(ColumnType.of("bigint").asUnsigned());
        assertThat(MySqlTypeParser.type("bigint", "bigint unsigned", null, 20L, 0L, null))
                .isEqualTo(ColumnType.of("bigint").asUnsigned());
        // ZEROFILL (always unsigned) is kept: it changes what every client reads
        assertThat(MySqlTypeParser.type("int", "int(10) unsigned zerofill", null, 10L, 0L, null))
                .isEqualTo(ColumnType.of("int").asZerofill());
        assertThat(MySqlTypeParser.type("int", "int(8) unsigned zerofill", null, 10L, 0L, null))
                .isEqualTo(new ColumnType("int", 8, null, null, false, false, true, List.of(), true));
        assertThat(MySqlTypeParser.type("decimal", "decimal(10,2) unsigned zerofill", null, 10L, 2L, null))
                .isEqualTo(ColumnType.numeric(10, 2).withName("decimal").asZerofill());
        assertThat(MySqlTypeParser.type("datetime", "datetime(6)", null, null, null, 6L))
                .isEqualTo(ColumnType.of("datetime").withPrecision(6));
        assertThat(MySqlTypeParser.type("enum", "enum('A','it''s')", 4L, null, null, null))
                .isEqualTo(ColumnType.withValues("enum", List.of("A", "it's")));
    }

    @Test
    void mysql8DefaultsBecomeSql() {
        assertThat(MySqlTypeParser.defaultExpression("abc", "", "varchar", false)).isEqualTo("'abc'");
        assertThat(MySqlTypeParser.defaultExpression("it's", "", "varchar", false)).isEqualTo("'it''s'");
        assertThat(MySqlTypeParser.defaultExpression("0", "", "int", false)).isEqualTo("0");
        assertThat(MySqlTypeParser.defaultExpression("CURRENT_TIMESTAMP(6)", "DEFAULT_GENERATED", "datetime",
                false)).isEqualTo("current_timestamp(6)");
        assertThat(MySqlTypeParser.defaultExpression("uuid()", "DEFAULT_GENERATED", "varchar", false))
                .isEqualTo("(uuid())");
        assertThat(MySqlTypeParser.defaultExpression(null, "", "varchar", false)).isNull();
    }

    @Test
    void mariaDbDefaultsAreSqlAlready() {
        assertThat(MySqlTypeParser.defaultExpression("'abc'", "", "varchar", true)).isEqualTo("'abc'");
        assertThat(MySqlTypeParser.defaultExpression("NULL", "", "varchar", true)).isNull();
        assertThat(MySqlTypeParser.defaultExpression("current_timestamp()", "", "datetime", true))
                .isEqualTo("current_timestamp()");
    }

    @Test
    void onUpdateAndActions() {
        assertThat(MySqlTypeParser.onUpdate("DEFAULT_GENERATED on update CURRENT_TIMESTAMP(6)"))
                .isEqualTo("current_timestamp(6)");
        assertThat(MySqlTypeParser.onUpdate("on update current_timestamp()")).isEqualTo("current_timestamp()");
        assertThat(MySqlTypeParser.onUpdate("auto_increment")).isNull();
        assertThat(MySqlTypeParser.action("RESTRICT")).isEqualTo(ReferentialAction.NO_ACTION);
        assertThat(MySqlTypeParser.action("NO ACTION")).isEqualTo(ReferentialAction.NO_ACTION);
    }

    @Test
    void mysql8CheckClausesCompareEqualToMariaDbs() {
        MySqlDiffHooks hooks = new MySqlDiffHooks();
        assertThat(hooks.checkKey("(`k` > 0)")).isEqualTo(hooks.checkKey("`k` > 0"));
        assertThat(hooks.checkKey("(`a` > 0) and (`b` > 0)")).isEqualTo("(`a` > 0) and (`b` > 0)");
        assertThat(hooks.normalizeType(ColumnType.of("integer"))).isEqualTo(ColumnType.of("int"));
    }
}
