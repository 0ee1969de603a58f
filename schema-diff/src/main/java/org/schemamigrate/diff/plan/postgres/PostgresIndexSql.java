package org.schemamigrate.diff.plan.postgres;

import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.literal;
import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.quote;
import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.quoteAll;

import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.diff.model.SchemaNames;
import org.schemamigrate.diff.model.Exclusion;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.IndexPart;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Safety;

/**
 * CREATE INDEX with everything the catalog keeps: per key its collation, operator class and ordering, then
 * INCLUDE columns, storage parameters and the predicate; the comment is a statement of its own. Also the
 * index-backed exclusion constraints and the comments of constraints.
 */
final class PostgresIndexSql {

    private PostgresIndexSql() {
    }

    /** {@code concurrently} is "" or "CONCURRENTLY ". */
    static PlanStep create(String table, Index index, String concurrently) {
        StringBuilder sql = new StringBuilder("CREATE ").append(index.unique() ? "UNIQUE " : "").append("INDEX ")
                .append(concurrently).append(quote(index.name())).append(" ON ").append(quote(table));
        if (!index.method().equals("btree")) {
            sql.append(" USING ").append(index.method());
        }
        List<String> parts = new ArrayList<>();
        for (IndexPart part : index.parts()) {
            StringBuilder key = new StringBuilder(part.column() != null ? quote(part.column()) : part.expression());
            if (!part.keyOptions().isEmpty()) {
                key.append(' ').append(part.keyOptions());
            }
            if (!part.ordering().isEmpty()) {
                key.append(' ').append(part.ordering());
            }
            parts.add(key.toString());
        }
        sql.append(" (").append(String.join(", ", parts)).append(')');
        if (!index.include().isEmpty()) {
            sql.append(" INCLUDE (").append(quoteAll(index.include())).append(')');
        }
        if (index.nullsNotDistinct()) {
            sql.append(" NULLS NOT DISTINCT");
        }
        if (!index.storage().isEmpty()) {
            sql.append(" WITH (").append(String.join(", ", index.storage())).append(')');
        }
        if (index.predicate() != null) {
            sql.append(" WHERE ").append(index.predicate());
        }
        return new PlanStep(sql.toString(), "Create " + (index.unique() ? "unique " : "") + "index " + index.name()
                + " on " + table, index.unique() ? Safety.DATA_DEPENDENT : Safety.SAFE);
    }

    /** COMMENT ON INDEX; a null comment removes it. */
    static PlanStep comment(String table, String index, String comment) {
        return new PlanStep("COMMENT ON INDEX " + quote(SchemaNames.besides(table, index)) + " IS " + literal(comment),
                (comment == null ? "Remove comment of index " : "Comment index ") + index + " of " + table,
                Safety.SAFE);
    }

    static PlanStep addExclusion(String table, Exclusion exclusion) {
        return new PlanStep("ALTER TABLE " + quote(table) + " ADD CONSTRAINT " + quote(exclusion.name()) + " "
                + exclusion.definition(), "Add exclusion constraint " + exclusion.name() + " to " + table
                + " (fails on conflicting rows)", Safety.DATA_DEPENDENT);
    }

    /** COMMENT ON CONSTRAINT; a null comment removes it. */
    static PlanStep constraintComment(String table, String constraint, String comment) {
        return new PlanStep("COMMENT ON CONSTRAINT " + quote(constraint) + " ON " + quote(table) + " IS "
                + literal(comment), (comment == null ? "Remove comment of constraint " : "Comment constraint ")
                + constraint + " of " + table, Safety.SAFE);
    }
}
