package org.schemamigrate.diff.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.Exclusion;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.Sequence;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.model.UniqueConstraint;

/**
 * Turns the requested renames into rename changes and into the current schema as it will look after them, which
 * the rest of the diff then compares with the desired schema. What the database does on a rename is predicted
 * here: references from foreign keys, indexes, checks and defaults follow the new names. A wrong prediction
 * cannot slip through: the generated migration is proven against the desired schema without renames.
 */
final class RenameApplier {

    record Result(List<SchemaChange> changes, Schema renamed) {
    }

    private RenameApplier() {
    }

    static Result apply(Schema current, Schema desired, Renames renames, DiffHooks hooks) {
        validate(current, desired, renames);
        List<SchemaChange> changes = new ArrayList<>();
        renames.tables().forEach(t -> changes.add(new SchemaChange.RenameTable(t.from(), t.to())));
        Map<String, Map<String, String>> columnsByTable = new HashMap<>();
        for (Renames.ColumnRename c : renames.columns()) {
            changes.add(new SchemaChange.RenameColumn(renames.newTableName(c.table()), c.from(), c.to()));
            columnsByTable.computeIfAbsent(c.table(), t -> new HashMap<>()).put(c.from(), c.to());
        }
        List<Table> tables = current.tables().stream()
                .map(t -> renameTable(t, renames, columnsByTable)).toList();
        List<Sequence> sequences = current.sequences().stream().map(s -> s.ownedByTable() == null ? s
                : s.withOwner(renames.newTableName(s.ownedByTable()), columnsByTable
                .getOrDefault(s.ownedByTable(), Map.of()).getOrDefault(s.ownedByColumn(), s.ownedByColumn())))
                .toList();
        Schema renamed = current.withTables(tables).withSequences(sequences);
        return new Result(changes, new DerivedRenames(renamed, desired, renames, hooks).apply(changes));
    }

    private static Table renameTable(Table table, Renames renames, Map<String, Map<String, String>> columnsByTable) {
        Map<String, String> renamedColumns = columnsByTable.getOrDefault(table.name(), Map.of());
        UnaryOperator<String> column = c -> renamedColumns.getOrDefault(c, c);
        UnaryOperator<String> expression = sql -> {
            String result = sql;
            for (Map.Entry<String, String> rename : renamedColumns.entrySet()) {
                result = SqlNames.replaceIdentifier(result, rename.getKey(), rename.getValue());
            }
            return result;
        };
        List<Column> columns = table.columns().stream().map(c -> renameColumn(c, column, expression)).toList();
        PrimaryKey pk = table.primaryKey() == null ? null
                : table.primaryKey().withColumns(map(table.primaryKey().columns(), column));
        List<UniqueConstraint> uniques = table.uniques().stream()
                .map(u -> u.withColumns(map(u.columns(), column))).toList();
        List<Index> indexes = table.indexes().stream().map(i -> i.withKeys(i.parts().stream()
                .map(p -> p.column() != null ? p.withKey(column.apply(p.column()), null)
                        : p.withKey(null, expression.apply(p.expression())))
                .toList(), map(i.include(), column),
                i.predicate() == null ? null : expression.apply(i.predicate()))).toList();
        List<Check> checks = table.checks().stream().map(c -> c.withExpression(expression.apply(c.expression()),
                c.column() == null ? null : renameColumn(c.column(), column, expression))).toList();
        List<ForeignKey> foreignKeys = table.foreignKeys().stream().map(fk -> {
            Map<String, String> referenced = columnsByTable.getOrDefault(fk.referencedTable(), Map.of());
            return new ForeignKey(fk.name(), map(fk.columns(), column), renames.newTableName(fk.referencedTable()),
                    map(fk.referencedColumns(), c -> referenced.getOrDefault(c, c)), fk.onDelete(), fk.onUpdate(),
                    fk.deferrable(), fk.initiallyDeferred(), fk.matchFull());
        }).toList();
        List<Exclusion> exclusions = table.exclusions().stream()
                .map(x -> new Exclusion(x.name(), expression.apply(x.definition()))).toList();
        return new Table(renames.newTableName(table.name()), columns, pk, indexes, uniques, foreignKeys, checks,
                table.comment(), table.options(), exclusions, table.constraintComments());
    }

    private static Column renameColumn(Column c, UnaryOperator<String> name, UnaryOperator<String> expression) {
        return new Column(name.apply(c.name()), c.type(), c.nullable(), c.defaultExpression() == null ? null
                : expression.apply(c.defaultExpression()), c.identity(), c.generatedExpression() == null ? null
                : expression.apply(c.generatedExpression()), c.collation(), c.comment(), c.onUpdate(),
                c.generatedVirtual());
    }

    private static List<String> map(List<String> names, UnaryOperator<String> rename) {
        return names.stream().map(rename).toList();
    }

    /** Every entry must name what exists now and what the desired schema has under the new name. */
    private static void validate(Schema current, Schema desired, Renames renames) {
        for (Renames.TableRename t : renames.tables()) {
            String entry = "'" + t.from() + ":" + t.to() + "'";
            if (current.table(t.from()).isEmpty()) {
                throw Renames.error(entry + ": the current schema has no table " + t.from()
                        + " (name the table as it is now, before the rename).");
            }
            if (current.table(t.to()).isPresent()) {
                throw Renames.error(entry + ": the current schema already has a table " + t.to()
                        + "; rename onto an existing table is not possible.");
            }
            if (desired.table(t.to()).isEmpty()) {
                throw Renames.error(entry + ": the desired schema has no table " + t.to() + ".");
            }
        }
        for (Renames.ColumnRename c : renames.columns()) {
            String entry = "'" + c.table() + "." + c.from() + ":" + c.to() + "'";
            Table table = current.table(c.table()).orElseThrow(() -> Renames.error(entry
                    + ": the current schema has no table " + c.table() + "."));
            if (table.column(c.from()).isEmpty()) {
                throw Renames.error(entry + ": table " + c.table() + " has no column " + c.from()
                        + " in the current schema (its columns: " + names(table) + ").");
            }
            if (table.column(c.to()).isPresent()) {
                throw Renames.error(entry + ": table " + c.table() + " already has a column " + c.to() + ".");
            }
            String target = renames.newTableName(c.table());
            Table wanted = desired.table(target).orElseThrow(() -> Renames.error(entry
                    + ": the desired schema has no table " + target + (target.equals(c.table())
                    ? " (if the table is renamed too, add its rename: " + c.table() + ":<new name>)." : ".")));
            if (wanted.column(c.to()).isEmpty()) {
                throw Renames.error(entry + ": table " + target + " has no column " + c.to()
                        + " in the desired schema (its columns: " + names(wanted) + ").");
            }
        }
    }

    private static String names(Table table) {
        return String.join(", ", table.columns().stream().map(Column::name).toList());
    }
}
