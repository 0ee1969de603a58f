package org.schemamigrate.diff;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.diff.SchemaDiffer;
import org.schemamigrate.diff.diff.postgres.PostgresDiffHooks;
import org.schemamigrate.diff.inspect.postgres.PostgresInspector;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.plan.postgres.PostgresPlanner;

/** The embedded PostgreSQL as a {@link DialectFixtures}: its differ, planner, inspector, script runner, applier. */
public final class PostgresFixtures {
    private static final SchemaDiffer DIFFER = new SchemaDiffer(new PostgresDiffHooks());
    private static final PostgresPlanner PLANNER = new PostgresPlanner(Features.postgres(17));
    public static final DialectFixtures DIALECT = new DialectFixtures(DIFFER, PLANNER, PostgresInspector::new,
            PostgresFixtures::run, PostgresFixtures::apply);

    private PostgresFixtures() {
    }

    /** Runs a whole script in one call: the PostgreSQL driver sends multi-statement scripts as they are. */
    private static void run(TestDatabase db, String script) {
        if (script.isBlank()) {
            return;
        }
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute(script);
        } catch (SQLException e) {
            throw new IllegalStateException(db + ": " + e.getMessage(), e);
        }
    }

    /** Applies a plan step by step in one transaction, as the runner does on PostgreSQL. */
    private static void apply(TestDatabase db, Plan plan) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                DialectFixtures.executeSteps(s, plan);
            } catch (IllegalStateException stepFailed) {
                c.rollback();
                throw stepFailed;
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
