package org.schemamigrate.diff.plan.postgres;

import static org.schemamigrate.diff.plan.postgres.PostgresTableSql.alter;
import static org.schemamigrate.diff.plan.postgres.PostgresTableSql.check;
import static org.schemamigrate.diff.plan.postgres.PostgresTableSql.constraintName;
import static org.schemamigrate.diff.plan.postgres.PostgresTableSql.addColumn;
import static org.schemamigrate.diff.plan.postgres.PostgresTableSql.createTable;
import static org.schemamigrate.diff.plan.postgres.PostgresTableSql.foreignKey;
import static org.schemamigrate.diff.plan.postgres.PostgresTableSql.tableComment;
import static org.schemamigrate.diff.plan.postgres.PostgresTableSql.unique;
import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.literal;
import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.quote;
import static org.schemamigrate.diff.plan.postgres.PostgresIdentifiers.quoteAll;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.schemamigrate.diff.model.SchemaNames;
import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.change.SchemaChange.*; // every kind of change has its step here
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.change.SchemaChangeVisitor;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.plan.PlanOptions;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Planner;
import org.schemamigrate.diff.plan.Safety;

/** PostgreSQL SQL for every change; every identifier is quoted. */
public final class PostgresPlanner implements Planner {
    private final Features features;
    private final PlanOptions options;

    public PostgresPlanner(Features features) {
        this(features, PlanOptions.defaults());
    }

    public PostgresPlanner(Features features, PlanOptions options) {
        this.features = features;
        this.options = options;
    }

    @Override
    public Plan plan(List<SchemaChange> changes) {
        List<PlanStep> steps = new ArrayList<>();
        Set<String> created = OnlinePostgres.createdTables(changes);
        PostgresSerialIdentity serialIdentity = new PostgresSerialIdentity(changes);
        for (SchemaChange change : changes) {
            PostgresVersionChecks.require(change, features);
            if (!serialIdentity.absorbs(change) && !serialIdentity.steps(change, steps)) {
                steps(change, steps, created);
            }
        }
        return new Plan(steps);
    }

    @Override
    public List<SchemaChange> concurrently(List<SchemaChange> changes) {
        return options.online() ? OnlinePostgres.concurrently(changes) : List.of();
    }

    @Override
    public Plan planConcurrently(List<SchemaChange> changes) {
        return new Plan(changes.stream().map(OnlinePostgres::concurrentStep).toList());
    }

    /** The steps of one change, appended to {@code out}; tables in {@code created} are new in this plan. */
    public void steps(SchemaChange change, List<PlanStep> out, Set<String> created) {
        boolean online = options.online() && change.table() != null && !created.contains(change.table());
        if (online && OnlinePostgres.steps(change, features, out)) {
            return;
        }
        int first = out.size();
        change.accept(new Steps(out));
        if (change.table() != null && created.contains(change.table())) {
            out.subList(first, out.size()).replaceAll(PlanStep::onNewTable);
        }
    }

    /**
     * The offline SQL of every kind of change, appended to {@code out}. Renames keep the data: a renamed
     * constraint keeps its index, a renamed sequence its current value.
     */
    private static final class Steps implements SchemaChangeVisitor<Void> {
        private final List<PlanStep> out;

        Steps(List<PlanStep> out) {
            this.out = out;
        }

        @Override
        public Void visit(CreateTable c) {
            createTable(c.definition(), out);
            return null;
        }

        @Override
        public Void visit(DropTable c) {
            out.add(new PlanStep("DROP TABLE " + quote(c.dropped().name()),
                    "Drop table " + c.dropped().name() + " (its data is lost)", Safety.DESTRUCTIVE));
            return null;
        }

        @Override
        public Void visit(AddColumn c) {
            addColumn(c, out);
            return null;
        }

        @Override
        public Void visit(DropColumn c) {
            out.add(new PlanStep(alter(c.table()) + "DROP COLUMN " + quote(c.column().name()),
                    "Drop column " + c.table() + "." + c.column().name() + " (its data is lost)",
                    Safety.DESTRUCTIVE));
            return null;
        }

        @Override
        public Void visit(AlterColumn c) {
            PostgresColumnSql.alter(c, out);
            return null;
        }

        @Override
        public Void visit(AddPrimaryKey c) {
            out.add(new PlanStep(alter(c.table()) + "ADD " + PostgresTableSql.primaryKey(c.primaryKey()),
                    "Add primary key to " + c.table()
                    + " (fails on duplicates or nulls)", Safety.DATA_DEPENDENT));
            return null;
        }

        @Override
        public Void visit(DropPrimaryKey c) {
            out.add(dropConstraint(c.table(), c.primaryKey().name(), "primary key"));
            return null;
        }

        @Override
        public Void visit(CreateIndex c) {
            out.add(PostgresIndexSql.create(c.table(), c.index(), ""));
            if (c.index().comment() != null) {
                out.add(PostgresIndexSql.comment(c.table(), c.index().name(), c.index().comment()));
            }
            return null;
        }

        @Override
        public Void visit(SetConstraintComment c) {
            out.add(PostgresIndexSql.constraintComment(c.table(), c.name(), c.comment()));
            return null;
        }

        @Override
        public Void visit(AddExclusion c) {
            out.add(PostgresIndexSql.addExclusion(c.table(), c.exclusion()));
            return null;
        }

        @Override
        public Void visit(DropExclusion c) {
            out.add(dropConstraint(c.table(), c.exclusion().name(), "exclusion constraint"));
            return null;
        }

        @Override
        public Void visit(SetIndexComment c) {
            out.add(PostgresIndexSql.comment(c.table(), c.to().name(), c.to().comment()));
            return null;
        }

        @Override
        public Void visit(DropIndex c) {
            out.add(new PlanStep("DROP INDEX " + quote(SchemaNames.besides(c.table(), c.index().name())),
                    "Drop index " + c.index().name() + " of " + c.table(), Safety.SAFE));
            return null;
        }

        @Override
        public Void visit(AddUnique c) {
            out.add(new PlanStep(alter(c.table()) + "ADD " + unique(c.unique()), "Add unique constraint "
                    + c.unique().name() + " to " + c.table() + " (fails on duplicates)", Safety.DATA_DEPENDENT));
            return null;
        }

        @Override
        public Void visit(DropUnique c) {
            out.add(dropConstraint(c.table(), c.unique().name(), "unique constraint"));
            return null;
        }

        @Override
        public Void visit(AddForeignKey c) {
            out.add(new PlanStep(alter(c.table()) + "ADD " + foreignKey(c.foreignKey()), "Add foreign key "
                    + c.foreignKey().name() + " from " + c.table() + " to " + c.foreignKey().referencedTable(),
                    Safety.DATA_DEPENDENT));
            return null;
        }

        @Override
        public Void visit(DropForeignKey c) {
            out.add(dropConstraint(c.table(), c.foreignKey().name(), "foreign key"));
            return null;
        }

        @Override
        public Void visit(AddCheck c) {
            out.add(new PlanStep(alter(c.table()) + "ADD " + check(c.check()), "Add check constraint "
                    + c.check().name() + " to " + c.table() + " (fails on rows that violate it)",
                    Safety.DATA_DEPENDENT));
            return null;
        }

        @Override
        public Void visit(DropCheck c) {
            out.add(dropConstraint(c.table(), c.check().name(), "check constraint"));
            return null;
        }

        @Override
        public Void visit(SetTableComment c) {
            out.add(tableComment(c.table(), c.to()));
            return null;
        }

        @Override
        public Void visit(SetTableOptions c) {
            PostgresStructureSql.plan(c, out);
            return null;
        }

        @Override
        public Void visit(RenameTable c) {
            out.add(new PlanStep(alter(c.from()) + "RENAME TO " + quote(SchemaNames.local(c.to())),
                    "Rename table " + c.from() + " to " + c.to() + " (keeps its rows)", Safety.SAFE));
            return null;
        }

        @Override
        public Void visit(RenameColumn c) {
            out.add(new PlanStep(alter(c.table()) + "RENAME COLUMN " + quote(c.from()) + " TO " + quote(c.to()),
                    "Rename column " + c.table() + "." + c.from() + " to " + c.to() + " (keeps its data)",
                    Safety.SAFE));
            return null;
        }

        @Override
        public Void visit(RenameIndex c) {
            out.add(new PlanStep("ALTER INDEX " + quote(SchemaNames.besides(c.table(), c.from()))
                    + " RENAME TO " + quote(c.to()),
                    "Rename index " + c.from() + " of " + c.table() + " to " + c.to(), Safety.SAFE));
            return null;
        }

        @Override
        public Void visit(RenameConstraint c) {
            out.add(new PlanStep(alter(c.table()) + "RENAME CONSTRAINT " + quote(c.from()) + " TO " + quote(c.to()),
                    "Rename constraint " + c.from() + " of " + c.table() + " to " + c.to(), Safety.SAFE));
            return null;
        }

        @Override
        public Void visit(RenameSequence c) {
            out.add(new PlanStep("ALTER SEQUENCE " + quote(c.from()) + " RENAME TO "
                    + quote(SchemaNames.local(c.to())),
                    "Rename sequence " + c.from() + " to " + c.to() + " (keeps its current value)", Safety.SAFE));
            return null;
        }

        @Override
        public Void visit(CreateSequence c) {
            out.add(PostgresSequenceSql.create(c.sequence()));
            if (c.sequence().comment() != null) {
                out.add(PostgresSequenceSql.comment(c.sequence().name(), c.sequence().comment()));
            }
            return null;
        }

        @Override
        public Void visit(DropSequence c) {
            out.add(PostgresSequenceSql.drop(c.sequence()));
            return null;
        }

        @Override
        public Void visit(AlterSequence c) {
            if (!c.from().withComment(null).equals(c.to().withComment(null))) {
                out.add(PostgresSequenceSql.alter(c.from(), c.to()));
            }
            if (!Objects.equals(c.from().comment(), c.to().comment())) {
                out.add(PostgresSequenceSql.comment(c.to().name(), c.to().comment()));
            }
            return null;
        }

        @Override
        public Void visit(CreateEnum c) {
            PostgresEnumSql.createEnum(c.enumType(), out);
            return null;
        }

        @Override
        public Void visit(DropEnum c) {
            out.add(PostgresEnumSql.dropEnum(c.enumType()));
            return null;
        }

        @Override
        public Void visit(AddEnumValue c) {
            out.add(PostgresEnumSql.addValue(c));
            return null;
        }

        @Override
        public Void visit(RecreateEnum c) {
            PostgresEnumSql.recreate(c, out);
            return null;
        }

        @Override
        public Void visit(SetEnumComment c) {
            out.add(PostgresEnumSql.comment(c.enumName(), c.comment()));
            return null;
        }

        @Override
        public Void visit(CreateCast c) {
            out.add(PostgresEnumSql.createCast(c.cast()));
            return null;
        }

        @Override
        public Void visit(DropCast c) {
            out.add(PostgresEnumSql.dropCast(c.cast()));
            return null;
        }

        // domains, composite types, partitions (PostgresStructureSql)
        @Override public Void visit(CreateType c) { PostgresStructureSql.plan(c, out); return null; }
        @Override public Void visit(DropType c) { PostgresStructureSql.plan(c, out); return null; }
        @Override public Void visit(AlterType c) { PostgresStructureSql.plan(c, out); return null; }
        @Override public Void visit(CreatePartition c) { PostgresStructureSql.plan(c, out); return null; }
        @Override public Void visit(DropPartition c) { PostgresStructureSql.plan(c, out); return null; }
        @Override public Void visit(AlterPartition c) { PostgresStructureSql.plan(c, out); return null; }
        @Override public Void visit(SetPartitioning c) { PostgresStructureSql.plan(c, out); return null; }
        // views, functions, triggers, … (PostgresObjectSql)
        @Override public Void visit(CreateObject c) { PostgresObjectSql.create(c.object(), out); return null; }
        @Override public Void visit(DropObject c) { out.add(PostgresObjectSql.drop(c.object())); return null; }
    }

    private static PlanStep dropConstraint(String table, String name, String kind) {
        return new PlanStep(alter(table) + "DROP CONSTRAINT " + quote(name), "Drop " + kind + " " + name
                + " of " + table, Safety.SAFE);
    }
}
