package org.schemamigrate.diff.workflow;

import java.util.List;
import java.util.Objects;
import org.schemamigrate.diff.change.ColumnChange;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.change.SchemaChange.AddColumn;
import org.schemamigrate.diff.change.SchemaChange.AlterColumn;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.model.TableOptions;

/**
 * MySQL family: a column added or redefined with its table's own collation is written without COLLATE, so it takes
 * the table's default on the target as it did on the dev database. Written out, the collation would be the one
 * the scratch database happened to get (a dev server's default) instead of the target table's. Only where the
 * table's default collation is the same before and after, and the column's own collation does not change.
 */
final class InheritedCollations {
    private InheritedCollations() {
    }

    static List<SchemaChange> apply(List<SchemaChange> changes, Schema from, Schema to) {
        return changes.stream().map(change -> inherit(change, from, to)).toList();
    }

    private static SchemaChange inherit(SchemaChange change, Schema from, Schema to) {
        if (change instanceof AddColumn add && follows(add.table(), add.column(), from, to)) {
            return new AddColumn(add.table(), add.column().withCollation(null), add.after());
        }
        if (change instanceof AlterColumn alter && !alter.has(ColumnChange.COLLATION)
                && follows(alter.table(), alter.to(), from, to)) {
            return new AlterColumn(alter.table(), alter.from().withCollation(null), alter.to().withCollation(null),
                    alter.changes(), alter.after());
        }
        return change;
    }

    private static boolean follows(String table, Column column, Schema from, Schema to) {
        String before = collation(from, table);
        String after = collation(to, table);
        return column.collation() != null && after != null && column.collation().equals(after)
                && Objects.equals(before, after);
    }

    private static String collation(Schema schema, String table) {
        TableOptions options = schema.table(table).map(Table::options).orElse(null);
        return options == null ? null : options.collation();
    }
}
