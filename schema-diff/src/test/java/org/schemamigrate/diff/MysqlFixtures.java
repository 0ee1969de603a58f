package org.schemamigrate.diff;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.sql.ScriptSplitter;
import org.schemamigrate.core.sql.SqlStatement;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.differ.SchemaDiffer;
import org.schemamigrate.diff.differ.mysql.MysqlDiffHooks;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.inspect.mysql.MysqlInspector;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.mysql.MysqlPlanner;

/** Shared helpers for tests on the embedded MariaDB: run scripts, inspect, diff, plan, apply. */
public final class MysqlFixtures {
    public static final SchemaDiffer DIFFER = new SchemaDiffer(new MysqlDiffHooks());
    public static final MysqlPlanner PLANNER = new MysqlPlanner(Features.mariaDb(11, 4));

    private MysqlFixtures() {
    }

    /** Runs a script statement by statement, split by the runner's MySQL splitter. */
    public static void run(TestDatabase db, String script) {
        List<SqlStatement> statements = ScriptSplitter.forKind(DatabaseKind.MARIADB).split(script, "fixture");
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            for (SqlStatement statement : statements) {
                try {
                    s.execute(statement.sql());
                } catch (SQLException e) {
                    throw new IllegalStateException(db + ", line " + statement.line() + ": " + e.getMessage(), e);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(db + ": " + e.getMessage(), e);
        }
    }

    public static Schema inspect(TestDatabase db) {
        return inspect(db, InspectOptions.defaults());
    }

    public static Schema inspect(TestDatabase db, InspectOptions options) {
        try (Connection c = db.connection()) {
            return new MysqlInspector(options).inspect(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static List<SchemaChange> diff(Schema from, Schema to) {
        return DIFFER.diff(from, to);
    }

    public static Plan plan(Schema from, Schema to) {
        return PLANNER.plan(diff(from, to));
    }

    /** Applies a plan statement by statement; DDL auto-commits on MySQL, as it does for the runner. */
    public static void apply(TestDatabase db, Plan plan) {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            for (PlanStep step : plan.steps()) {
                try {
                    s.execute(step.sql());
                } catch (SQLException e) {
                    throw new IllegalStateException("Step failed: " + step.sql() + "\n" + e.getMessage(), e);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
