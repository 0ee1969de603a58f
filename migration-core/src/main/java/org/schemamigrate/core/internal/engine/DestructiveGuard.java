package org.schemamigrate.core.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.schemamigrate.core.Direction;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.VersionInfo;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.event.MigrationListener;
import org.schemamigrate.core.lint.Category;
import org.schemamigrate.core.lint.Finding;
import org.schemamigrate.core.lint.MarkedRisks;
import org.schemamigrate.core.lint.StatementLinter;
import org.schemamigrate.core.source.Directives;
import org.schemamigrate.core.source.Script;

/**
 * Lints every step of a planned run before the first one executes (with the statements a generated file's header
 * marks destructive, see {@link MarkedRisks}). Destructive statements are refused unless
 * the run allows them (allowDestructive) or their file was reviewed ({@code -- migration:allow-destructive});
 * everything else found is reported as {@link MigrationEvent.RiskFound} and does not stop the run. Java
 * migrations are not linted: their SQL is not known before they run.
 */
final class DestructiveGuard {
    private final RunnerDialect dialect;
    private final boolean allowDestructive;
    private final MigrationListener listener;

    DestructiveGuard(RunnerDialect dialect, boolean allowDestructive, MigrationListener listener) {
        this.dialect = dialect;
        this.allowDestructive = allowDestructive;
        this.listener = listener;
    }

    /** Reports the findings of the steps, or refuses the whole run when one of them may not run. */
    void check(List<MigrationExecutor.Step> steps, Supplier<List<Script>> applied, VersionInfo current,
               boolean dryRun) {
        StatementLinter linter = new StatementLinter(dialect);
        if (steps.stream().anyMatch(DestructiveGuard::changesAColumn)) {
            // the applied files say what a changed column was: a varchar widening is then no risk
            applied.get().stream().filter(s -> s != null && !s.isJava())
                    .forEach(s -> linter.learn(dialect.splitter().split(s.content(), s.location())));
        }
        List<Finding> refused = new ArrayList<>();
        List<MigrationEvent.RiskFound> reported = new ArrayList<>();
        for (MigrationExecutor.Step step : steps) {
            if (step.script().isJava()) {
                continue;
            }
            List<Finding> findings = MarkedRisks.with(linter.lint(step.script().fileName(), step.statements()),
                    step.script().fileName(), step.script().directives(), step.statements());
            for (Finding finding : findings) {
                if (finding.category() != Category.DESTRUCTIVE) {
                    reported.add(new MigrationEvent.RiskFound(finding, null));
                } else if (step.script().allowDestructive()) {
                    reported.add(new MigrationEvent.RiskFound(finding, Directives.ALLOW_DESTRUCTIVE));
                } else if (allowDestructive) {
                    reported.add(new MigrationEvent.RiskFound(finding, "allowDestructive"));
                } else {
                    refused.add(finding);
                }
            }
        }
        reported.forEach(listener::onEvent);
        if (!refused.isEmpty()) {
            boolean down = steps.get(0).direction() == Direction.DOWN;
            throw new MigrationException(CoreErrorCode.DESTRUCTIVE_REFUSED, refusal(refused, down, current, dryRun));
        }
    }

    /** Cheap text test, so the applied files are read only for a run that may change a column's type. */
    private static boolean changesAColumn(MigrationExecutor.Step step) {
        return !step.script().isJava() && step.statements().stream().map(s -> s.sql().toUpperCase(Locale.ROOT))
                .anyMatch(sql -> sql.contains("TYPE") || sql.contains("MODIFY") || sql.contains("CHANGE"));
    }

    static String refusal(List<Finding> refused, boolean down, VersionInfo current, boolean dryRun) {
        StringBuilder sb = new StringBuilder();
        sb.append(dryRun ? "Dry run: this " + (down ? "rollback" : "migration") + " would be refused. " : "")
                .append("Nothing was applied: ").append(refused.size() == 1 ? "a statement" : refused.size()
                        + " statements").append(" of the ").append(down ? "rollback" : "migrations to apply")
                .append(" would destroy data, and destructive statements need permission. The database is unchanged (")
                .append(current.version() == 0 ? "no migration applied" : "at version " + current).append(").\n");
        for (Finding f : refused) {
            sb.append("  ").append(f.file()).append(':').append(f.line()).append(' ').append(f.code()).append(": ")
                    .append(f.explanation()).append("\n      ").append(f.sql()).append('\n');
        }
        sb.append("After reviewing ").append(refused.size() == 1 ? "it" : "them").append(", run it with")
                .append(" -Dmigration.allowDestructive=true (Maven) or Migrator.builder().allowDestructive(true)")
                .append(" (Java), or mark the reviewed file with the line ").append(Directives.ALLOW_DESTRUCTIVE)
                .append(" at its top. Add -Dmigration.backup=true to keep a copy of the rows it destroys.");
        return sb.toString();
    }
}
