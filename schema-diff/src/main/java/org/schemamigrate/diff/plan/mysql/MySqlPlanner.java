package org.schemamigrate.diff.plan.mysql;

import static org.schemamigrate.diff.plan.mysql.MySqlIdentifiers.quote;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schemamigrate.diff.Features;
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
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.change.SchemaChangeVisitor;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.plan.PlanOptions;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Planner;
import org.schemamigrate.diff.plan.Safety;

/**
 * MySQL 8 / MariaDB SQL. All changes to one table become one {@code ALTER TABLE}, which MySQL validates as a
 * whole: an index a foreign key needs can be swapped for another, AUTO_INCREMENT and its key arrive together,
 * and the table is rebuilt once. Statements go in this order: requested renames (RENAME TABLE, one ALTER per
 * table for its column and index renames, then one for the second step of case-only key renames, see
 * {@link MySqlCaseRenames}), foreign keys dropped, tables dropped, sequences
 * created, tables created (with their indexes), one ALTER per changed table, foreign keys added (after every
 * table exists, which breaks FK cycles), sequences dropped: the {@link Slot}s, each holding single statements
 * and per-table ALTERs ({@link MySqlAlterTable}) in the order of their first change.
 */
public final class MySqlPlanner implements Planner {
    /** The statement order of a plan, in declaration order. */
    private enum Slot {
        RENAMES, CASE_RENAMES, OBJECT_DROPS, FK_DROPS, TABLE_DROPS, SEQUENCES, TABLE_CREATES, ALTERS, FK_ADDS, OBJECT_CREATES,
        SEQUENCE_DROPS
    }

    /** Where a change goes: its slot, and whether it joins its table's one ALTER TABLE there. */
    private record Place(Slot slot, boolean perTable) {
    }

    /** One statement of a slot: a change of its own, or one ALTER TABLE for a table's changes. */
    private sealed interface Statement permits Single, TableAlter {
    }

    private record Single(SchemaChange change) implements Statement {
    }

    private record TableAlter(String table, List<SchemaChange> changes) implements Statement {
    }

    private final Features features;
    private final Placement placement = new Placement();
    private final MySqlAlterTable alterTables;
    private final String defaultCollation;

    public MySqlPlanner(Features features) {
        this(features, PlanOptions.defaults());
    }

    public MySqlPlanner(Features features, PlanOptions options) {
        this.features = features;
        this.alterTables = new MySqlAlterTable(features, options);
        this.defaultCollation = options.defaultCollation();
    }

    @Override
    public Plan plan(List<SchemaChange> changes) {
        MySqlCaseRenames caseRenames = new MySqlCaseRenames();
        changes = caseRenames.expand(changes);
        Set<String> created = new HashSet<>();
        Map<String, List<Index>> inlineIndexes = new LinkedHashMap<>();
        for (SchemaChange change : changes) {
            if (change instanceof CreateTable c) {
                created.add(c.table());
                inlineIndexes.put(c.table(), new ArrayList<>());
            }
        }
        Map<Slot, List<Statement>> slots = new EnumMap<>(Slot.class);
        for (Slot slot : Slot.values()) {
            slots.put(slot, new ArrayList<>());
        }
        Map<Slot, Map<String, TableAlter>> alters = new EnumMap<>(Slot.class);
        Set<SchemaChange> reAdded = MySqlForeignKeyRenames.reAdded(changes); // joins the drop's ALTER
        for (SchemaChange change : changes) {
            if (change instanceof CreateIndex c && created.contains(c.table())) {
                inlineIndexes.get(c.table()).add(c.index());
                continue;
            }
            Place place = caseRenames.secondStep(change) ? Placement.CASE_RENAME
                    : reAdded.contains(change) ? Placement.FK_DROP : change.accept(placement);
            List<Statement> slot = slots.get(place.slot());
            if (place.perTable()) {
                // the table's ALTER keeps the place of its first change
                alters.computeIfAbsent(place.slot(), s -> new HashMap<>()).computeIfAbsent(change.table(), t -> {
                    TableAlter alter = new TableAlter(t, new ArrayList<>());
                    slot.add(alter);
                    return alter;
                }).changes().add(change);
            } else {
                slot.add(new Single(change));
            }
        }
        List<PlanStep> steps = new ArrayList<>();
        for (List<Statement> slot : slots.values()) { // an EnumMap iterates in declaration order
            for (Statement statement : slot) {
                PlanStep step = statement instanceof TableAlter alter
                        ? alterTables.write(alter.table(), alter.changes())
                        : step(((Single) statement).change(), inlineIndexes);
                if (step != null && statement instanceof TableAlter alter && created.contains(alter.table())) {
                    step = step.onNewTable();
                }
                if (step != null) {
                    steps.add(step);
                }
            }
        }
        return new Plan(steps);
    }

    private PlanStep step(SchemaChange item, Map<String, List<Index>> inlineIndexes) {
        if (item instanceof SchemaChange.CreateObject c) {
            return MySqlObjectSql.create(c.object());
        }
        if (item instanceof SchemaChange.DropObject c) {
            return MySqlObjectSql.drop(c.object());
        }
        if (item instanceof CreateTable c) {
            return MySqlTableSql.createTable(c.definition(), inlineIndexes.get(c.table()), defaultCollation,
                    features);
        }
        if (item instanceof DropTable c) {
            return new PlanStep("DROP TABLE " + quote(c.table()), "Drop table " + c.table() + " (its data is lost)",
                    Safety.DESTRUCTIVE);
        }
        if (item instanceof RenameTable c) {
            return new PlanStep("RENAME TABLE " + quote(c.from()) + " TO " + quote(c.to()), "Rename table "
                    + c.from() + " to " + c.to() + " (keeps its rows)", Safety.SAFE);
        }
        if (item instanceof RenameSequence c) {
            return new PlanStep("RENAME TABLE " + quote(c.from()) + " TO " + quote(c.to()), "Rename sequence "
                    + c.from() + " to " + c.to() + " (keeps its current value)", Safety.SAFE);
        }
        if (item instanceof SetPartitioning c) {
            return MySqlPartitionSql.plan(c);
        }
        if (item instanceof CreateSequence c) {
            return MySqlTableSql.createSequence(c.sequence(), features);
        }
        if (item instanceof AlterSequence c) {
            return MySqlTableSql.alterSequence(c.from(), c.to(), features);
        }
        DropSequence c = (DropSequence) item;
        return MySqlTableSql.dropSequence(c.sequence(), features);
    }

    /** The place of every kind of change; the MySQL family has no schema-level enum types. */
    private final class Placement implements SchemaChangeVisitor<Place> {
        private static final Place RENAME = new Place(Slot.RENAMES, false);
        private static final Place RENAME_IN_TABLE = new Place(Slot.RENAMES, true);
        private static final Place CASE_RENAME = new Place(Slot.CASE_RENAMES, true);
        private static final Place FK_DROP = new Place(Slot.FK_DROPS, true);
        private static final Place TABLE_DROP = new Place(Slot.TABLE_DROPS, false);
        private static final Place SEQUENCE = new Place(Slot.SEQUENCES, false);
        private static final Place TABLE_CREATE = new Place(Slot.TABLE_CREATES, false);
        private static final Place ALTER = new Place(Slot.ALTERS, true);
        private static final Place FK_ADD = new Place(Slot.FK_ADDS, true);
        private static final Place SEQUENCE_DROP = new Place(Slot.SEQUENCE_DROPS, false);
        private static final Place OBJECT_DROP = new Place(Slot.OBJECT_DROPS, false);
        private static final Place OBJECT_CREATE = new Place(Slot.OBJECT_CREATES, false);

        @Override public Place visit(SchemaChange.CreateObject change) { return OBJECT_CREATE; }
        @Override public Place visit(SchemaChange.DropObject change) { return OBJECT_DROP; }
        @Override public Place visit(RenameTable change) { return RENAME; }
        @Override public Place visit(RenameSequence change) { return RENAME; }
        @Override public Place visit(RenameColumn change) { return RENAME_IN_TABLE; }
        @Override public Place visit(RenameIndex change) { return RENAME_IN_TABLE; }
        @Override public Place visit(RenameConstraint change) { return RENAME_IN_TABLE; }
        @Override public Place visit(DropForeignKey change) { return FK_DROP; }
        @Override public Place visit(AddForeignKey change) { return FK_ADD; }
        @Override public Place visit(DropTable change) { return TABLE_DROP; }
        @Override public Place visit(CreateTable change) { return TABLE_CREATE; }
        @Override public Place visit(CreateSequence change) { return SEQUENCE; }
        @Override public Place visit(AlterSequence change) { return SEQUENCE; }
        @Override public Place visit(DropSequence change) { return SEQUENCE_DROP; }
        @Override public Place visit(AddColumn change) { return ALTER; }
        @Override public Place visit(DropColumn change) { return ALTER; }
        @Override public Place visit(AlterColumn change) { return ALTER; }
        @Override public Place visit(AddPrimaryKey change) { return ALTER; }
        @Override public Place visit(DropPrimaryKey change) { return ALTER; }
        @Override public Place visit(CreateIndex change) { return ALTER; }
        @Override public Place visit(DropIndex change) { return ALTER; }
        @Override public Place visit(AddUnique change) { return ALTER; }
        @Override public Place visit(DropUnique change) { return ALTER; }
        @Override public Place visit(AddCheck change) { return ALTER; }
        @Override public Place visit(DropCheck change) { return ALTER; }
        @Override public Place visit(SetTableComment change) { return ALTER; }
        @Override public Place visit(SetIndexComment change) { return ALTER; }
        @Override public Place visit(SetConstraintComment change) { return ALTER; }
        @Override public Place visit(AddExclusion change) { return ALTER; }
        @Override public Place visit(DropExclusion change) { return ALTER; }
        @Override public Place visit(SetTableOptions change) { return ALTER; }
        @Override public Place visit(CreateEnum change) { return noEnumTypes(change); }
        @Override public Place visit(DropEnum change) { return noEnumTypes(change); }
        @Override public Place visit(AddEnumValue change) { return noEnumTypes(change); }
        @Override public Place visit(RecreateEnum change) { return noEnumTypes(change); }
        @Override public Place visit(SetEnumComment change) { return noEnumTypes(change); }
        @Override public Place visit(CreateCast change) { return noEnumTypes(change); }
        @Override public Place visit(DropCast change) { return noEnumTypes(change); }

        /** Removed before the ALTERs (a key column may go), set after them (the keys it needs exist). */
        @Override
        public Place visit(SetPartitioning change) {
            return new Place(change.to() == null ? Slot.FK_DROPS : Slot.FK_ADDS, false);
        }

        @Override public Place visit(CreateType change) { return noEnumTypes(change); }
        @Override public Place visit(DropType change) { return noEnumTypes(change); }
        @Override public Place visit(AlterType change) { return noEnumTypes(change); }
        @Override public Place visit(CreatePartition change) { return noEnumTypes(change); }
        @Override public Place visit(DropPartition change) { return noEnumTypes(change); }
        @Override public Place visit(AlterPartition change) { return noEnumTypes(change); }

        private Place noEnumTypes(SchemaChange change) {
            throw new IllegalArgumentException("No " + features.kind().displayName() + " plan for " + change
                    + ": the MySQL family has no schema-level enum types; enums are column types");
        }
    }
}
