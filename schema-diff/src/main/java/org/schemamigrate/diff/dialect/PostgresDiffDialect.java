package org.schemamigrate.diff.dialect;

import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.diff.DiffHooks;
import org.schemamigrate.diff.diff.postgres.PostgresDiffHooks;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.inspect.SchemaInspector;
import org.schemamigrate.diff.inspect.postgres.PostgresInspector;
import org.schemamigrate.diff.plan.PlanOptions;
import org.schemamigrate.diff.plan.Planner;
import org.schemamigrate.diff.plan.postgres.PostgresPlanner;

/** PostgreSQL 12 and later. */
record PostgresDiffDialect(Features features) implements DiffDialect {

    @Override
    public SchemaInspector inspector(InspectOptions options) {
        return new PostgresInspector(options);
    }

    @Override
    public DiffHooks hooks() {
        return new PostgresDiffHooks();
    }

    @Override
    public Planner planner(PlanOptions options) {
        return new PostgresPlanner(features, options);
    }
}
