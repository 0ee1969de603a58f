package org.schemamigrate.diff.plan.mysql;

import static org.schemamigrate.diff.plan.mysql.MySqlIdentifiers.literal;
import static org.schemamigrate.diff.plan.mysql.MySqlIdentifiers.quote;
import static org.schemamigrate.diff.plan.mysql.MySqlIdentifiers.quoteAll;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.change.SchemaChange.AddCheck;
import org.schemamigrate.diff.change.SchemaChange.AddColumn;
import org.schemamigrate.diff.change.SchemaChange.AddEnumValue;
import org.schemamigrate.diff.change.SchemaChange.AddForeignKey;
import org.schemamigrate.diff.change.SchemaChange.AddPrimaryKey;
import org.schemamigrate.diff.change.SchemaChange.AddUnique;
import org.schemamigrate.diff.change.SchemaChange.AlterColumn;
import org.schemamigrate.diff.change.SchemaChange.AlterSequence;
import org.schemamigrate.diff.change.SchemaChange.CreateCast;
import org.schemamigrate.diff.change.SchemaChange.CreateEnum;
import org.schemamigrate.diff.change.SchemaChange.CreateIndex;
import org.schemamigrate.diff.change.SchemaChange.CreateSequence;
import org.schemamigrate.diff.change.SchemaChange.CreateTable;
import org.schemamigrate.diff.change.SchemaChange.DropCast;
import org.schemamigrate.diff.change.SchemaChange.DropCheck;
import org.schemamigrate.diff.change.SchemaChange.DropColumn;
import org.schemamigrate.diff.change.SchemaChange.DropEnum;
import org.schemamigrate.diff.change.SchemaChange.DropForeignKey;
import org.schemamigrate.diff.change.SchemaChange.DropIndex;
import org.schemamigrate.diff.change.SchemaChange.DropPrimaryKey;
import org.schemamigrate.diff.change.SchemaChange.DropSequence;
import org.schemamigrate.diff.change.SchemaChange.DropTable;
import org.schemamigrate.diff.change.SchemaChange.DropUnique;
import org.schemamigrate.diff.change.SchemaChange.RecreateEnum;
import org.schemamigrate.diff.change.SchemaChange.SetEnumComment;
import org.schemamigrate.diff.change.SchemaChange.RenameColumn;
import org.schemamigrate.diff.change.SchemaChange.RenameConstraint;
import org.schemamigrate.diff.change.SchemaChange.RenameIndex;
import org.schemamigrate.diff.change.SchemaChange.RenameSequence;
import org.schemamigrate.diff.change.SchemaChange.RenameTable;
import org.schemamigrate.diff.change.SchemaChange.SetConstraintComment;
import org.schemamigrate.diff.change.SchemaChange.SetIndexComment;
import org.schemamigrate.diff.change.SchemaChange.AddExclusion;
import org.schemamigrate.diff.change.SchemaChange.DropExclusion;
import org.schemamigrate.diff.change.SchemaChange.SetTableComment;
import org.schemamigrate.diff.change.SchemaChange.SetTableOptions;
import org.schemamigrate.diff.change.SchemaChange.CreateType;
import org.schemamigrate.diff.change.SchemaChange.DropType;
import org.schemamigrate.diff.change.SchemaChange.AlterType;
import org.schemamigrate.diff.change.SchemaChange.CreatePartition;
import org.schemamigrate.diff.change.SchemaChange.DropPartition;
import org.schemamigrate.diff.change.SchemaChange.AlterPartition;
import org.schemamigrate.diff.change.SchemaChange.SetPartitioning;
import org.schemamigrate.diff.change.SchemaChangeVisitor;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.plan.PlanOptions;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Safety;

/**
 * The one ALTER TABLE of a MySQL/MariaDB plan for one table: a clause per change, which MySQL checks as a whole,
 * and on online plans the strongest ALGORITHM every change in it supports ({@link MySqlAlgorithms}).
 */
final class MySqlAlterTable {
    private final Features features;
    private final PlanOptions options;

    MySqlAlterTable(Features features, PlanOptions options) {
        this.features = features;
        this.options = options;
    }

    /**
     * One ALTER TABLE with a clause per change, in the differ's safe order (drops, columns, adds, options); null
     * when nothing is left to write (options the server decides).
     */
    PlanStep write(String table, List<SchemaChange> changes) {
        Set<String> redefined = new HashSet<>();
        for (SchemaChange change : changes) {
            if (change instanceof AlterColumn c) {
                redefined.add(c.to().name());
            } else if (change instanceof DropColumn c) {
                redefined.add(c.column().name());
            }
        }
        Map<String, Check> inlineChecks = MySqlColumnSql.inlineChecks(changes, features.isMariaDb());
        Set<SchemaChange> reAdded = MySqlForeignKeyRenames.reAdded(changes);
        ClauseOf clauseOf = new ClauseOf(redefined, inlineChecks, reAdded);
        List<String> clauses = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Safety safety = Safety.SAFE;
        for (SchemaChange change : changes) {
            Clause clause = change.accept(clauseOf);
            if (clause != null) {
                clauses.add(clause.sql);
                notes.add(clause.note);
                safety = safety.max(clause.safety);
            }
        }
        if (clauses.isEmpty()) {
            return null;
        }
        String algorithm = options.online() ? MySqlAlgorithms.of(changes, features).clause() : "";
        if (!algorithm.isEmpty()) {
            clauses.add(algorithm);
            notes.add(algorithm.startsWith("ALGORITHM=INSTANT") ? "instant (no copy, no lock)"
                    : "in place without blocking writes");
        }
        String sql = (features.isMariaDb() && !reAdded.isEmpty() ? MySqlForeignKeyRenames.MARIADB_PREFIX : "")
                + "ALTER TABLE " + quote(table) + (clauses.size() == 1 ? " " + clauses.get(0)
                : "\n  " + String.join(",\n  ", clauses));
        return new PlanStep(sql, "Alter table " + table + ": " + String.join("; ", notes), safety);
    }

    record Clause(String sql, String note, Safety safety) {
    }

    /**
     * The clause of each change that belongs in an ALTER TABLE (null: nothing to write for it). Table-level
     * changes only: the planner places the others in statements of their own.
     */
    private final class ClauseOf implements SchemaChangeVisitor<Clause> {
        private final Set<String> redefined;
        private final Map<String, Check> inlineChecks;
        private final Set<SchemaChange> reAdded;

        ClauseOf(Set<String> redefined, Map<String, Check> inlineChecks, Set<SchemaChange> reAdded) {
            this.redefined = redefined;
            this.inlineChecks = inlineChecks;
            this.reAdded = reAdded;
        }

        @Override
        public Clause visit(RenameTable c) {
            return notInAlterTable(c);
        }

        @Override
        public Clause visit(RenameColumn c) {
            if (!features.renameColumn()) {
                throw new IllegalArgumentException("Renaming " + c.table() + "." + c.from() + " needs RENAME COLUMN:"
                        + " MySQL 8.0 or MariaDB 10.5.2 and later; " + features.kind().displayName() + " "
                        + features.major() + "." + features.minor() + " has none.");
            }
            return new Clause("RENAME COLUMN " + quote(c.from()) + " TO " + quote(c.to()), "rename column "
                    + c.from() + " to " + c.to() + " (keeps its data)", Safety.SAFE);
        }

        @Override
        public Clause visit(RenameIndex c) {
            return new Clause("RENAME INDEX " + quote(c.from()) + " TO " + quote(c.to()), "rename index "
                    + c.from() + " to " + c.to(), Safety.SAFE);
        }

        @Override
        public Clause visit(RenameConstraint c) {
            if (c.kind() != SchemaChange.ConstraintKind.UNIQUE) {
                return notInAlterTable(c);
            }
            return new Clause("RENAME INDEX " + quote(c.from()) + " TO " + quote(c.to()), "rename unique key "
                    + c.from() + " to " + c.to(), Safety.SAFE);
        }

        @Override
        public Clause visit(RenameSequence c) {
            return notInAlterTable(c);
        }

        @Override
        public Clause visit(CreateTable c) {
            return notInAlterTable(c);
        }

        @Override
        public Clause visit(DropTable c) {
            return notInAlterTable(c);
        }

        @Override
        public Clause visit(AddColumn c) {
            Column column = c.column();
            boolean mayFail = !column.nullable() && column.defaultExpression() == null && column.identity() == null
                    && column.generatedExpression() == null;
            String place = c.after() == null ? "" : c.after().equals(AddColumn.FIRST) ? " FIRST"
                    : " AFTER " + MySqlIdentifiers.quote(c.after());
            Check check = inlineChecks.get(column.name());
            return new Clause("ADD COLUMN " + MySqlColumnSql.withCheck(MySqlColumnSql.definition(column, null), check)
                    + place, "add column " + column.name()
                    + (mayFail ? " (NOT NULL without default: existing rows get the type's zero value)" : "")
                    + (check == null ? "" : " with check " + check.expression() + " (fails on rows that violate it)"),
                    check == null ? Safety.SAFE : Safety.DATA_DEPENDENT);
        }

        @Override
        public Clause visit(DropColumn c) {
            return new Clause("DROP COLUMN " + quote(c.column().name()), "drop column " + c.column().name()
                    + " (its data is lost)", Safety.DESTRUCTIVE);
        }

        @Override
        public Clause visit(AlterColumn c) {
            return MySqlModifyColumn.clause(c, inlineChecks.get(c.to().name()));
        }

        @Override
        public Clause visit(AddPrimaryKey c) {
            return new Clause("ADD " + MySqlTableSql.primaryKey(c.primaryKey()),
                    "add primary key (fails on duplicates or nulls)", Safety.DATA_DEPENDENT);
        }

        @Override
        public Clause visit(DropPrimaryKey c) {
            return new Clause("DROP PRIMARY KEY", "drop primary key", Safety.SAFE);
        }

        @Override
        public Clause visit(CreateIndex c) {
            return new Clause("ADD " + MySqlTableSql.indexDefinition(c.index(), "INDEX", features), "add "
                    + (c.index().unique() ? "unique index " : "index ") + c.index().name()
                    + (c.index().unique() ? " (fails on duplicates)" : ""),
                    c.index().unique() ? Safety.DATA_DEPENDENT : Safety.SAFE);
        }

        @Override
        public Clause visit(SetConstraintComment c) {
            return notInAlterTable(c); // PostgreSQL only
        }

        @Override
        public Clause visit(AddExclusion c) {
            return notInAlterTable(c);
        }

        @Override
        public Clause visit(DropExclusion c) {
            return notInAlterTable(c);
        }

        /** MySQL has no statement for an index's comment alone: the index is re-created in the same statement. */
        @Override
        public Clause visit(SetIndexComment c) {
            return new Clause("DROP INDEX " + quote(c.from().name()) + ", ADD "
                    + MySqlTableSql.indexDefinition(c.to(), "INDEX", features), "re-create index " + c.to().name()
                    + " with its new comment", Safety.SAFE);
        }

        @Override
        public Clause visit(DropIndex c) {
            return new Clause("DROP INDEX " + quote(c.index().name()), "drop index " + c.index().name(),
                    Safety.SAFE);
        }

        @Override
        public Clause visit(AddUnique c) {
            return new Clause("ADD UNIQUE KEY " + quote(c.unique().name()) + " (" + quoteAll(c.unique().columns())
                    + ")", "add unique key " + c.unique().name() + " (fails on duplicates)", Safety.DATA_DEPENDENT);
        }

        @Override
        public Clause visit(DropUnique c) {
            return new Clause("DROP INDEX " + quote(c.unique().name()), "drop unique key " + c.unique().name(),
                    Safety.SAFE);
        }

        @Override
        public Clause visit(AddForeignKey c) {
            if (reAdded.contains(c)) {
                return new Clause("ADD " + MySqlTableSql.foreignKey(c.foreignKey()), "add it again as "
                        + c.foreignKey().name() + " (the server cannot rename a foreign key; its rows satisfy it"
                        + (features.isMariaDb() ? ")" : "; MySQL copies the table to add it)"), Safety.SAFE);
            }
            return new Clause("ADD " + MySqlTableSql.foreignKey(c.foreignKey()), "add foreign key "
                    + c.foreignKey().name() + " to " + c.foreignKey().referencedTable(), Safety.DATA_DEPENDENT);
        }

        @Override
        public Clause visit(DropForeignKey c) {
            return new Clause("DROP FOREIGN KEY " + quote(c.foreignKey().name()), "drop foreign key "
                    + c.foreignKey().name() + " (its index stays unless dropped too)", Safety.SAFE);
        }

        @Override
        public Clause visit(AddCheck c) {
            if (inlineChecks.containsKey(c.check().name())) {
                return null;
            }
            Column column = c.check().column();
            if (column != null && !redefined.contains(column.name())) {
                // MariaDB: a column-level check stays in its column's definition, as the desired schema has it
                return new Clause("MODIFY COLUMN " + MySqlColumnSql.withCheck(MySqlColumnSql.definition(column, null), c.check()),
                        "add check " + c.check().name() + " to its column (fails on rows that violate it)",
                        Safety.DATA_DEPENDENT);
            }
            return new Clause("ADD " + MySqlTableSql.check(c.check()), "add check " + c.check().name()
                    + " (fails on rows that violate it)", Safety.DATA_DEPENDENT);
        }

        @Override
        public Clause visit(DropCheck c) {
            if (c.check().column() != null) {
                // MariaDB: a column-level check belongs to the column; restating the column without it drops it
                Column column = c.check().column();
                Check replacement = inlineChecks.get(column.name());
                return redefined.contains(column.name()) ? null
                        : new Clause("MODIFY COLUMN " + MySqlColumnSql.withCheck(MySqlColumnSql.definition(column, null),
                        replacement), (replacement == null ? "drop check " : "replace check ") + c.check().name()
                        + " (restating its column)", replacement == null ? Safety.SAFE : Safety.DATA_DEPENDENT);
            }
            return new Clause(features.dropCheckKeyword() + " " + quote(c.check().name()),
                    "drop check " + c.check().name(), Safety.SAFE);
        }

        @Override
        public Clause visit(SetTableComment c) {
            return new Clause("COMMENT=" + literal(c.to() == null ? "" : c.to()),
                    c.to() == null ? "remove comment" : "comment", Safety.SAFE);
        }

        @Override
        public Clause visit(SetTableOptions c) {
            String options = MySqlTableSql.tableOptions(c.from(), c.to(), " ").strip();
            boolean engine = c.to() != null && c.from() != null && !Objects.equals(c.to().engine(), c.from().engine());
            boolean collation = c.to() != null && c.from() != null
                    && !Objects.equals(c.to().collation(), c.from().collation());
            return options.isEmpty() ? null : new Clause(options, engine ? "engine " + c.to().engine()
                    + " (the table is rebuilt)" : collation ? "default collation " + c.to().collation()
                    + " (for new columns; existing ones keep their own)" : "row format (the table is rebuilt)",
                    Safety.SAFE);
        }

        @Override
        public Clause visit(CreateSequence c) {
            return notInAlterTable(c);
        }

        @Override
        public Clause visit(DropSequence c) {
            return notInAlterTable(c);
        }

        @Override
        public Clause visit(AlterSequence c) {
            return notInAlterTable(c);
        }

        @Override
        public Clause visit(CreateEnum c) {
            return notInAlterTable(c);
        }

        @Override
        public Clause visit(DropEnum c) {
            return notInAlterTable(c);
        }

        @Override
        public Clause visit(AddEnumValue c) {
            return notInAlterTable(c);
        }

        @Override
        public Clause visit(RecreateEnum c) {
            return notInAlterTable(c);
        }

        @Override
        public Clause visit(SetEnumComment c) {
            return notInAlterTable(c);
        }

        @Override
        public Clause visit(CreateCast c) {
            return notInAlterTable(c);
        }

        @Override
        public Clause visit(DropCast c) {
            return notInAlterTable(c);
        }

        @Override public Clause visit(CreateType c) { return notInAlterTable(c); }
        @Override public Clause visit(DropType c) { return notInAlterTable(c); }
        @Override public Clause visit(AlterType c) { return notInAlterTable(c); }
        @Override public Clause visit(CreatePartition c) { return notInAlterTable(c); }
        @Override public Clause visit(DropPartition c) { return notInAlterTable(c); }
        @Override public Clause visit(AlterPartition c) { return notInAlterTable(c); }
        @Override public Clause visit(SetPartitioning c) { return notInAlterTable(c); }
        @Override public Clause visit(SchemaChange.CreateObject c) { return notInAlterTable(c); }
        @Override public Clause visit(SchemaChange.DropObject c) { return notInAlterTable(c); }

        private Clause notInAlterTable(SchemaChange change) {
            throw new IllegalArgumentException("No " + features.kind().displayName() + " plan for " + change);
        }
    }
}
