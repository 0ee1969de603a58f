package org.schemamigrate.diff.diff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.schemamigrate.diff.change.ColumnChange;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.Table;

/** The changes inside one table that exists on both sides. */
final class TableDiffer {

    private TableDiffer() {
    }

    /**
     * The column an added column must follow to take its place in {@code to}; null when appending puts it there
     * anyway (every column after it is added after it too).
     */
    private static String previous(Table from, Table to, Column column) {
        List<Column> columns = to.columns();
        int index = columns.indexOf(column);
        boolean last = columns.subList(index + 1, columns.size()).stream()
                .allMatch(c -> from.column(c.name()).isEmpty() || c.equals(column));
        if (last) {
            return null;
        }
        return index == 0 ? SchemaChange.AddColumn.FIRST : columns.get(index - 1).name();
    }

    static void diff(Table from, Table to, DiffHooks hooks, List<SchemaChange> out) {
        String table = to.name();
        Set<String> altered = new HashSet<>();
        for (Column old : from.columns()) {
            Column wanted = to.column(old.name()).orElse(null);
            if (wanted == null) {
                out.add(new SchemaChange.DropColumn(table, old));
            } else if (!Objects.equals(old.generatedExpression(), wanted.generatedExpression())
                    || old.generatedVirtual() != wanted.generatedVirtual()) {
                // a generation expression cannot be altered before PostgreSQL 17; recomputing loses nothing
                out.add(new SchemaChange.DropColumn(table, old));
                out.add(new SchemaChange.AddColumn(table, wanted, previous(from, to, wanted)));
            } else {
                Set<ColumnChange> changes = columnChanges(old, wanted, hooks);
                if (!changes.isEmpty()) {
                    altered.add(old.name());
                    out.add(new SchemaChange.AlterColumn(table, old, wanted, changes));
                }
            }
        }
        for (Column wanted : to.columns()) {
            if (from.column(wanted.name()).isEmpty()) {
                out.add(new SchemaChange.AddColumn(table, wanted, previous(from, to, wanted)));
            }
        }
        primaryKey(table, from.primaryKey(), to.primaryKey(), out);
        Matcher.match(from.uniques(), to.uniques(), u -> u.name(), (a, b) -> a.columns().equals(b.columns()),
                u -> out.add(new SchemaChange.DropUnique(table, u)),
                u -> out.add(new SchemaChange.AddUnique(table, u)));
        List<Check> fromChecks = new ArrayList<>();
        for (Check check : from.checks()) {
            if (hooks.lostWhenColumnAltered(check) && altered.contains(check.column().name())) {
                out.add(new SchemaChange.DropCheck(table, check));
            } else {
                fromChecks.add(check);
            }
        }
        Matcher.match(fromChecks, to.checks(), c -> c.name(),
                (a, b) -> hooks.checkKey(a.expression()).equals(hooks.checkKey(b.expression())),
                c -> out.add(new SchemaChange.DropCheck(table, c)),
                c -> out.add(new SchemaChange.AddCheck(table, c)));
        Matcher.match(from.indexes(), to.indexes(), i -> i.name(), (a, b) -> a.sameDefinition(b),
                i -> out.add(new SchemaChange.DropIndex(table, i)),
                i -> out.add(new SchemaChange.CreateIndex(table, i)));
        Matcher.match(from.foreignKeys(), to.foreignKeys(), f -> f.name(), (a, b) -> a.sameDefinition(b),
                f -> out.add(new SchemaChange.DropForeignKey(table, f)),
                f -> out.add(new SchemaChange.AddForeignKey(table, f)));
        if (!Objects.equals(from.comment(), to.comment())) {
            out.add(new SchemaChange.SetTableComment(table, from.comment(), to.comment()));
        }
        if (!Objects.equals(from.options(), to.options())) {
            out.add(new SchemaChange.SetTableOptions(table, from.options(), to.options()));
        }
    }

    static Set<ColumnChange> columnChanges(Column from, Column to, DiffHooks hooks) {
        Set<ColumnChange> changes = EnumSet.noneOf(ColumnChange.class);
        if (!hooks.sameType(from.type(), to.type())) {
            changes.add(ColumnChange.TYPE);
        }
        if (!Objects.equals(from.collation(), to.collation())) {
            changes.add(ColumnChange.COLLATION);
        }
        if (from.nullable() != to.nullable()) {
            changes.add(ColumnChange.NULLABILITY);
        }
        if (!Objects.equals(from.defaultExpression(), to.defaultExpression())) {
            changes.add(ColumnChange.DEFAULT);
        }
        if (!Objects.equals(from.identity(), to.identity())) {
            changes.add(ColumnChange.IDENTITY);
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            changes.add(ColumnChange.COMMENT);
        }
        if (!Objects.equals(from.onUpdate(), to.onUpdate())) {
            changes.add(ColumnChange.ON_UPDATE);
        }
        return changes;
    }

    private static void primaryKey(String table, PrimaryKey from, PrimaryKey to, List<SchemaChange> out) {
        if (from != null && to != null && from.columns().equals(to.columns())) {
            return; // a different name only: generated names never cause churn
        }
        if (from != null) {
            out.add(new SchemaChange.DropPrimaryKey(table, from));
        }
        if (to != null) {
            out.add(new SchemaChange.AddPrimaryKey(table, to));
        }
    }
}
