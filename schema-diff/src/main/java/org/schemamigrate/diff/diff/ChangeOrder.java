package org.schemamigrate.diff.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import org.schemamigrate.diff.change.SchemaChange.CreateObject;
import org.schemamigrate.diff.change.SchemaChange.DropObject;
import org.schemamigrate.diff.model.DefinedObject;
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

/**
 * Dependency-safe order in phases: requested renames (and the names that follow them) first, then foreign keys
 * are dropped before anything they reference, types and sequences exist before the tables that use them, and
 * every foreign key is added after all tables exist, which also breaks FK cycles. Within a phase the differ's
 * (name-sorted) order is kept. Every kind of change has its phase through {@link PhaseOf}, so a new kind does
 * not compile until it has one.
 */
final class ChangeOrder {

    /** The phases, applied in declaration order. */
    enum Phase {
        /** Every other change already uses the new names. */
        RENAMES,
        /** Views, functions, triggers, … that go, change, or stand in the way of a change (dependents first). */
        DROP_OBJECTS,
        /** A sequence released from its owner column, before that owner may be dropped. */
        RELEASE_SEQUENCES,
        DROP_FOREIGN_KEYS,
        /** Before keys: a dropped table's own foreign keys go with it and may use a key dropped next. */
        DROP_TABLES,
        DROP_KEYS_CHECKS_AND_INDEXES,
        /** Other schemas, before anything is created in them. */
        CREATE_SCHEMAS,
        /** Extensions first: types and functions of the schema may use theirs. */
        CREATE_EXTENSIONS,
        /** Functions that the desired domains' checks or defaults call. */
        CREATE_ROUTINES_FOR_TYPES,
        CREATE_TYPES_AND_SEQUENCES,
        /** Functions that the desired tables' defaults, checks or indexes call. */
        CREATE_ROUTINES_FOR_TABLES,
        CREATE_TABLES,
        COLUMNS,
        ADD_KEYS_CHECKS_AND_INDEXES,
        /** After every table exists: this breaks FK cycles. */
        ADD_FOREIGN_KEYS,
        /** Sequence ownership (the new owner exists now), table comments and options. */
        OWNERSHIP_AND_TABLE_OPTIONS,
        /** Views, functions, triggers, … once everything they use exists (in the differ's dependency order). */
        CREATE_OBJECTS,
        /** Functions that the current tables called, once no default, check or index calls them any more. */
        DROP_ROUTINES_OF_TABLES,
        /** Last: nothing uses them any more. */
        DROP_SEQUENCES_AND_TYPES,
        /** Functions that the current domains called, once those are gone. */
        DROP_ROUTINES_OF_TYPES,
        /** After everything that may use them. */
        DROP_EXTENSIONS,
        /** Other schemas, once nothing is left in them. */
        DROP_SCHEMAS
    }

    private static final PhaseOf PHASE_OF = new PhaseOf();

    private ChangeOrder() {
    }

    static List<SchemaChange> sort(List<SchemaChange> changes) {
        List<SchemaChange> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparing(ChangeOrder::phase));
        return List.copyOf(sorted);
    }

    static Phase phase(SchemaChange change) {
        return change.accept(PHASE_OF);
    }

    private static final class PhaseOf implements SchemaChangeVisitor<Phase> {
        @Override
        public Phase visit(RenameTable change) {
            return Phase.RENAMES;
        }

        @Override
        public Phase visit(RenameColumn change) {
            return Phase.RENAMES;
        }

        @Override
        public Phase visit(RenameIndex change) {
            return Phase.RENAMES;
        }

        @Override
        public Phase visit(RenameConstraint change) {
            return Phase.RENAMES;
        }

        @Override
        public Phase visit(RenameSequence change) {
            return Phase.RENAMES;
        }

        @Override
        public Phase visit(CreateTable change) {
            return Phase.CREATE_TABLES;
        }

        @Override
        public Phase visit(DropTable change) {
            return Phase.DROP_TABLES;
        }

        @Override
        public Phase visit(AddColumn change) {
            return Phase.COLUMNS;
        }

        @Override
        public Phase visit(DropColumn change) {
            return Phase.COLUMNS;
        }

        @Override
        public Phase visit(AlterColumn change) {
            return Phase.COLUMNS;
        }

        @Override
        public Phase visit(AddPrimaryKey change) {
            return Phase.ADD_KEYS_CHECKS_AND_INDEXES;
        }

        @Override
        public Phase visit(DropPrimaryKey change) {
            return Phase.DROP_KEYS_CHECKS_AND_INDEXES;
        }

        @Override
        public Phase visit(CreateIndex change) {
            return Phase.ADD_KEYS_CHECKS_AND_INDEXES;
        }

        @Override
        public Phase visit(DropIndex change) {
            return Phase.DROP_KEYS_CHECKS_AND_INDEXES;
        }

        @Override
        public Phase visit(SetIndexComment change) {
            return Phase.ADD_KEYS_CHECKS_AND_INDEXES;
        }

        @Override
        public Phase visit(SetConstraintComment change) {
            return Phase.OWNERSHIP_AND_TABLE_OPTIONS;
        }

        @Override
        public Phase visit(AddExclusion change) {
            return Phase.ADD_KEYS_CHECKS_AND_INDEXES;
        }

        @Override
        public Phase visit(DropExclusion change) {
            return Phase.DROP_KEYS_CHECKS_AND_INDEXES;
        }

        @Override
        public Phase visit(AddUnique change) {
            return Phase.ADD_KEYS_CHECKS_AND_INDEXES;
        }

        @Override
        public Phase visit(DropUnique change) {
            return Phase.DROP_KEYS_CHECKS_AND_INDEXES;
        }

        @Override
        public Phase visit(AddForeignKey change) {
            return Phase.ADD_FOREIGN_KEYS;
        }

        @Override
        public Phase visit(DropForeignKey change) {
            return Phase.DROP_FOREIGN_KEYS;
        }

        @Override
        public Phase visit(AddCheck change) {
            return Phase.ADD_KEYS_CHECKS_AND_INDEXES;
        }

        @Override
        public Phase visit(DropCheck change) {
            return Phase.DROP_KEYS_CHECKS_AND_INDEXES;
        }

        @Override
        public Phase visit(SetTableComment change) {
            return Phase.OWNERSHIP_AND_TABLE_OPTIONS;
        }

        @Override
        public Phase visit(SetTableOptions change) {
            return Phase.OWNERSHIP_AND_TABLE_OPTIONS;
        }

        @Override
        public Phase visit(CreateSequence change) {
            return Phase.CREATE_TYPES_AND_SEQUENCES;
        }

        @Override
        public Phase visit(DropSequence change) {
            return Phase.DROP_SEQUENCES_AND_TYPES;
        }

        /** Releasing ownership must precede dropping the old owner; taking it needs the new owner to exist. */
        @Override
        public Phase visit(AlterSequence change) {
            return change.to().ownedByTable() == null ? Phase.RELEASE_SEQUENCES : Phase.OWNERSHIP_AND_TABLE_OPTIONS;
        }

        @Override
        public Phase visit(CreateEnum change) {
            return Phase.CREATE_TYPES_AND_SEQUENCES;
        }

        @Override
        public Phase visit(DropEnum change) {
            return Phase.DROP_SEQUENCES_AND_TYPES;
        }

        @Override
        public Phase visit(AddEnumValue change) {
            return Phase.CREATE_TYPES_AND_SEQUENCES;
        }

        @Override
        public Phase visit(SetEnumComment change) {
            return Phase.CREATE_TYPES_AND_SEQUENCES;
        }

        @Override
        public Phase visit(RecreateEnum change) {
            return Phase.CREATE_TYPES_AND_SEQUENCES;
        }

        /** Before its type is rebuilt or dropped. */
        @Override
        public Phase visit(DropCast change) {
            return Phase.DROP_KEYS_CHECKS_AND_INDEXES;
        }

        /** After its type is created or rebuilt (a rebuilt type's casts are dropped and created again). */
        @Override
        public Phase visit(CreateCast change) {
            return Phase.COLUMNS;
        }

        /** Domains and composite types: like enums, before the columns that use them and dropped after. */
        @Override public Phase visit(CreateType change) { return Phase.CREATE_TYPES_AND_SEQUENCES; }
        @Override public Phase visit(AlterType change) { return Phase.CREATE_TYPES_AND_SEQUENCES; }
        @Override public Phase visit(DropType change) { return Phase.DROP_SEQUENCES_AND_TYPES; }

        /** Partitions after their parent exists (the differ lists parents first), dropped with the tables. */
        @Override public Phase visit(CreatePartition change) { return Phase.COLUMNS; }
        @Override public Phase visit(AlterPartition change) { return Phase.COLUMNS; }
        @Override public Phase visit(DropPartition change) { return Phase.DROP_TABLES; }

        /** Partitioning removed before its key columns may go; set after the columns and keys it needs exist. */
        @Override
        public Phase visit(SetPartitioning change) {
            return change.to() == null ? Phase.DROP_KEYS_CHECKS_AND_INDEXES : Phase.OWNERSHIP_AND_TABLE_OPTIONS;
        }

        @Override
        public Phase visit(CreateObject change) {
            return change.object().kind() == DefinedObject.Kind.SCHEMA ? Phase.CREATE_SCHEMAS
                    : change.object().kind() == DefinedObject.Kind.EXTENSION ? Phase.CREATE_EXTENSIONS
                    : switch (change.calledBy()) {
                        case TYPES -> Phase.CREATE_ROUTINES_FOR_TYPES;
                        case TABLES -> Phase.CREATE_ROUTINES_FOR_TABLES;
                        case OBJECTS -> Phase.CREATE_OBJECTS;
                    };
        }

        @Override
        public Phase visit(DropObject change) {
            return change.object().kind() == DefinedObject.Kind.SCHEMA ? Phase.DROP_SCHEMAS
                    : change.object().kind() == DefinedObject.Kind.EXTENSION ? Phase.DROP_EXTENSIONS
                    : switch (change.calledBy()) {
                        case TYPES -> Phase.DROP_ROUTINES_OF_TYPES;
                        case TABLES -> Phase.DROP_ROUTINES_OF_TABLES;
                        case OBJECTS -> Phase.DROP_OBJECTS;
                    };
        }
    }
}
