package org.schemamigrate.diff.plan.postgres;

import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schemamigrate.diff.model.SchemaNames;
import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.change.ColumnChange;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.change.SchemaChange.AddCheck;
import org.schemamigrate.diff.change.SchemaChange.AddForeignKey;
import org.schemamigrate.diff.change.SchemaChange.AddPrimaryKey;
import org.schemamigrate.diff.change.SchemaChange.AddUnique;
import org.schemamigrate.diff.change.SchemaChange.AlterColumn;
import org.schemamigrate.diff.change.SchemaChange.CreateIndex;
import org.schemamigrate.diff.change.SchemaChange.CreateSequence;
import org.schemamigrate.diff.change.SchemaChange.CreateTable;
import org.schemamigrate.diff.change.SchemaChange.DropColumn;
import org.schemamigrate.diff.change.SchemaChange.DropIndex;
import org.schemamigrate.diff.change.SchemaChange.DropTable;
import org.schemamigrate.diff.change.SchemaChange.EnumUsage;
import org.schemamigrate.diff.change.SchemaChange.RecreateEnum;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.IndexPart;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Safety;

/**
 * Online PostgreSQL plans for tables that exist before the migration: constraints added NOT VALID and validated
 * in a second statement (VALIDATE takes a lock that lets reads and writes go on), SET NOT NULL proven by a
 * validated check first (PostgreSQL 12+ then skips its own scan), and index builds and drops moved to a
 * no-transaction migration as CONCURRENTLY.
 */
final class OnlinePostgres {
    /** PostgreSQL 12 lets SET NOT NULL use a valid CHECK (col IS NOT NULL) instead of scanning the table. */
    private static final int NOT_NULL_FROM_CHECK = 12;
    private static final int MAX_NAME_BYTES = 63;

    private OnlinePostgres() {
    }

    static Set<String> createdTables(List<SchemaChange> changes) {
        Set<String> created = new HashSet<>();
        changes.stream().filter(c -> c instanceof CreateTable).forEach(c -> created.add(c.table()));
        return created;
    }

    /** Appends the online steps of a change to an existing table; false when the change has no online form. */
    static boolean steps(SchemaChange change, Features features, List<PlanStep> out) {
        String alter = PostgresTableSql.alter(change.table());
        if (change instanceof AddForeignKey c && c.foreignKey().name() != null) {
            String name = c.foreignKey().name();
            out.add(new PlanStep(alter + "ADD " + PostgresTableSql.foreignKey(c.foreignKey()) + " NOT VALID",
                    "Add foreign key " + name + " from " + c.table() + " to " + c.foreignKey().referencedTable()
                            + ", NOT VALID: new rows are checked at once, existing ones by the next step", Safety.SAFE));
            out.add(validate(c.table(), name, "foreign key", "rows that reference missing keys"));
            return true;
        }
        if (change instanceof AddCheck c && c.check().name() != null) {
            String name = c.check().name();
            out.add(new PlanStep(alter + "ADD " + PostgresTableSql.check(c.check()) + " NOT VALID",
                    "Add check constraint " + name + " to " + c.table() + ", NOT VALID: new rows are checked at"
                            + " once, existing ones by the next step", Safety.SAFE));
            out.add(validate(c.table(), name, "check constraint", "rows that violate it"));
            return true;
        }
        if (change instanceof AlterColumn c && c.has(ColumnChange.NULLABILITY) && !c.to().nullable()
                && features.atLeast(NOT_NULL_FROM_CHECK, 0)) {
            PostgresColumnSql.alter(c, out, true);
            return true;
        }
        return false;
    }

    private static PlanStep validate(String table, String name, String kind, String failsOn) {
        return new PlanStep(PostgresTableSql.alter(table) + "VALIDATE CONSTRAINT " + quote(name), "Validate " + kind
                + " " + name + " on the existing rows of " + table + " without blocking writes (fails on " + failsOn
                + ")", Safety.DATA_DEPENDENT);
    }

    /** SET NOT NULL behind a validated temporary check, which PostgreSQL 12+ uses to skip the full-table scan. */
    static void notNull(String table, String column, String prefix, List<PlanStep> out) {
        String check = checkName(table, column);
        String alter = PostgresTableSql.alter(table);
        String name = table + "." + column;
        out.add(new PlanStep(alter + "ADD CONSTRAINT " + quote(check) + " CHECK (" + quote(column)
                + " IS NOT NULL) NOT VALID", "Forbid nulls in new rows of " + name + " (temporary check, NOT VALID)",
                Safety.SAFE));
        out.add(validate(table, check, "the temporary check", "rows that hold null in " + column));
        out.add(new PlanStep(prefix + "SET NOT NULL", "Forbid nulls in " + name + " (the validated check spares the"
                + " scan)", Safety.SAFE));
        out.add(new PlanStep(alter + "DROP CONSTRAINT " + quote(check), "Drop the temporary check of " + name
                + " (NOT NULL holds now)", Safety.SAFE));
    }

    /** {@code <table>_<column>_nn_tmp}, cut to PostgreSQL's 63 bytes; not the PostgreSQL 18 NOT NULL name. */
    static String checkName(String table, String column) {
        String name = table + "_" + column;
        String suffix = "_nn_tmp";
        while (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + suffix.length() > MAX_NAME_BYTES) {
            name = name.substring(0, name.length() - 1);
        }
        return name + suffix;
    }

    /** The statement of an index change in a no-transaction file. */
    static PlanStep concurrentStep(SchemaChange change) {
        if (change instanceof CreateIndex c) {
            PlanStep step = PostgresIndexSql.create(c.table(), c.index(), "CONCURRENTLY ");
            return new PlanStep(step.sql(), step.comment() + ", CONCURRENTLY (reads and writes go on; a failed"
                    + " build leaves an INVALID index to drop before a retry)", step.safety());
        }
        if (change instanceof DropIndex c) {
            return new PlanStep("DROP INDEX CONCURRENTLY "
                    + quote(SchemaNames.besides(c.table(), c.index().name())), "Drop index "
                    + c.index().name() + " of " + c.table() + ", CONCURRENTLY (reads and writes go on)", Safety.SAFE);
        }
        throw new IllegalArgumentException("Only index changes run concurrently: " + change);
    }

    /**
     * The index builds and drops on tables that exist before and after the migration which can safely wait for a
     * second migration: not a unique index a new foreign key may need, not the drop of an index whose columns
     * the first migration drops or retypes (PostgreSQL drops or rebuilds it with them), not a drop whose name a
     * new object in the first migration takes.
     */
    static List<SchemaChange> concurrently(List<SchemaChange> changes) {
        Set<String> churned = new HashSet<>(createdTables(changes));
        Set<String> fkTargets = new HashSet<>();
        Map<String, Set<String>> touched = new HashMap<>();
        for (SchemaChange change : changes) {
            if (change instanceof DropTable c) {
                churned.add(c.table());
            } else if (change instanceof AddForeignKey c) {
                fkTargets.add(c.foreignKey().referencedTable());
            } else if (change instanceof DropColumn c) {
                touched.computeIfAbsent(c.table(), t -> new HashSet<>()).add(c.column().name());
            } else if (change instanceof AlterColumn c && (c.has(ColumnChange.TYPE) || c.has(ColumnChange.COLLATION))) {
                touched.computeIfAbsent(c.table(), t -> new HashSet<>()).add(c.to().name());
            } else if (change instanceof RecreateEnum c) {
                for (EnumUsage usage : c.usages()) {
                    touched.computeIfAbsent(usage.table(), t -> new HashSet<>()).add(usage.column().name());
                }
            }
        }
        List<SchemaChange> later = new ArrayList<>();
        for (SchemaChange change : changes) {
            // a comment cannot follow a concurrent build in its one statement: such an index stays in the first file
            if (change instanceof CreateIndex c && !churned.contains(c.table()) && c.index().comment() == null
                    && !(c.index().unique() && fkTargets.contains(c.table()))) {
                later.add(change);
            }
        }
        Set<String> newNames = namesCreatedOutside(changes, later);
        for (SchemaChange change : changes) {
            if (change instanceof DropIndex c && !churned.contains(c.table())
                    && !touches(c.index(), touched.getOrDefault(c.table(), Set.of()))
                    && !newNames.contains(c.index().name())) {
                later.add(change);
            }
        }
        return changes.stream().filter(later::contains).toList();
    }

    private static boolean touches(Index index, Set<String> columns) {
        if (columns.isEmpty()) {
            return false;
        }
        if (index.predicate() != null) {
            return true;
        }
        for (IndexPart part : index.parts()) {
            if (part.column() == null || columns.contains(part.column())) {
                return true;
            }
        }
        return false;
    }

    /** Relation names (tables, indexes, sequences share one namespace) that the first migration creates. */
    private static Set<String> namesCreatedOutside(List<SchemaChange> changes, List<SchemaChange> later) {
        Set<String> names = new HashSet<>();
        for (SchemaChange change : changes) {
            if (later.contains(change)) {
                continue;
            }
            if (change instanceof CreateTable c) {
                names.add(c.table());
                if (c.definition().primaryKey() != null) {
                    names.add(c.definition().primaryKey().name());
                }
                c.definition().uniques().forEach(u -> names.add(u.name()));
            } else if (change instanceof CreateIndex c) {
                names.add(c.index().name());
            } else if (change instanceof AddUnique c) {
                names.add(c.unique().name());
            } else if (change instanceof AddPrimaryKey c) {
                names.add(c.primaryKey().name());
            } else if (change instanceof CreateSequence c) {
                names.add(c.sequence().name());
            }
        }
        return names;
    }
}
