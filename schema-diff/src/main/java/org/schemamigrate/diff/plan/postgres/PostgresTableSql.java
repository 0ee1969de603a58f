package org.schemamigrate.diff.plan.postgres;

import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.literal;
import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.quote;
import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.quoteAll;

import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.diff.change.SchemaChange.AddColumn;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.ReferentialAction;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.model.UniqueConstraint;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Safety;

/**
 * The SQL text of PostgreSQL tables (CREATE TABLE, added columns, table comments), their constraints and ALTER
 * TABLE prefixes, shared by the plain and online plans.
 */
final class PostgresTableSql {
    private PostgresTableSql() {
    }

    static String unique(UniqueConstraint unique) {
        return constraintName(unique.name()) + "UNIQUE "
                + (unique.nullsNotDistinct() ? "NULLS NOT DISTINCT " : "") + "(" + quoteAll(unique.columns()) + ")"
                + deferral(unique.deferrable(), unique.initiallyDeferred());
    }

    /** {@code CONSTRAINT name PRIMARY KEY (a, b)} with its deferral. */
    static String primaryKey(PrimaryKey key) {
        return constraintName(key.name()) + "PRIMARY KEY (" + quoteAll(key.columns()) + ")"
                + deferral(key.deferrable(), key.initiallyDeferred());
    }

    private static String deferral(boolean deferrable, boolean initiallyDeferred) {
        return !deferrable ? "" : initiallyDeferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
    }

    static String check(Check check) {
        return constraintName(check.name()) + "CHECK (" + PostgresCheckText.of(check.expression()) + ")"
                + (check.noInherit() ? " NO INHERIT" : "");
    }

    static String foreignKey(ForeignKey fk) {
        StringBuilder sql = new StringBuilder(constraintName(fk.name())).append("FOREIGN KEY (")
                .append(quoteAll(fk.columns())).append(") REFERENCES ").append(quote(fk.referencedTable()))
                .append(" (").append(quoteAll(fk.referencedColumns())).append(')');
        if (fk.matchFull()) {
            sql.append(" MATCH FULL");
        }
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        sql.append(deferral(fk.deferrable(), fk.initiallyDeferred()));
        return sql.toString();
    }

    static String constraintName(String name) {
        return name == null ? "" : "CONSTRAINT " + quote(name) + " ";
    }

    static String alter(String table) {
        return "ALTER TABLE " + quote(table) + " ";
    }

    static void createTable(Table table, List<PlanStep> out) {
        List<String> lines = new ArrayList<>();
        table.columns().forEach(c -> lines.add(PostgresColumnSql.definition(c)));
        if (table.primaryKey() != null) {
            lines.add(primaryKey(table.primaryKey()));
        }
        table.uniques().forEach(u -> lines.add(unique(u)));
        table.checks().forEach(c -> lines.add(check(c)));
        out.add(new PlanStep("CREATE TABLE " + quote(table.name()) + " (\n  " + String.join(",\n  ", lines) + "\n)"
                + PostgresStructureSql.partitionClause(table.options()), "Create table " + table.name(), Safety.SAFE));
        PostgresStructureSql.rowSecurity(table.name(), null, table.options(), out);
        if (table.comment() != null) {
            out.add(tableComment(table.name(), table.comment()));
        }
        for (Column column : table.columns()) {
            if (column.comment() != null) {
                out.add(PostgresColumnSql.comment(table.name(), column));
            }
        }
    }

    static void addColumn(AddColumn change, List<PlanStep> out) {
        Column column = change.column();
        boolean mayFail = !column.nullable() && column.defaultExpression() == null && column.identity() == null
                && column.generatedExpression() == null;
        out.add(new PlanStep(alter(change.table()) + "ADD COLUMN " + PostgresColumnSql.definition(column),
                "Add column " + change.table() + "." + column.name()
                        + (mayFail ? " (fails if the table has rows: NOT NULL without default)" : ""),
                mayFail ? Safety.DATA_DEPENDENT : Safety.SAFE));
        if (column.comment() != null) {
            out.add(PostgresColumnSql.comment(change.table(), column));
        }
    }

    static PlanStep tableComment(String table, String comment) {
        return new PlanStep("COMMENT ON TABLE " + quote(table) + " IS " + literal(comment),
                (comment == null ? "Remove comment of table " : "Comment table ") + table, Safety.SAFE);
    }
}
