package org.schemamigrate.diff;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.differ.DiffHooks;
import org.schemamigrate.diff.differ.mysql.MysqlDiffHooks;
import org.schemamigrate.diff.differ.postgres.PostgresDiffHooks;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.inspect.SchemaInspector;
import org.schemamigrate.diff.inspect.mysql.MysqlInspector;
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
            case MYSQL, MARIADB -> new MysqlInspector(options);
        };
    }

    public static DiffHooks hooks(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> new PostgresDiffHooks();
            case MYSQL, MARIADB -> new MysqlDiffHooks();
        };
    }

    public static Planner planner(Features features) {
        return Planner.forFeatures(features);
    }

    public static Planner planner(Features features, PlanOptions options) {
        return Planner.forFeatures(features, options);
    }

    /**
     * The server's product and version, read from the version string: MariaDB announces itself to MySQL drivers
     * as {@code 5.5.5-10.11.6-MariaDB}, where {@code getDatabaseMajorVersion()} says 5.
     */
    public static Features features(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Features parsed = fromVersionString(DatabaseKind.detect(connection), meta.getDatabaseProductVersion());
        return parsed != null ? parsed : new Features(DatabaseKind.detect(connection), meta.getDatabaseMajorVersion(),
                meta.getDatabaseMinorVersion());
    }

    /** Major and minor from a version string such as {@code 5.5.5-10.11.6-MariaDB} or {@code 16.4}; else null. */
    static Features fromVersionString(DatabaseKind kind, String version) {
        Matcher m = VERSION.matcher(version == null ? "" : version);
        return m.find() ? new Features(kind, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
    }

    private static final Pattern VERSION = Pattern.compile("^(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)");
}
