package org.schemamigrate.diff;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.SqlStatement;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.diff.SchemaDiffer;
import org.schemamigrate.diff.diff.mysql.MySqlDiffHooks;
import org.schemamigrate.diff.inspect.mysql.MySqlInspector;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.plan.mysql.MySqlPlanner;

/** The embedded MariaDB as a {@link DialectFixtures}: its differ, planner, inspector, script runner, applier. */
public final class MariaDbFixtures {
    private static final SchemaDiffer DIFFER = new SchemaDiffer(new MySqlDiffHooks());
    private static final MySqlPlanner PLANNER = new MySqlPlanner(Features.mariaDb(11, 4));
    public static final DialectFixtures DIALECT = new DialectFixtures(DIFFER, PLANNER, MySqlInspector::new,
            MariaDbFixtures::run, MariaDbFixtures::apply);

    private MariaDbFixtures() {
    }

    /** Runs a script statement by statement, split by the runner's MySQL splitter. */
    private static void run(TestDatabase db, String script) {
        List<SqlStatement> statements = RunnerDialect.of(DatabaseKind.MARIADB).splitter().split(script, "fixture");
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

    /** Applies a plan statement by statement; DDL auto-commits on MySQL, as it does for the runner. */
    private static void apply(TestDatabase db, Plan plan) {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            DialectFixtures.executeSteps(s, plan);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
