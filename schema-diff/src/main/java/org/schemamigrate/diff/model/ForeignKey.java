package org.schemamigrate.diff.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key to a table of the same schema. {@code matchFull} is PostgreSQL's {@code MATCH FULL} (a row whose
 * key columns are partly null is rejected; the default MATCH SIMPLE accepts it).
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                         ReferentialAction onDelete, ReferentialAction onUpdate, boolean deferrable,
                         boolean initiallyDeferred, boolean matchFull) {

    public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                      ReferentialAction onDelete, ReferentialAction onUpdate, boolean deferrable,
                      boolean initiallyDeferred) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrable, initiallyDeferred,
                false);
    }

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
    }

    public static ForeignKey of(String name, List<String> columns, String referencedTable, List<String> referenced) {
        return new ForeignKey(name, columns, referencedTable, referenced, null, null, false, false);
    }

    public boolean sameDefinition(ForeignKey other) {
        return columns.equals(other.columns) && referencedTable.equals(other.referencedTable)
                && referencedColumns.equals(other.referencedColumns) && onDelete == other.onDelete
                && onUpdate == other.onUpdate && deferrable == other.deferrable
                && initiallyDeferred == other.initiallyDeferred && matchFull == other.matchFull;
    }

    public ForeignKey withName(String newName) {
        return new ForeignKey(newName, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrable,
                initiallyDeferred, matchFull);
    }

    public boolean references(String table) {
        return Objects.equals(referencedTable, table);
    }
}
