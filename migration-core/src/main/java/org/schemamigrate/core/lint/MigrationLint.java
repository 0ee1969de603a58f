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
        List<Migration> chosen = latest > 0 && latest < all.size() ? all.subList(all.size() - latest, all.size()) : all;
        StatementLinter linter = new StatementLinter(kind);
        ScriptSplitter splitter = RunnerDialect.of(kind).splitter();
        List<LintReport.FileReport> files = new ArrayList<>();
        for (Migration migration : chosen) {
            for (Direction direction : Direction.values()) {
                Script script = direction == Direction.UP ? migration.up() : migration.down();
                if (script == null || script.isJava() || !sides.includes(direction)) {
                    continue;
                }
                List<SqlStatement> statements = splitter.split(script.content(), script.location());
                List<Finding> findings = MarkedRisks.with(linter.lint(script.fileName(), statements),
                        script.fileName(), script.directives(), statements);
                files.add(new LintReport.FileReport(migration.version(), script.fileName(), direction,
                        script.allowDestructive(), findings));
            }
        }
        return new LintReport(kind, directory.description(), chosen.size(), files);
    }
}
