package org.schemamigrate.diff.dialect;

import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.diff.DiffHooks;
import org.schemamigrate.diff.diff.SchemaDiffer;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.inspect.SchemaInspector;
import org.schemamigrate.diff.plan.PlanOptions;
import org.schemamigrate.diff.plan.Planner;

/**
 * The per-dialect parts of a diff for one server: how its catalog is read, which spellings it treats as equal,
 * and how changes become its SQL. {@link #of} is the one place that knows every dialect; adding a database
 * means one implementation of this interface (plus its inspector, hooks and planner).
 */
public interface DiffDialect {

    /** The parts for the server that {@code features} describes (MariaDB is a flavour of the MySQL dialect). */
    static DiffDialect of(Features features) {
        return switch (features.kind()) {
            case POSTGRESQL -> new PostgresDiffDialect(features);
            case MYSQL, MARIADB -> new MySqlDiffDialect(features);
        };
    }

    /** The product and version this dialect plans for. */
    Features features();

    SchemaInspector inspector(InspectOptions options);

    DiffHooks hooks();

    Planner planner(PlanOptions options);

    /** The generic differ with this dialect's hooks. */
    default SchemaDiffer differ() {
        return new SchemaDiffer(hooks());
    }

    /** The planner with the default options (offline, default lock timeout). */
    default Planner planner() {
        return planner(PlanOptions.defaults());
    }
}
