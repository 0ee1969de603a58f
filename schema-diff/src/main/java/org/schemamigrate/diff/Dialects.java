package org.schemamigrate.diff;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.diff.DiffHooks;
import org.schemamigrate.diff.diff.mysql.MySqlDiffHooks;
import org.schemamigrate.diff.diff.postgres.PostgresDiffHooks;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.inspect.SchemaInspector;
import org.schemamigrate.diff.inspect.mysql.MySqlInspector;
import org.schemamigrate.diff.inspect.postgres.PostgresInspector;
import org.schemamigrate.diff.plan.PlanOptions;
import org.schemamigrate.diff.plan.Planner;

/** The per-dialect parts of a diff, chosen by database kind: the one place that knows every dialect. */
public final class Dialects {
    private Dialects() {
    }

    public static SchemaInspector inspector(DatabaseKind kind, InspectOptions options) {
        return switch (kind) {
            case POSTGRESQL -> new PostgresInspector(options);
            case MYSQL, MARIADB -> new MySqlInspector(options);
        };
    }

    public static DiffHooks hooks(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> new PostgresDiffHooks();
            case MYSQL, MARIADB -> new MySqlDiffHooks();
        };
    }

    public static Planner planner(Features features) {
        return Planner.forFeatures(features);
    }

    public static Planner planner(Features features, PlanOptions options) {
        return Planner.forFeatures(features, options);
    }

    /** The server's product and version, from the connection's metadata. */
    public static Features features(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        return new Features(DatabaseKind.detect(connection), meta.getDatabaseMajorVersion(),
                meta.getDatabaseMinorVersion());
    }
}
