package org.schemamigrate.core.internal.safety;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.schemamigrate.core.internal.dialect.CatalogTable.Column;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.lint.SqlText;
import org.schemamigrate.core.SqlStatement;

/**
 * Counts the rows that would make a data-dependent statement fail (NULLs before SET NOT NULL, duplicates before a
 * unique constraint or index or a primary key, orphans before a foreign key) and fails with the count and an
 * example instead of letting the migration break half-way.
 * <p>
 * When they run: checks on tables that no earlier statement of the same migration mentions run before the
 * migration's first statement (on MySQL/MariaDB, where DDL commits at once, nothing has then changed); the others
 * right before their statement, when the earlier statements' effects are visible. Tables created earlier in the
 * same migration are not checked (they have no old rows), nor foreign keys after a {@code SET FOREIGN_KEY_CHECKS}
 * in the migration. A check whose query itself fails is skipped: the statement then decides.
 */
public final class PreChecks {
    private static final Pattern WORD = Pattern.compile("\"[^\"]+\"|`[^`]+`|[A-Za-z_][A-Za-z0-9_$]*");
    private static final int EXAMPLE_COLUMNS = 3;

    /** A pre-check found rows that violate the statement at {@code index} (0-based). */
    public static final class Failure extends Exception {
        private final int index;

        Failure(int index, String message) {
            super(message);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }

    private final RunnerDialect dialect;
    private final List<Indexed> early = new ArrayList<>();
    private final TreeMap<Integer, List<PreCheck>> late = new TreeMap<>();

    private record Indexed(int index, PreCheck check) {
    }

    private PreChecks(RunnerDialect dialect) {
        this.dialect = dialect;
    }

    /** Reads the checks of one migration's statements and decides when each runs. */
    public static PreChecks plan(RunnerDialect dialect, List<SqlStatement> statements) {
        PreChecks plan = new PreChecks(dialect);
        Set<String> mentioned = new HashSet<>();
        Set<String> created = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            String sql = statements.get(i).sql();
            for (PreCheck check : PreCheck.of(dialect, sql)) {
                boolean foreignKeysOff = check.kind() == PreCheck.Kind.FOREIGN_KEY
                        && mentioned.contains(key("FOREIGN_KEY_CHECKS"));
                if (foreignKeysOff || created.contains(key(check.table().table().name()))) {
                    continue;
                }
                boolean touched = check.tables().stream().anyMatch(t -> mentioned.contains(key(t.table().name())));
                if (touched) {
                    plan.late.computeIfAbsent(i, n -> new ArrayList<>()).add(check);
                } else {
                    plan.early.add(new Indexed(i, check));
                }
            }
            String text = SqlText.normalise(sql);
            Matcher words = WORD.matcher(text);
            while (words.find()) {
                mentioned.add(key(SqlText.name(words.group())));
            }
            Matcher create = SqlText.CREATE_TABLE.matcher(text);
            if (create.find()) {
                TableName table = TableName.parse(create.group(1));
                created.add(key(table == null ? SqlText.name(create.group(1)) : table.table().name()));
            }
        }
        return plan;
    }

    /** Lower-cased: deciding "mentioned earlier" errs towards running a check later, which is always correct. */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** True when no statement has a check: the statements may run without stops between them. */
    public boolean none() {
        return early.isEmpty() && late.isEmpty();
    }

    /** Runs the checks that belong before the migration's first statement. */
    public void runEarly(Connection c) throws SQLException, Failure {
        for (Indexed indexed : early) {
            run(c, indexed.index(), indexed.check());
        }
    }

    /** Runs the checks that belong right before statement {@code index} (0-based). */
    public void runBefore(Connection c, int index) throws SQLException, Failure {
        for (PreCheck check : late.getOrDefault(index, List.of())) {
            run(c, index, check);
        }
    }

    /** Which statements (1-based) have checks, and when they run: for tests and debugging. */
    String describe() {
        return "before the first statement: " + early.stream().map(e -> String.valueOf(e.index() + 1)).distinct()
                .collect(Collectors.joining(", ")) + "; right before their statement: " + late.keySet().stream()
                .map(i -> String.valueOf(i + 1)).collect(Collectors.joining(", "));
    }

    private void run(Connection c, int index, PreCheck check) throws SQLException, Failure {
        // on PostgreSQL a failed query aborts the transaction: a savepoint keeps the migration's transaction usable
        Savepoint savepoint = dialect.failedQueryAbortsTransaction() && !c.getAutoCommit() ? c.setSavepoint() : null;
        String violation;
        try {
            violation = violation(c, check);
        } catch (SQLException e) {
            if (savepoint != null) {
                c.rollback(savepoint);
            }
            return;
        }
        if (savepoint != null) {
            c.releaseSavepoint(savepoint);
        }
        if (violation != null) {
            throw new Failure(index, violation);
        }
    }

    /** What is wrong with the data, or null when the statement will find nothing to fail on. */
    private String violation(Connection c, PreCheck check) throws SQLException {
        TableInfo table = TableInfo.load(c, dialect, check.table());
        List<Column> columns = table == null ? null : columns(table, check.columns());
        if (columns == null) {
            return null;
        }
        return switch (check.kind()) {
            case NOT_NULL -> nulls(c, table, columns, "NULL in " + columns.get(0).name());
            case UNIQUE -> duplicates(c, table, columns);
            case PRIMARY_KEY -> {
                String nulls = nulls(c, table, columns, "NULL in " + (columns.size() == 1 ? columns.get(0).name()
                        : "one of (" + names(columns) + ")") + ", which a primary key does not allow");
                yield nulls != null ? nulls : duplicates(c, table, columns);
            }
            case FOREIGN_KEY -> orphans(c, table, columns, check);
        };
    }

    private String nulls(Connection c, TableInfo table, List<Column> columns, String what)
            throws SQLException {
        String where = " WHERE " + columns.stream().map(col -> dialect.quote(col.name()) + " IS NULL")
                .collect(Collectors.joining(" OR "));
        long count = count(c, "SELECT count(*) FROM " + table.sql() + where);
        if (count == 0) {
            return null;
        }
        List<Column> key = exampleKey(table, columns.get(0), columns);
        return rows(count) + " of " + table + (count == 1 ? " has " : " have ") + what + " (for example the row"
                + " with " + example(c, key, "SELECT " + selectList(key, null) + " FROM " + table.sql() + where)
                + "). Fill them in or delete them first: add an UPDATE … WHERE … IS NULL (or a DELETE) before this"
                + " statement, in this migration or an earlier one.";
    }

    private String duplicates(Connection c, TableInfo table, List<Column> columns) throws SQLException {
        String groups = " FROM " + table.sql() + " WHERE " + columns.stream()
                .map(col -> dialect.quote(col.name()) + " IS NOT NULL").collect(Collectors.joining(" AND "))
                + " GROUP BY " + names(columns) + " HAVING count(*) > 1";
        String n = dialect.quote("n");
        long[] counts = counts(c, "SELECT count(*), COALESCE(sum(" + n + "), 0) FROM (SELECT count(*) AS " + n
                + groups + ") " + dialect.quote("d"));
        if (counts[0] == 0) {
            return null;
        }
        String example = example(c, columns, "SELECT " + selectList(columns, null) + ", count(*)" + groups);
        return counts[0] + (counts[0] == 1 ? " value" : " values") + " of (" + names(columns) + ") occur"
                + (counts[0] == 1 ? "s" : "") + " more than once in " + table + ", " + rows(counts[1]) + " in all"
                + " (for example " + example + "). Remove the duplicates first: add an UPDATE or DELETE before this"
                + " statement, in this migration or an earlier one.";
    }

    private String orphans(Connection c, TableInfo table, List<Column> columns, PreCheck check)
            throws SQLException {
        TableInfo parent = TableInfo.load(c, dialect, check.parent());
        List<Column> referenced = parent == null ? null : check.parentColumns().isEmpty()
                ? parent.primaryKey() : columns(parent, check.parentColumns());
        if (referenced == null || referenced.size() != columns.size()) {
            return null;
        }
        String child = dialect.quote("c");
        String other = dialect.quote("r");
        StringBuilder where = new StringBuilder(" FROM " + table.sql() + " " + child + " WHERE ");
        for (Column col : columns) {
            where.append(child).append('.').append(dialect.quote(col.name())).append(" IS NOT NULL AND ");
        }
        where.append("NOT EXISTS (SELECT 1 FROM ").append(parent.sql()).append(' ').append(other).append(" WHERE ");
        for (int i = 0; i < columns.size(); i++) {
            where.append(i == 0 ? "" : " AND ").append(other).append('.')
                    .append(dialect.quote(referenced.get(i).name())).append(" = ").append(child).append('.').append(dialect.quote(columns.get(i).name()));
        }
        where.append(')');
        long count = count(c, "SELECT count(*)" + where);
        if (count == 0) {
            return null;
        }
        List<Column> key = exampleKey(table, null, columns);
        return rows(count) + " of " + table + " reference" + (count == 1 ? "s" : "") + " " + parent + " rows that do"
                + " not exist ((" + names(columns) + ") → " + parent + " (" + names(referenced) + ")), for example"
                + " the row with " + example(c, key, "SELECT " + selectList(key, child) + where) + ". Delete those"
                + " rows, or set (" + names(columns) + ") to NULL or to existing keys, first: add the UPDATE or"
                + " DELETE before this statement, in this migration or an earlier one.";
    }

    /** The catalog columns the check names, or null when one does not exist (the statement then fails alone). */
    private static List<Column> columns(TableInfo table, List<Ident> idents) {
        List<Column> columns = new ArrayList<>();
        for (Ident ident : idents) {
            Column column = table.column(ident);
            if (column == null) {
                return null;
            }
            columns.add(column);
        }
        return columns;
    }

    /** The columns that show which row is meant: a few of the row key, then the checked columns. */
    private static List<Column> exampleKey(TableInfo table, Column except,
                                                     List<Column> checked) {
        LinkedHashSet<Column> key = new LinkedHashSet<>(table.rowKey(except).stream()
                .limit(EXAMPLE_COLUMNS).toList());
        key.addAll(checked);
        return List.copyOf(key);
    }

    private String selectList(List<Column> columns, String qualifier) {
        return columns.stream().map(col -> Values.select(dialect, col, qualifier)).collect(Collectors.joining(", "));
    }

    private String names(List<Column> columns) {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    private static String rows(long count) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? "row" : "rows");
    }

    private static long count(Connection c, String sql) throws SQLException {
        return counts(c, sql)[0];
    }

    private static long[] counts(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long[] values = new long[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getLong(i + 1);
            }
            return values;
        }
    }

    /** {@code id=42, email='a@x'} from the first row; a trailing count column is shown as "in N rows". */
    private static String example(Connection c, List<Column> columns, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setMaxRows(1);
            try (ResultSet rs = s.executeQuery(sql)) {
                if (!rs.next()) {
                    return "?";
                }
                List<String> shown = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    shown.add(Values.show(columns.get(i), rs.getString(i + 1)));
                }
                boolean counted = rs.getMetaData().getColumnCount() > columns.size();
                return String.join(", ", shown) + (counted ? " in " + rows(rs.getLong(columns.size() + 1)) : "");
            }
        }
    }
}
