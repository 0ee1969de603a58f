package org.schemamigrate.diff.dialect;

import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.diff.DiffHooks;
import org.schemamigrate.diff.diff.mysql.MySqlDiffHooks;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.inspect.SchemaInspector;
import org.schemamigrate.diff.inspect.mysql.MySqlInspector;
import org.schemamigrate.diff.plan.PlanOptions;
import org.schemamigrate.diff.plan.Planner;
import org.schemamigrate.diff.plan.mysql.MySqlPlanner;

/** MySQL 8 and MariaDB 10.6+: one dialect, the version differences in {@link Features}. */
record MySqlDiffDialect(Features features) implements DiffDialect {

    @Override
    public SchemaInspector inspector(InspectOptions options) {
        return new MySqlInspector(options);
    }

    @Override
    public DiffHooks hooks() {
        return new MySqlDiffHooks();
    }

    @Override
    public Planner planner(PlanOptions options) {
        return new MySqlPlanner(features, options);
    }
}
