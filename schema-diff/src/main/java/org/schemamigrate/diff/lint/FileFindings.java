package org.schemamigrate.diff.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.lint.Category;
import org.schemamigrate.core.lint.Finding;
import org.schemamigrate.core.lint.StatementLinter;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.SqlStatement;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Safety;

/**
 * The risks of a generated file, computed once and carried into its header: the core {@link StatementLinter}'s
 * findings on the statements as written, plus the steps the planner knows to be destructive where the statement
 * alone does not show it (code {@value #PLAN_CODE}: a narrowing type change, enum labels removed). The planner's
 * data-dependent steps are not repeated: the linter's rules cover them (at the ADD of a NOT VALID constraint
 * rather than at its VALIDATE). Because the runner's guard uses the same linter, it refuses exactly what the
 * header calls destructive.
 */
public final class FileFindings {
    /** The code of a finding that comes from the planner's knowledge of the schema rather than from the SQL. */
    public static final String PLAN_CODE = "PLAN";

    private FileFindings() {
    }

    /**
     * The findings of a file body (prelude, plan, epilogue), with lines counted in the body and sorted by line;
     * {@code preludeStatements} statements come before the plan's.
     */
    public static List<Finding> of(DatabaseKind kind, Plan plan, String body, int preludeStatements) {
        return of(kind, plan, body, preludeStatements, new StatementLinter(kind));
    }

    /**
     * As {@link #of(DatabaseKind, Plan, String, int)}, linted by {@code linter}, which may know the migrations the
     * file follows (a varchar widening is then no risk, see StatementLinter#learn) and learns this file.
     */
    public static List<Finding> of(DatabaseKind kind, Plan plan, String body, int preludeStatements,
                                   StatementLinter linter) {
        List<SqlStatement> statements = RunnerDialect.of(kind).splitter().split(body, "the generated migration");
        List<Finding> findings = new ArrayList<>(linter.lint("", statements));
        findings.addAll(planFindings(plan, statements, preludeStatements, findings));
        findings.sort(Comparator.comparingInt(Finding::line));
        return findings;
    }

    /** Destructive steps the linter did not rate destructive; empty when steps and statements differ. */
    private static List<Finding> planFindings(Plan plan, List<SqlStatement> statements, int preludeStatements,
                                              List<Finding> linted) {
        List<PlanStep> steps = plan.steps();
        if (statements.size() < preludeStatements + steps.size()) {
            return List.of();
        }
        List<Finding> extra = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            PlanStep step = steps.get(i);
            if (step.safety() != Safety.DESTRUCTIVE) {
                continue;
            }
            Category category = Category.DESTRUCTIVE;
            SqlStatement statement = statements.get(preludeStatements + i);
            boolean covered = linted.stream().anyMatch(f -> f.statement() == statement.number()
                    && f.category().atLeast(category));
            if (!covered) {
                extra.add(new Finding(PLAN_CODE, category, "", statement.number(), statement.line(),
                        oneLine(statement.sql()), step.comment()));
            }
        }
        return extra;
    }

    /** The text on one line, as a header line shows it. */
    public static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
