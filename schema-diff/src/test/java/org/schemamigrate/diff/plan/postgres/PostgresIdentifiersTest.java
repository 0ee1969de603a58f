package org.schemamigrate.diff.plan.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.schemamigrate.diff.model.SchemaNames;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Safety;

class PostgresIdentifiersTest {

    @Test
    void aNameOfAnotherSchemaIsWrittenQualifiedWithEachPartQuoted() {
        assertThat(PostgresIdentifiers.quote("or\"der")).isEqualTo("\"or\"\"der\"");
        assertThat(PostgresIdentifiers.quote(SchemaNames.of("Sales", "or\"der")))
                .isEqualTo("\"Sales\".\"or\"\"der\"");
        assertThat(PostgresIdentifiers.quote(SchemaNames.besides(SchemaNames.of("sales", "orders"), "orders_pkey")))
                .as("an index goes with its table's schema").isEqualTo("\"sales\".\"orders_pkey\"");
        assertThat(PostgresIdentifiers.quote(SchemaNames.besides("orders", "orders_pkey")))
                .isEqualTo("\"orders_pkey\"");
    }

    @Test
    void aStepNeverWritesTheSeparatorItself() {
        String name = SchemaNames.of("sales", "orders");
        assertThat(new PlanStep("DROP TABLE " + PostgresIdentifiers.quote(name), "Drop table " + name,
                Safety.DESTRUCTIVE).comment()).isEqualTo("Drop table sales.orders");
        assertThatThrownBy(() -> new PlanStep("DROP TABLE " + name, "Drop", Safety.DESTRUCTIVE))
                .isInstanceOf(IllegalStateException.class);
    }
}
