package org.schemamigrate.core.internal.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.schemamigrate.core.lint.SqlText;
import org.schemamigrate.core.lint.StatementLinter;
import org.schemamigrate.core.SqlStatement;
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
    /**
     * Why a destructive statement on a table created earlier in the same run is not refused; listeners print it
     * as "(allowed by …)".
     */
    static final String CREATED_IN_RUN = "its table having been created earlier in this run (it holds only rows"
            + " the run wrote)";
    /** DROP TABLE of exactly one table, or TRUNCATE / DELETE FROM one: group 1 the table. */
    private static final Pattern DROP_ONE_TABLE = Pattern.compile(
            "^(?:DROP TABLE (?:IF EXISTS )?|TRUNCATE (?:TABLE )?|DELETE FROM )(\"[^\"]+\"|`[^`]+`|[^ ,]+)"
                    + "(?: CASCADE| RESTRICT)?$");
    /**
     * After marking a file: migration.sum records each file's checksum, so the edited file would be refused next
     * as changed after the sum was written (found in the PostgreSQL trial: the advice led to a second failure).
     */
    static final String MARKED_THEN_HASH = "then run migration:hash, since migration.sum records the file as it was";
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
        Set<String> createdInRun = new HashSet<>();
        for (MigrationExecutor.Step step : steps) {
            if (step.script().isJava()) {
                continue;
            }
            List<Finding> findings = MarkedRisks.with(linter.lint(step.script().fileName(), step.statements()),
                    step.script().fileName(), step.script().directives(), step.statements());
            List<Set<String>> createdBefore = createdBefore(step, createdInRun);
            for (Finding finding : findings) {
                boolean newTable = onTableOfThisRun(step, finding, createdBefore);
                if (finding.category() != Category.DESTRUCTIVE) {
                    // locking, a running application, existing rows: none of it applies to a table this run
                    // created (a fresh install replaying the history would warn about every migration ever written)
                    if (!newTable) {
                        reported.add(new MigrationEvent.RiskFound(finding, null));
                    }
                } else if (newTable) {
                    // e.g. a fresh database (a new install, a test) replaying a history with a DROP COLUMN
                    reported.add(new MigrationEvent.RiskFound(finding, CREATED_IN_RUN));
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

    /**
     * For each statement of the step (by index), the tables created before it in this run; adds the step's own
     * to {@code createdInRun}. A destructive statement on such a table destroys only rows this run wrote.
     */
    private static List<Set<String>> createdBefore(MigrationExecutor.Step step, Set<String> createdInRun) {
        List<Set<String>> before = new ArrayList<>();
        for (SqlStatement statement : step.statements()) {
            before.add(Set.copyOf(createdInRun));
            String sql = SqlText.normalise(statement.sql());
            Matcher create = SqlText.CREATE_TABLE.matcher(sql);
            if (create.find() && !sql.contains(" IF NOT EXISTS ")) { // IF NOT EXISTS may find a table with rows
                createdInRun.add(SqlText.name(create.group(1)));
            }
        }
        return before;
    }

    private static boolean onTableOfThisRun(MigrationExecutor.Step step, Finding finding,
                                            List<Set<String>> createdBefore) {
        int index = finding.statement() - 1;
        if (index < 0 || index >= step.statements().size()) {
            return false;
        }
        String sql = SqlText.normalise(step.statements().get(index).sql());
        Matcher alter = SqlText.ALTER_TABLE.matcher(sql);
        Matcher drop = DROP_ONE_TABLE.matcher(sql);
        Matcher createIndex = SqlText.CREATE_INDEX.matcher(sql);
        String table = alter.matches() ? alter.group(1) : drop.matches() ? drop.group(1)
                : createIndex.find() ? createIndex.group(3) : null;
        return table != null && createdBefore.get(index).contains(SqlText.name(table));
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
                .append(" at its top (").append(MARKED_THEN_HASH).append(").")
                .append(" Add -Dmigration.backup=true to keep a copy of the rows it destroys.");
        return sb.toString();
    }
}
