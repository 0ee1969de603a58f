package org.schemamigrate.diff;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.diff.Renames;
import org.schemamigrate.diff.diff.SchemaDiffer;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.inspect.SchemaInspector;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Planner;

/**
 * One dialect's test helpers as a value, so harnesses shared by PostgreSQL and MariaDB can take the dialect as a
 * parameter. How scripts run and plans apply differs per dialect, so those come from {@link PostgresFixtures}
 * and {@link MariaDbFixtures}.
 */
public final class DialectFixtures {
    private final SchemaDiffer differ;
    private final Planner planner;
    private final Function<InspectOptions, SchemaInspector> inspectors;
    private final BiConsumer<TestDatabase, String> scriptRunner;
    private final BiConsumer<TestDatabase, Plan> planApplier;

    public DialectFixtures(SchemaDiffer differ, Planner planner, Function<InspectOptions, SchemaInspector> inspectors,
            BiConsumer<TestDatabase, String> scriptRunner, BiConsumer<TestDatabase, Plan> planApplier) {
        this.differ = differ;
        this.planner = planner;
        this.inspectors = inspectors;
        this.scriptRunner = scriptRunner;
        this.planApplier = planApplier;
    }

    public void run(TestDatabase db, String script) {
        scriptRunner.accept(db, script);
    }

    public SchemaInspector inspector(InspectOptions options) {
        return inspectors.apply(options);
    }

    public Schema inspect(TestDatabase db) {
        // as a scratch database is read: with its other schemas
        return inspect(db, InspectOptions.defaults().withOtherSchemas(true));
    }

    public Schema inspect(TestDatabase db, InspectOptions options) {
        try (Connection c = db.connection()) {
            return inspector(options).inspect(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public List<SchemaChange> diff(Schema from, Schema to) {
        return differ.diff(from, to);
    }

    public Plan plan(Schema from, Schema to) {
        return plan(diff(from, to));
    }

    /** The plan with the given tables and columns renamed rather than dropped and added. */
    public Plan plan(Schema from, Schema to, Renames renames) {
        return plan(differ.diff(from, to, renames));
    }

    public Plan plan(List<SchemaChange> changes) {
        return planner.plan(changes);
    }

    public void apply(TestDatabase db, Plan plan) {
        planApplier.accept(db, plan);
    }

    /** Executes each step in turn; a failing step is reported with its SQL so the broken statement is obvious. */
    static void executeSteps(Statement statement, Plan plan) throws SQLException {
        for (PlanStep step : plan.steps()) {
            try {
                // a MySQL compound body is written between DELIMITER lines for the script; JDBC takes it bare
                String sql = step.sql();
                statement.execute(sql.startsWith("DELIMITER //\n")
                        ? sql.substring("DELIMITER //\n".length(), sql.lastIndexOf("//\nDELIMITER")) : sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Step failed: " + step.sql() + "\n" + e.getMessage(), e);
            }
        }
    }
}
