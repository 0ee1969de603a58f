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
import org.schemamigrate.diff.change.SchemaChange.CreateEnum;
import org.schemamigrate.diff.change.SchemaChange.CreateIndex;
import org.schemamigrate.diff.change.SchemaChange.CreateSequence;
import org.schemamigrate.diff.change.SchemaChange.CreateTable;
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
import org.schemamigrate.diff.change.SchemaChange.RenameColumn;
import org.schemamigrate.diff.change.SchemaChange.RenameConstraint;
import org.schemamigrate.diff.change.SchemaChange.RenameIndex;
import org.schemamigrate.diff.change.SchemaChange.RenameSequence;
import org.schemamigrate.diff.change.SchemaChange.RenameTable;
import org.schemamigrate.diff.change.SchemaChange.SetTableComment;
import org.schemamigrate.diff.change.SchemaChange.SetTableOptions;
import org.schemamigrate.diff.change.SchemaChange;

/**
 * Dependency-safe order in phases: requested renames (and the names that follow them) first, then foreign keys
 * are dropped before anything they reference, types and sequences exist before the tables that use them, and
 * every foreign key is added after all tables exist, which also breaks FK cycles. Within a phase the differ's
 * (name-sorted) order is kept.
 */
final class ChangeOrder {

    private ChangeOrder() {
    }

    static List<SchemaChange> sort(List<SchemaChange> changes) {
        List<SchemaChange> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingInt(ChangeOrder::phase));
        return List.copyOf(sorted);
    }

    static int phase(SchemaChange change) {
        if (change instanceof RenameTable || change instanceof RenameColumn || change instanceof RenameIndex
                || change instanceof RenameConstraint || change instanceof RenameSequence) {
            return -1; // every other change already uses the new names
        }
        if (change instanceof AlterSequence alter) {
            // releasing ownership must precede dropping the old owner; taking it needs the new owner to exist
            return alter.to().ownedByTable() == null ? 0 : 9;
        }
        if (change instanceof DropForeignKey) {
            return 1;
        }
        if (change instanceof DropIndex || change instanceof DropUnique || change instanceof DropCheck
                || change instanceof DropPrimaryKey) {
            return 2;
        }
        if (change instanceof DropTable) {
            return 3;
        }
        if (change instanceof CreateEnum || change instanceof AddEnumValue || change instanceof RecreateEnum
                || change instanceof CreateSequence) {
            return 4;
        }
        if (change instanceof CreateTable) {
            return 5;
        }
        if (change instanceof DropColumn || change instanceof AlterColumn || change instanceof AddColumn) {
            return 6;
        }
        if (change instanceof AddPrimaryKey || change instanceof AddUnique || change instanceof AddCheck
                || change instanceof CreateIndex) {
            return 7;
        }
        if (change instanceof AddForeignKey) {
            return 8;
        }
        if (change instanceof SetTableComment || change instanceof SetTableOptions) {
            return 9;
        }
        if (change instanceof DropSequence || change instanceof DropEnum) {
            return 10;
        }
        throw new IllegalStateException("No phase for " + change);
    }
}
