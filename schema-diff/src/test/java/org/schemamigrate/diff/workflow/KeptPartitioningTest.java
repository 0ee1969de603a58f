package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemamigrate.diff.model.PrimaryKey;

/**
 * The known equivalence of a partitioned table's primary key: the entity's key plus the partition key's columns
 * is the entity's key, and the partition key's columns as pg_get_partkeydef prints them.
 */
class KeptPartitioningTest {
    private static final PrimaryKey ENTITY = new PrimaryKey("audit_log_pkey", List.of("id"));

    @Test
    void theCurrentKeyOfTheEntitysColumnsPlusThePartitionKeysIsTheSameKey() {
        PrimaryKey current = new PrimaryKey("audit_log_pk", List.of("created_at", "id"));
        assertThat(KeptPartitioning.primaryKey(current, ENTITY, List.of("created_at"))).isEqualTo(current);
    }

    @Test
    void anotherCurrentKeyIsNotTheEntitysWhichGetsThePartitionKeyAppended() {
        PrimaryKey current = new PrimaryKey("audit_log_pkey", List.of("uuid", "created_at"));
        assertThat(KeptPartitioning.primaryKey(current, ENTITY, List.of("created_at")).columns())
                .containsExactly("id", "created_at");
        assertThat(KeptPartitioning.primaryKey(new PrimaryKey("p", List.of("id", "created_at", "region")), ENTITY,
                List.of("created_at")).columns()).containsExactly("id", "created_at");
    }

    @Test
    void anEntityKeyThatHoldsThePartitionKeyStaysAsItIs() {
        PrimaryKey both = new PrimaryKey("audit_log_pkey", List.of("id", "created_at"));
        assertThat(KeptPartitioning.primaryKey(new PrimaryKey("x", List.of("created_at", "id")), both,
                List.of("created_at"))).isEqualTo(both);
    }

    @Test
    void partitionKeyColumnsAreReadFromTheServersTextAndAnExpressionHasNone() {
        assertThat(KeptPartitioning.keyColumns("RANGE (created_at)")).containsExactly("created_at");
        assertThat(KeptPartitioning.keyColumns("LIST (region, \"Kind\" COLLATE \"C\")"))
                .containsExactly("region", "Kind");
        assertThat(KeptPartitioning.keyColumns("HASH (id int8_ops)")).containsExactly("id");
        assertThat(KeptPartitioning.keyColumns("RANGE (date_trunc('day'::text, created_at))")).isNull();
        assertThat(KeptPartitioning.keyColumns("RANGE ((created_at)::date)")).isNull();
    }

    @Test
    void mysqlPartitioningColumnsAreTheBackquotedNamesOfItsExpression() {
        assertThat(KeptPartitioning.mysqlKeyColumns("PARTITION BY RANGE  COLUMNS(`created_at`)\n(PARTITION `p1`"
                + " VALUES LESS THAN ('2027-01-01') ENGINE = InnoDB)")).containsExactly("created_at");
        assertThat(KeptPartitioning.mysqlKeyColumns("PARTITION BY RANGE (year(`created_at`) + `a``b`)\n"
                + "(PARTITION `p` VALUES LESS THAN (`x`))")).containsExactly("created_at", "a`b");
        assertThat(KeptPartitioning.mysqlKeyColumns("PARTITION BY KEY () PARTITIONS 4")).isEmpty();
    }
}
