package org.schemamigrate.diff.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.schemamigrate.core.SqlStatement;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.lint.Category;
import org.schemamigrate.core.lint.Finding;
import org.schemamigrate.core.lint.MarkedRisks;
import org.schemamigrate.core.lint.StatementLinter;
import org.schemamigrate.core.source.Directives;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.plan.Safety;

/**
 * The risk is computed once: for a planned file, the statements its header calls destructive are exactly those
 * the runner's guard refuses (its linter plus the file's {@code -- migration:destructive} marker, read back from
 * the written text), and every step the planner rates destructive is among them. The golden harnesses check it
 * on every case they plan, so every kind of change is covered on real databases.
 */
public final class HeaderGuardAgreement {

    private HeaderGuardAgreement() {
    }

    public static void assertAgree(DatabaseKind kind, Plan plan, String what) {
        for (Duration timeout : List.of(Duration.ZERO, Duration.ofSeconds(5))) {
            MigrationFileText.Composed file = MigrationFileText.compose(kind, List.of("-- generated"), plan, false,
                    new LockTimeout(kind, timeout));
            Set<Integer> header = destructive(file.findings());

            List<SqlStatement> statements = RunnerDialect.of(kind).splitter().split(file.text(), what);
            Directives directives = Directives.parse(file.text(), what);
            Set<Integer> guard = destructive(MarkedRisks.with(new StatementLinter(kind).lint(what, statements), what,
                    directives, statements));

            assertThat(guard).as(what + ": statements the guard refuses = those the header calls destructive")
                    .isEqualTo(header);
            int prelude = timeout.isZero() ? 0 : 1;
            for (int i = 0; i < plan.steps().size(); i++) {
                if (plan.steps().get(i).safety() == Safety.DESTRUCTIVE) {
                    assertThat(header).as(what + ": destructive step " + plan.steps().get(i).comment())
                            .contains(prelude + i + 1);
                }
            }
        }
    }

    private static Set<Integer> destructive(List<Finding> findings) {
        Set<Integer> numbers = new TreeSet<>();
        findings.stream().filter(f -> f.category() == Category.DESTRUCTIVE).forEach(f -> numbers.add(f.statement()));
        return numbers;
    }
}
