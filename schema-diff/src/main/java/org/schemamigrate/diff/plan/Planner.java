package org.schemamigrate.diff.plan;

import java.util.List;
import org.schemamigrate.diff.change.SchemaChange;

/** Turns ordered changes into dialect SQL. Pure: no JDBC. A down plan is the plan of the reverse diff. */
public interface Planner {

    Plan plan(List<SchemaChange> changes);

    /**
     * The changes an online plan moves into a second migration that runs outside a transaction, after the first
     * (PostgreSQL: index builds and drops on existing tables, done CONCURRENTLY). None by default.
     */
    default List<SchemaChange> concurrently(List<SchemaChange> changes) {
        return List.of();
    }

    /** The plan of changes picked by {@link #concurrently}, for a {@code -- migration:no-transaction} file. */
    default Plan planConcurrently(List<SchemaChange> changes) {
        if (changes.isEmpty()) {
            return new Plan(List.of());
        }
        throw new UnsupportedOperationException("No concurrent plan for " + changes);
    }
}
