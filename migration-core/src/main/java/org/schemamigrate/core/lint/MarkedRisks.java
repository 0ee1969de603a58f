package org.schemamigrate.core.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.schemamigrate.core.SqlStatement;
import org.schemamigrate.core.source.Directives;

/**
 * The destructive statements a generated file's header names ({@code -- migration:destructive 3,7}), added to
 * what the linter finds in the SQL. The diff computes the risk once, from the typed schema changes, and writes it
 * into the file; the runner's guard and migration:lint read it back, so they refuse exactly what the header calls
 * destructive, including risks the SQL alone does not show (a narrowing type change, enum labels removed).
 */
public final class MarkedRisks {
    /** The code of a finding that comes from the file's marker rather than from the statement's text. */
    public static final String CODE = "PLAN";

    private MarkedRisks() {
    }

    /** The linter's findings plus one destructive finding per marked statement not already rated destructive. */
    public static List<Finding> with(List<Finding> linted, String file, Directives directives,
                                     List<SqlStatement> statements) {
        List<Finding> all = new ArrayList<>(linted);
        for (int number : directives.destructiveStatements()) {
            boolean covered = linted.stream().anyMatch(f -> f.statement() == number
                    && f.category() == Category.DESTRUCTIVE);
            if (covered) {
                continue;
            }
            SqlStatement statement = statements.stream().filter(s -> s.number() == number).findFirst().orElse(null);
            all.add(statement == null
                    ? new Finding(CODE, Category.DESTRUCTIVE, file, number, 0, "", "the header marks statement "
                    + number + " destructive, but the file has no such statement: it was edited after it was"
                    + " generated; review it and correct " + Directives.DESTRUCTIVE)
                    : new Finding(CODE, Category.DESTRUCTIVE, file, number, statement.line(),
                    statement.sql().strip().replaceAll("\\s+", " "), "marked destructive by the file's header ("
                    + Directives.DESTRUCTIVE + "): the diff knows it loses data (a narrowing type change,"
                    + " removed enum labels)"));
        }
        all.sort(Comparator.comparingInt(Finding::line));
        return all;
    }
}
