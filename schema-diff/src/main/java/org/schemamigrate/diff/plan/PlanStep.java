package org.schemamigrate.diff.plan;

import java.util.Objects;
import org.schemamigrate.diff.model.SchemaNames;

/** One SQL statement of a plan (no trailing semicolon), with a one-line comment for the reviewer. */
public record PlanStep(String sql, String comment, Safety safety) {

    public PlanStep {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(safety, "safety");
        // a name in another schema reads schema.name in the reviewer's comment; the SQL quotes it instead
        comment = SchemaNames.display(comment);
        if (sql.indexOf(SchemaNames.SEPARATOR) >= 0) {
            throw new IllegalStateException("A name in another schema was written unquoted: " + sql.replace(
                    SchemaNames.SEPARATOR, '.'));
        }
    }

    public boolean canLoseData() {
        return safety == Safety.DESTRUCTIVE;
    }

    /**
     * This step on a table created in the same plan: the table has no rows, so nothing added to it can fail on
     * existing rows (its foreign keys, checks and unique constraints are not marked "may fail on existing rows").
     */
    public PlanStep onNewTable() {
        return safety == Safety.DATA_DEPENDENT ? new PlanStep(sql, comment, Safety.SAFE) : this;
    }
}
