package org.schemamigrate.diff.write;

import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.lint.Category;
import org.schemamigrate.core.lint.Finding;
import org.schemamigrate.core.lint.StatementLinter;
import org.schemamigrate.core.source.Directives;
import org.schemamigrate.diff.lint.FileFindings;
import org.schemamigrate.diff.plan.Plan;

/**
 * The text of a generated migration file: the header (directive, provenance, findings), the lock-timeout
 * prelude, the plan, and the epilogue. The findings come from {@link FileFindings}, each with its line in the
 * file.
 */
public final class MigrationFileText {
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
        return compose(kind, headerLines, plan, noTransaction, lockTimeout, false);
    }

    /**
     * As {@link #compose(DatabaseKind, List, Plan, boolean, LockTimeout)}; a generated rollback that destroys data
     * carries {@code -- migration:allow-destructive}: it removes only what its up added and was proven to return
     * exactly, so migration:lint's default passes on a fresh pair and migration:down runs it as reviewed.
     */
    public static Composed compose(DatabaseKind kind, List<String> headerLines, Plan plan, boolean noTransaction,
                                   LockTimeout lockTimeout, boolean generatedRollback) {
        return compose(kind, headerLines, plan, noTransaction, lockTimeout, generatedRollback,
                new StatementLinter(kind));
    }

    /** As above, the findings from {@code linter}, which knows what ran before the file (see FileFindings). */
    public static Composed compose(DatabaseKind kind, List<String> headerLines, Plan plan, boolean noTransaction,
                                   LockTimeout lockTimeout, boolean generatedRollback, StatementLinter linter) {
        String prelude = lockTimeout.prelude(!noTransaction);
        String body = prelude + plan.script() + lockTimeout.epilogue(!noTransaction);
        List<Finding> findings = FileFindings.of(kind, plan, body, prelude.isEmpty() ? 0 : 1, linter);

        List<String> header = new ArrayList<>();
        if (noTransaction) {
            header.add(NO_TRANSACTION);
        }
        // the risk computed here travels with the file: the runner's guard refuses exactly these statements
        List<Integer> destructive = findings.stream().filter(f -> f.category() == Category.DESTRUCTIVE)
                .map(Finding::statement).distinct().sorted().toList();
        if (!destructive.isEmpty()) {
            header.add(Directives.destructive(destructive));
        }
        if (generatedRollback && findings.stream().anyMatch(f -> f.category() == Category.DESTRUCTIVE)) {
            header.add(Directives.ALLOW_DESTRUCTIVE);
            header.add("-- (a generated rollback: it removes only what its up added; delete the line above to have"
                    + " migration:down ask for -Dmigration.allowDestructive=true)");
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
                    + moved.category().label() + ": " + FileFindings.oneLine(moved.explanation()));
        }
        return new Composed(String.join("\n", header) + "\n\n" + body, placed, noTransaction);
    }
}
