package org.schemamigrate.diff.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.lint.Category;
import org.schemamigrate.core.lint.Finding;
import org.schemamigrate.core.lint.StatementLinter;
import org.schemamigrate.core.sql.ScriptSplitter;
import org.schemamigrate.core.sql.SqlStatement;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Safety;

/**
 * The text of a generated migration file: the header (directive, provenance, findings), the lock-timeout
 * prelude, the plan, and the epilogue. The findings are the core {@link StatementLinter}'s on the statements
 * as written, plus the steps the planner knows to be destructive where the statement alone does not show it
 * (code {@value #PLAN_CODE}: a narrowing type change, enum labels removed), each with its line in the file.
 * The planner's data-dependent steps are not repeated: the linter's rules cover them (at the ADD of a NOT VALID
 * constraint rather than at its VALIDATE).
 */
public final class MigrationFileText {
    /** The code of a finding that comes from the planner's knowledge of the schema rather than from the SQL. */
    public static final String PLAN_CODE = "PLAN";
    private static final String NO_TRANSACTION = "-- migration:no-transaction";

    /** The file's text and its findings (file name empty until the file is written). */
    public record Composed(String text, List<Finding> findings, boolean noTransaction) {

        /** The findings named after the written file. */
        public List<Finding> in(String fileName) {
            return findings.stream().map(f -> new Finding(f.code(), f.category(), fileName, f.statement(), f.line(),
                    f.sql(), f.explanation())).toList();
        }
    }

    private MigrationFileText() {
    }

    /**
     * Composes a file. {@code headerLines} are comment lines (with their "-- "), written after the directive
     * and before the findings.
     */
    public static Composed compose(DatabaseKind kind, List<String> headerLines, Plan plan, boolean noTransaction,
                                   LockTimeout lockTimeout) {
        String prelude = lockTimeout.prelude(!noTransaction);
        String body = prelude + plan.script() + lockTimeout.epilogue(!noTransaction);
        List<SqlStatement> statements = ScriptSplitter.forKind(kind).split(body, "the generated migration");
        List<Finding> findings = new ArrayList<>(new StatementLinter(kind).lint("", statements));
        findings.addAll(planFindings(plan, statements, prelude.isEmpty() ? 0 : 1, findings));
        findings.sort(Comparator.comparingInt(Finding::line));

        List<String> header = new ArrayList<>();
        if (noTransaction) {
            header.add(NO_TRANSACTION);
        }
        header.addAll(headerLines);
        int findingsStart = header.size();
        header.add(findings.isEmpty() ? "-- No findings: no statement can lose data, fail on existing rows, break the"
                + " running application or block a busy table." : "-- Findings (line in this file, code, category):");
        findings.forEach(f -> header.add(""));
        int offset = header.size() + 1; // the blank line after the header
        List<Finding> placed = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Finding moved = new Finding(f.code(), f.category(), "", f.statement(), f.line() + offset, f.sql(),
                    f.explanation());
            placed.add(moved);
            header.set(findingsStart + 1 + i, "--   line " + moved.line() + ": " + moved.code() + " "
                    + moved.category().label() + ": " + oneLine(moved.explanation()));
        }
        return new Composed(String.join("\n", header) + "\n\n" + body, placed, noTransaction);
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

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
