package org.schemamigrate.diff;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.differ.SchemaDiffer;
import org.schemamigrate.diff.differ.postgres.PostgresDiffHooks;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.inspect.postgres.PostgresInspector;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.postgres.PostgresPlanner;

/** Shared helpers for tests on the embedded PostgreSQL: run scripts, inspect, diff, plan, apply. */
public final class PostgresFixtures {
    public static final SchemaDiffer DIFFER = new SchemaDiffer(new PostgresDiffHooks());
    public static final PostgresPlanner PLANNER = new PostgresPlanner(Features.postgres(17));

    private PostgresFixtures() {
    }

    /** Runs a whole script in one call: the PostgreSQL driver sends multi-statement scripts as they are. */
    public static void run(TestDatabase db, String script) {
        if (script.isBlank()) {
            return;
        }
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute(script);
        } catch (SQLException e) {
            throw new IllegalStateException(db + ": " + e.getMessage(), e);
        }
    }

    public static Schema inspect(TestDatabase db) {
        return inspect(db, InspectOptions.defaults());
    }

    public static Schema inspect(TestDatabase db, InspectOptions options) {
        try (Connection c = db.connection()) {
            return new PostgresInspector(options).inspect(c);
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

    /** Applies a plan step by step in one transaction, as the runner does on PostgreSQL. */
    public static void apply(TestDatabase db, Plan plan) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (PlanStep step : plan.steps()) {
                    try {
                        s.execute(step.sql());
                    } catch (SQLException e) {
                        c.rollback();
                        throw new IllegalStateException("Step failed: " + step.sql() + "\n" + e.getMessage(), e);
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
