package org.schemamigrate.diff.plan.postgres;

import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.quote;
import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.quoteAll;

import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.ReferentialAction;
import org.schemamigrate.diff.model.UniqueConstraint;

/** The SQL text of PostgreSQL table constraints and ALTER TABLE prefixes, shared by the plain and online plans. */
final class PostgresTableSql {
    private PostgresTableSql() {
    }

    static String unique(UniqueConstraint unique) {
        return constraintName(unique.name()) + "UNIQUE "
                + (unique.nullsNotDistinct() ? "NULLS NOT DISTINCT " : "") + "(" + quoteAll(unique.columns()) + ")"
                + (!unique.deferrable() ? "" : unique.initiallyDeferred() ? " DEFERRABLE INITIALLY DEFERRED"
                : " DEFERRABLE");
    }

    static String check(Check check) {
        return constraintName(check.name()) + "CHECK (" + PostgresCheckText.of(check.expression()) + ")";
    }

    static String foreignKey(ForeignKey fk) {
        StringBuilder sql = new StringBuilder(constraintName(fk.name())).append("FOREIGN KEY (")
                .append(quoteAll(fk.columns())).append(") REFERENCES ").append(quote(fk.referencedTable()))
                .append(" (").append(quoteAll(fk.referencedColumns())).append(')');
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        if (fk.deferrable()) {
            sql.append(" DEFERRABLE").append(fk.initiallyDeferred() ? " INITIALLY DEFERRED" : "");
        }
        return sql.toString();
    }

    static String constraintName(String name) {
        return name == null ? "" : "CONSTRAINT " + quote(name) + " ";
    }

    static String alter(String table) {
        return "ALTER TABLE " + quote(table) + " ";
    }
}
