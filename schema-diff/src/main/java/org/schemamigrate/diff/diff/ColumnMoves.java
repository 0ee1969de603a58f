package org.schemamigrate.diff.diff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.schemamigrate.diff.change.ColumnChange;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.change.SchemaChange.AddColumn;
import org.schemamigrate.diff.change.SchemaChange.AlterColumn;
import org.schemamigrate.diff.change.SchemaChange.DropColumn;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.Table;

/**
 * MySQL family: the existing columns that must move so that a table's columns end in the desired order (the server
 * prints them in that order, and Hibernate's create script orders them by its own rule). The longest run of kept
 * columns already in order stays; every other kept column moves after its desired predecessor, in desired order.
 * MySQL places columns clause by clause, so the moves go before the table's added columns, which then land after
 * their own predecessors.
 */
final class ColumnMoves {
    private ColumnMoves() {
    }

    /** Adds the moves to {@code out} (this table's changes start at {@code start}); returns the moved columns. */
    static Set<String> add(Table from, Table to, List<SchemaChange> out, int start) {
        Set<String> dropped = new HashSet<>();
        out.subList(start, out.size()).stream().filter(c -> c instanceof DropColumn)
                .forEach(c -> dropped.add(((DropColumn) c).column().name()));
        List<String> desired = to.columns().stream().map(Column::name)
                .filter(n -> from.column(n).isPresent() && !dropped.contains(n)).toList();
        List<String> current = from.columns().stream().map(Column::name).filter(desired::contains).toList();
        Set<String> staying = longestInOrder(current, desired);
        if (staying.size() == desired.size()) {
            return Set.of();
        }
        List<SchemaChange> moves = new ArrayList<>();
        for (int i = 0; i < desired.size(); i++) {
            String name = desired.get(i);
            if (!staying.contains(name)) {
                moves.add(move(from, to, out, start, name, i == 0 ? AddColumn.FIRST : desired.get(i - 1)));
            }
        }
        int at = start;
        while (at < out.size() && !(out.get(at) instanceof AddColumn)) {
            at++;
        }
        out.addAll(at, moves);
        Set<String> moved = new HashSet<>(desired);
        moved.removeAll(staying);
        return moved;
    }

    /** The column's alteration with the move added (taken out of {@code out}), or a move alone. */
    private static AlterColumn move(Table from, Table to, List<SchemaChange> out, int start, String name,
                                    String after) {
        for (int i = start; i < out.size(); i++) {
            if (out.get(i) instanceof AlterColumn a && a.to().name().equals(name)) {
                out.remove(i);
                Set<ColumnChange> changes = EnumSet.copyOf(a.changes());
                changes.add(ColumnChange.POSITION);
                return new AlterColumn(a.table(), a.from(), a.to(), changes, after);
            }
        }
        return new AlterColumn(to.name(), from.column(name).orElseThrow(), to.column(name).orElseThrow(),
                Set.of(ColumnChange.POSITION), after);
    }

    /** The names of a longest subsequence of {@code current} that is in {@code desired}'s order. */
    private static Set<String> longestInOrder(List<String> current, List<String> desired) {
        int n = current.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (desired.indexOf(current.get(j)) < desired.indexOf(current.get(i)) && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        Set<String> staying = new HashSet<>();
        for (int i = best; i >= 0; i = previous[i]) {
            staying.add(current.get(i));
        }
        return staying;
    }
}
