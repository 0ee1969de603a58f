package org.schemamigrate.core.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.schemamigrate.core.Direction;
import org.schemamigrate.core.SqlStatement;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.source.Migration;
import org.schemamigrate.core.source.MigrationDirectory;
import org.schemamigrate.core.source.Script;
import org.schemamigrate.core.internal.sql.ScriptSplitter;

/**
 * Lints the SQL files of a migration directory without a database: what {@code migration:lint} reports, and
 * what up and down would refuse. Down files are linted by default too: a down that drops what its up created
 * loses data on rollback, and its own {@code -- migration:allow-destructive} directive marks it reviewed.
 * Java migrations are not linted (their SQL is not known before they run).
 *
 * @param kind   the dialect the statements are read in
 * @param sides  which files: up, down or both
 * @param latest lint only the newest {@code latest} migrations; 0 or less: all
 */
public record MigrationLint(DatabaseKind kind, Sides sides, int latest) {

    /** Which files of each pair are linted. */
    public enum Sides {
        UP, DOWN, BOTH;

        boolean includes(Direction direction) {
            return this == BOTH || (direction == Direction.UP) == (this == UP);
        }

        /** "up", "down" or "both"; anything else names the setting. */
        public static Sides parse(String text, String setting) {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            return switch (t) {
                case "", "both" -> BOTH;
                case "up" -> UP;
                case "down" -> DOWN;
                default -> throw new MigrationException(CoreErrorCode.CONFIGURATION, setting
                        + " must be up, down or both; got '" + text + "'.");
            };
        }
    }

    public LintReport lint(MigrationDirectory directory) {
        List<Migration> all = directory.migrations();
        int first = latest > 0 && latest < all.size() ? all.size() - latest : 0;
        StatementLinter linter = new StatementLinter(kind);
        ScriptSplitter splitter = RunnerDialect.of(kind).splitter();
        List<LintReport.FileReport> files = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Migration migration = all.get(i);
            Script up = migration.up();
            List<SqlStatement> upStatements = up == null || up.isJava() ? List.of()
                    : splitter.split(up.content(), up.location());
            if (i < first || !sides.includes(Direction.UP) || up == null || up.isJava()) {
                linter.learn(upStatements); // the schema the later files start from
            } else {
                files.add(report(migration, up, Direction.UP, linter.lint(up.fileName(), upStatements),
                        upStatements));
            }
            Script down = migration.down();
            if (i >= first && sides.includes(Direction.DOWN) && down != null && !down.isJava()) {
                List<SqlStatement> statements = splitter.split(down.content(), down.location());
                // a down starts from the schema its up left; what it changes is not where the next up starts
                files.add(report(migration, down, Direction.DOWN, linter.branch().lint(down.fileName(), statements),
                        statements));
            }
        }
        return new LintReport(kind, directory.description(), all.size() - first, files);
    }

    private static LintReport.FileReport report(Migration migration, Script script, Direction direction,
                                                List<Finding> linted, List<SqlStatement> statements) {
        List<Finding> findings = MarkedRisks.with(linted, script.fileName(), script.directives(), statements);
        return new LintReport.FileReport(migration.version(), script.fileName(), direction,
                script.allowDestructive(), findings);
    }
}
