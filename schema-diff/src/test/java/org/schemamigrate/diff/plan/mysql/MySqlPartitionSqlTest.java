package org.schemamigrate.diff.plan.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.schemamigrate.diff.change.SchemaChange.SetPartitioning;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Safety;

/** Partitioning clauses as MySqlPartitions prints them. */
class MySqlPartitionSqlTest {
    private static final String RANGE = "PARTITION BY RANGE (year(`sold`))\n(PARTITION `p2023` VALUES LESS THAN (2024),"
            + "\n PARTITION `p2024` VALUES LESS THAN (2025))";

    private static PlanStep plan(String from, String to) {
        return MySqlPartitionSql.plan(new SetPartitioning("sales", from, to));
    }

    @Test
    void partitionsAppendedAreAddedInPlace() {
        PlanStep step = plan(RANGE, RANGE.replace("(2025))", "(2025),\n PARTITION `p2025` VALUES LESS THAN (2026),"
                + "\n PARTITION `later` VALUES LESS THAN MAXVALUE)"));

        assertThat(step.sql()).isEqualTo("ALTER TABLE `sales` ADD PARTITION (PARTITION `p2025` VALUES LESS THAN"
                + " (2026),\n PARTITION `later` VALUES LESS THAN MAXVALUE)");
        assertThat(step.safety()).isEqualTo(Safety.SAFE);
    }

    @Test
    void anyOtherChangeRepartitionsKeepingTheRows() {
        String withMax = RANGE.replace("(2025))", "(2025),\n PARTITION `later` VALUES LESS THAN MAXVALUE)");
        String inserted = RANGE.replace("(2025))", "(2025),\n PARTITION `p2025` VALUES LESS THAN (2026),"
                + "\n PARTITION `later` VALUES LESS THAN MAXVALUE)");
        String list = "PARTITION BY LIST (`region`)\n(PARTITION `eu` VALUES IN (1,2),\n PARTITION `rest` DEFAULT)";

        assertThat(plan(withMax, inserted).sql()).as("nothing goes after MAXVALUE").startsWith("ALTER TABLE `sales`\n"
                + "PARTITION BY RANGE");
        assertThat(plan(list, list.replace("DEFAULT)", "DEFAULT,\n PARTITION `us` VALUES IN (3))")).sql())
                .as("nor after DEFAULT").doesNotContain("ADD PARTITION");
        assertThat(plan(inserted, RANGE).sql()).as("removed partitions: rows kept, not dropped")
                .doesNotContain("DROP PARTITION").contains("PARTITION BY RANGE");
        assertThat(plan(RANGE, RANGE.replace("year(`sold`)", "month(`sold`)")).safety())
                .isEqualTo(Safety.DATA_DEPENDENT);
        assertThat(plan(null, "PARTITION BY HASH (`id`) PARTITIONS 4").sql())
                .isEqualTo("ALTER TABLE `sales`\nPARTITION BY HASH (`id`) PARTITIONS 4");
        assertThat(plan(RANGE, null).sql()).isEqualTo("ALTER TABLE `sales` REMOVE PARTITIONING");
    }
}
