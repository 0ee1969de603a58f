package org.schemamigrate.diff.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.diff.mysql.MySqlDiffHooks;
import org.schemamigrate.diff.diff.postgres.PostgresDiffHooks;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.inspect.mysql.MySqlInspector;
import org.schemamigrate.diff.inspect.postgres.PostgresInspector;
import org.schemamigrate.diff.plan.PlanOptions;
import org.schemamigrate.diff.plan.mysql.MySqlPlanner;
import org.schemamigrate.diff.plan.postgres.PostgresPlanner;

class DiffDialectTest {

    @Test
    void postgresGetsItsInspectorHooksAndPlanner() {
        DiffDialect dialect = DiffDialect.of(Features.postgres(17));
        assertThat(dialect.features()).isEqualTo(Features.postgres(17));
        assertThat(dialect.inspector(InspectOptions.defaults())).isInstanceOf(PostgresInspector.class);
        assertThat(dialect.hooks()).isInstanceOf(PostgresDiffHooks.class);
        assertThat(dialect.planner()).isInstanceOf(PostgresPlanner.class);
    }

    @Test
    void mySqlAndMariaDbShareOneDialectWithTheirOwnFeatures() {
        for (Features features : new Features[] {Features.mysql(8, 0), Features.mariaDb(11, 4)}) {
            DiffDialect dialect = DiffDialect.of(features);
            assertThat(dialect.features()).isEqualTo(features);
            assertThat(dialect.inspector(InspectOptions.defaults())).isInstanceOf(MySqlInspector.class);
            assertThat(dialect.hooks()).isInstanceOf(MySqlDiffHooks.class);
            assertThat(dialect.planner(PlanOptions.defaults().withOnline(true))).isInstanceOf(MySqlPlanner.class);
        }
    }

    @Test
    void onlineOptionsReachThePlanner() {
        DiffDialect dialect = DiffDialect.of(Features.mariaDb(11, 4));
        List<SchemaChange> change = List.of(new SchemaChange.SetTableComment("t", null, "note"));
        assertThat(dialect.planner().plan(change).script()).doesNotContain("ALGORITHM");
        assertThat(dialect.planner(PlanOptions.defaults().withOnline(true)).plan(change)
                .script()).contains("ALGORITHM=INSTANT");
    }
}
