package org.schemamigrate.diff.change;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.schemamigrate.diff.model.Cast;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.DefinedObject;
import org.schemamigrate.diff.model.EnumType;
import org.schemamigrate.diff.model.Exclusion;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.Partition;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.Sequence;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.model.TableOptions;
import org.schemamigrate.diff.model.UniqueConstraint;
import org.schemamigrate.diff.model.UserType;

/**
 * One change between two schemas, as plain data. Drops carry the whole dropped object so that linting and
 * messages need no second look at the schema. Planners turn changes into dialect SQL.
 */
public sealed interface SchemaChange {

    /** The table this change belongs to, or null for schema-level objects (sequences, enum types). */
    String table();

    /** Calls the visitor's method for this kind of change (see {@link SchemaChangeVisitor}). */
    <R> R accept(SchemaChangeVisitor<R> visitor);

    /**
     * A table renamed on request ({@code migration.renames}): it keeps its rows, and every later change names it
     * {@code to}.
     */
    record RenameTable(String from, String to) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }

        @Override
        public String table() {
            return to;
        }
    }

    /** A column renamed on request; {@code table} is the table's name after any rename of the table itself. */
    record RenameColumn(String table, String from, String to) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    /** An index whose name follows its renamed table or column (PostgreSQL keeps index names on a rename). */
    record RenameIndex(String table, String from, String to) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    /** A constraint whose name follows its renamed table or column. */
    record RenameConstraint(String table, ConstraintKind kind, String from, String to) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    /** A sequence whose name follows its renamed table (Hibernate's {@code <entity>_seq}); it keeps its value. */
    record RenameSequence(String from, String to) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }

        @Override
        public String table() {
            return null;
        }
    }

    /** The kinds of named constraints, for renames: dialects differ in which of them can be renamed. */
    enum ConstraintKind {
        PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK, EXCLUSION
    }

    /** A new table with columns, primary key, unique and check constraints; indexes and foreign keys come apart. */
    record CreateTable(Table definition) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }

        public CreateTable {
            if (!definition.indexes().isEmpty() || !definition.foreignKeys().isEmpty()) {
                throw new IllegalArgumentException("CreateTable carries no indexes or foreign keys: "
                        + definition.name());
            }
        }

        @Override
        public String table() {
            return definition.name();
        }
    }

    record DropTable(Table dropped) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }

        @Override
        public String table() {
            return dropped.name();
        }
    }

    /**
     * A column added; {@code after} names the column it follows in the desired table ({@link #FIRST} when it comes
     * first, null when its place is not asked for). PostgreSQL always appends; the MySQL family places it.
     */
    record AddColumn(String table, Column column, String after) implements SchemaChange {
        public static final String FIRST = "";

        public AddColumn(String table, Column column) {
            this(table, column, null);
        }

        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    record DropColumn(String table, Column column) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    /**
     * A column whose name stays; {@code changes} says which of its properties differ from {@code from}. With
     * {@link ColumnChange#POSITION}, {@code after} names the column it then follows ({@link AddColumn#FIRST} for the
     * first place); null otherwise.
     */
    record AlterColumn(String table, Column from, Column to, Set<ColumnChange> changes, String after)
            implements SchemaChange {
        public AlterColumn(String table, Column from, Column to, Set<ColumnChange> changes) {
            this(table, from, to, changes, null);
        }

        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }

        public AlterColumn {
            changes = Set.copyOf(changes);
            if (changes.isEmpty() || !from.name().equals(to.name())
                    || changes.contains(ColumnChange.POSITION) != (after != null)) {
                throw new IllegalArgumentException("AlterColumn needs a change on one column (and a place exactly"
                        + " when it moves): " + table);
            }
        }

        public boolean has(ColumnChange change) {
            return changes.contains(change);
        }
    }

    record AddPrimaryKey(String table, PrimaryKey primaryKey) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    record DropPrimaryKey(String table, PrimaryKey primaryKey) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    record CreateIndex(String table, Index index) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    record DropIndex(String table, Index index) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    /** PostgreSQL's COMMENT ON CONSTRAINT, after the constraint exists under {@code name}; null removes it. */
    record SetConstraintComment(String table, String name, String comment) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    /** A PostgreSQL exclusion constraint added to an existing or new table. */
    record AddExclusion(String table, Exclusion exclusion) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    record DropExclusion(String table, Exclusion exclusion) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    /** An index kept (under {@code to}'s name) whose comment changes; both indexes travel for MySQL's re-create. */
    record SetIndexComment(String table, Index from, Index to) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    record AddUnique(String table, UniqueConstraint unique) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    record DropUnique(String table, UniqueConstraint unique) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    record AddForeignKey(String table, ForeignKey foreignKey) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    record DropForeignKey(String table, ForeignKey foreignKey) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    record AddCheck(String table, Check check) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    record DropCheck(String table, Check check) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    record SetTableComment(String table, String from, String to) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    /** MySQL's engine or default collation of a table; existing columns keep their own collation. */
    record SetTableOptions(String table, TableOptions from, TableOptions to) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    /** A new sequence; its OWNED BY, if any, follows as an {@link AlterSequence} once the owner table exists. */
    record CreateSequence(Sequence sequence) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }

        @Override
        public String table() {
            return null;
        }
    }

    record DropSequence(Sequence sequence) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }

        @Override
        public String table() {
            return null;
        }
    }

    record AlterSequence(Sequence from, Sequence to) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }

        public AlterSequence {
            if (!from.name().equals(to.name()) || from.equals(to)) {
                throw new IllegalArgumentException("AlterSequence needs a change on one sequence: " + from.name());
            }
        }

        @Override
        public String table() {
            return null;
        }
    }

    record CreateEnum(EnumType enumType) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
        @Override public String table() { return null; }
    }

    record DropEnum(EnumType enumType) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
        @Override public String table() { return null; }
    }

    /** A label added to an enum; exactly one of {@code before}/{@code after} is set, or neither to append. */
    record AddEnumValue(String enumName, String value, String before, String after) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }

        @Override
        public String table() {
            return null;
        }
    }

    /** COMMENT ON TYPE of an enum that stays ({@code comment} null removes it); a created or rebuilt one has it. */
    record SetEnumComment(String enumName, String comment) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
        @Override public String table() { return null; }
    }

    /**
     * An enum whose labels were removed or reordered: PostgreSQL cannot do that in place, so the type is
     * rebuilt and every column that uses it converted.
     */
    record RecreateEnum(EnumType from, EnumType to, List<EnumUsage> usages) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }

        public RecreateEnum {
            usages = List.copyOf(usages);
            Objects.requireNonNull(to, "to");
        }

        @Override
        public String table() {
            return null;
        }
    }

    /**
     * A column that uses an enum being rebuilt. Its default is dropped during the conversion and put back only
     * when {@code restoredDefault} is set; a default that changes anyway is set by the column's own change.
     */
    record EnumUsage(String table, Column column, String restoredDefault) {
    }

    /** A cast created for a type of the schema (after the type exists). */
    record CreateCast(Cast cast) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }

        @Override
        public String table() {
            return null;
        }
    }

    /** A cast dropped (before its type is dropped or rebuilt: the type cannot go while the cast uses it). */
    record DropCast(Cast cast) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }

        @Override
        public String table() {
            return null;
        }
    }

    /** A domain or composite type created: after the types it uses, before the columns that use it. */
    record CreateType(UserType type) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
        @Override public String table() { return null; }
    }

    /** A domain or composite type dropped, after every column that used it. */
    record DropType(UserType type) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
        @Override public String table() { return null; }
    }

    /** A domain or composite type of the same kind changed in place (ALTER DOMAIN, ALTER TYPE). */
    record AlterType(UserType from, UserType to) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
        @Override public String table() { return null; }

        public AlterType {
            if (!from.name().equals(to.name()) || from.getClass() != to.getClass() || from.equals(to)) {
                throw new IllegalArgumentException("AlterType needs a change on one type: " + from.name());
            }
        }
    }

    /** A PostgreSQL partition created (CREATE TABLE … PARTITION OF), after its parent. */
    record CreatePartition(Partition partition) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
        @Override public String table() { return partition.name(); }
    }

    /** A PostgreSQL partition dropped with its rows (not when its parent goes: that takes it along). */
    record DropPartition(Partition partition) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
        @Override public String table() { return partition.name(); }
    }

    /** A partition kept whose bound or comment changes (a new bound: detached and attached again, rows kept). */
    record AlterPartition(Partition from, Partition to) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
        @Override public String table() { return to.name(); }
    }

    /**
     * A table's partitioning clause changed ({@code null}: not partitioned). The MySQL family repartitions in place;
     * PostgreSQL cannot change a table's partition key, so its planner refuses.
     */
    record SetPartitioning(String table, String from, String to) implements SchemaChange {
        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
    }

    /** What calls a function besides other objects: a domain's check or default, or a table's expressions. */
    enum CalledBy { OBJECTS, TABLES, TYPES }

    /**
     * An object compared by definition (view, function, trigger, …) created from its printed definition; also the
     * second half of a rebuild around a change it depends on. {@code calledBy}: a function that the desired
     * domains or tables call (defaults, checks, generated columns, indexes) must exist before them.
     */
    record CreateObject(DefinedObject object, CalledBy calledBy) implements SchemaChange {
        public CreateObject(DefinedObject object) {
            this(object, CalledBy.OBJECTS);
        }

        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
        @Override public String table() { return object.table(); }
    }

    /**
     * An object compared by definition dropped: it goes away, changes, or is in the way of a change it uses.
     * {@code calledBy}: a function that goes away while the current domains or tables call it goes after them.
     */
    record DropObject(DefinedObject object, CalledBy calledBy) implements SchemaChange {
        public DropObject(DefinedObject object) {
            this(object, CalledBy.OBJECTS);
        }

        @Override public <R> R accept(SchemaChangeVisitor<R> visitor) { return visitor.visit(this); }
        @Override public String table() { return object.table(); }
    }
}
