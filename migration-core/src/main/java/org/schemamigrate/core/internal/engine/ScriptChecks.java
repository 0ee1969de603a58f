package org.schemamigrate.core.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.lint.SqlText;
import org.schemamigrate.core.source.Directives;
import org.schemamigrate.core.source.Script;
import org.schemamigrate.core.SqlStatement;
import org.schemamigrate.core.internal.dialect.RunnerDialect;

/**
 * Refusals decided from a split script before anything runs: a file without statements (almost always a
 * mistake: an unsaved editor, a paste that went elsewhere), and transaction control in a file the runner wraps
 * in one transaction, where a COMMIT would make a later failure leave half a migration behind.
 */
final class ScriptChecks {
    private static final Pattern ENDS_TRANSACTION = Pattern.compile(
            "^(COMMIT|END|ABORT|BEGIN|START TRANSACTION|PREPARE TRANSACTION|ROLLBACK PREPARED)\\b.*");
    private static final Pattern ROLLBACK = Pattern.compile("^ROLLBACK(?: (?:WORK|TRANSACTION))?(?: AND (?:NO )?CHAIN)?$");
    private static final Pattern SAVEPOINT = Pattern.compile("^SAVEPOINT (\\S+)$");
    private static final Pattern TO_SAVEPOINT = Pattern.compile(
            "^(ROLLBACK(?: WORK| TRANSACTION)? TO|RELEASE)(?: SAVEPOINT)? (\\S+)$");

    private ScriptChecks() {
    }

    static void check(RunnerDialect dialect, Script script, List<SqlStatement> statements) {
        if (script.isJava()) {
            return;
        }
        refuseEmpty(script, statements);
        if (dialect.transactionalDdl() && !script.noTransaction()) {
            refuseTransactionControl(script, statements);
        }
    }

    private static void refuseEmpty(Script script, List<SqlStatement> statements) {
        boolean markedEmpty = script.directives().empty();
        if (statements.isEmpty() && !markedEmpty) {
            throw new MigrationException(CoreErrorCode.EMPTY_MIGRATION, script.location() + " has no SQL statement (it is"
                    + " empty or holds only comments). Nothing was run. A migration that does nothing is almost"
                    + " always a mistake: write its statements, or, if it is meant to do nothing, put the line "
                    + Directives.EMPTY + " at its top.");
        }
        if (!statements.isEmpty() && markedEmpty) {
            throw new MigrationException(CoreErrorCode.INVALID_SCRIPT, script.location() + " says " + Directives.EMPTY
                    + " but has " + statements.size() + " statement(s). Nothing was run. Remove the directive.");
        }
    }

    private static void refuseTransactionControl(Script script, List<SqlStatement> statements) {
        List<String> savepoints = new ArrayList<>();
        for (SqlStatement statement : statements) {
            String sql = SqlText.normalise(statement.sql());
            Matcher savepoint = SAVEPOINT.matcher(sql);
            Matcher to = TO_SAVEPOINT.matcher(sql);
            if (savepoint.matches()) {
                savepoints.add(SqlText.name(savepoint.group(1)));
            } else if (to.matches()) {
                int at = savepoints.lastIndexOf(SqlText.name(to.group(2)));
                if (at < 0) {
                    throw refused(script, statement, "names savepoint " + to.group(2) + ", which no earlier"
                            + " statement of this file sets (the runner sets none)");
                }
                if (to.group(1).equals("RELEASE")) {
                    savepoints.subList(at, savepoints.size()).clear();
                }
            } else if (ENDS_TRANSACTION.matcher(sql).matches() || ROLLBACK.matcher(sql).matches()) {
                throw refused(script, statement, "ends or starts a transaction, but the runner runs this file and"
                        + " its history row in one transaction, so a failure after it would leave part of the"
                        + " migration committed");
            }
        }
    }

    private static MigrationException refused(Script script, SqlStatement statement, String why) {
        String first = statement.sql().lines().findFirst().orElse("").strip();
        return new MigrationException(CoreErrorCode.TRANSACTION_CONTROL, script.location() + " statement "
                + statement.number() + " (line " + statement.line() + "): '" + first + "' " + why + ". Nothing was"
                + " run. Remove it (the runner commits the whole file, or rolls all of it back), or, if the file"
                + " must control transactions itself, make its first line " + Directives.NO_TRANSACTION
                + " (it then runs statement by statement and a failure leaves it dirty at the failing statement).");
    }
}
