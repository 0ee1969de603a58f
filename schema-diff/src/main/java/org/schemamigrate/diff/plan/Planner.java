package org.schemamigrate.diff.plan;

import java.util.List;
import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.plan.mysql.MysqlPlanner;
import org.schemamigrate.diff.plan.postgres.PostgresPlanner;

/** Turns ordered changes into dialect SQL. Pure: no JDBC. A down plan is the plan of the reverse diff. */
public interface Planner {

    Plan plan(List<SchemaChange> changes);

    static Planner forFeatures(Features features) {
        return switch (features.kind()) {
            case POSTGRESQL -> new PostgresPlanner(features);
            case MYSQL, MARIADB -> new MysqlPlanner(features);
        };
    }
}
