package org.schemamigrate.diff.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.diff.Renames;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.Table;

/**
 * A known equivalence on PostgreSQL: a column added to a table that already exists goes to its end, and no
 * statement moves a column (rebuilding the table to reorder it is not something a migration should do behind
 * your back). Where the order a migration reaches therefore differs from its target's, the file's header says so,
 * table by table, and the proof requires exactly that order ({@code Proof.Claim#columnOrder}).
 * MySQL/MariaDB place every column ({@code AFTER}/{@code FIRST}), so there the order is always the target's.
 */
final class ColumnOrder {
    /** The header's first line; the conformance runner reads it. */
    static final String HEADER = "-- Column order differs from %s (a known equivalence: PostgreSQL adds a"
            + " column at the end of its table and cannot move one):";

    private ColumnOrder() {
    }

    /** Per table whose reached order differs from {@code to}'s: the column names in the order it will have. */
    static Map<String, List<String>> reached(DatabaseKind kind, Schema from, Schema to, Renames renames) {
        Map<String, List<String>> differing = new LinkedHashMap<>();
        if (kind != DatabaseKind.POSTGRESQL) {
            return differing;
        }
        for (Table wanted : to.tables()) {
            List<String> kept = kept(from, wanted, renames);
            if (kept == null) {
                continue;
            }
            List<String> target = wanted.columns().stream().map(Column::name).toList();
            List<String> order = new ArrayList<>(kept);
            target.stream().filter(c -> !order.contains(c)).forEach(order::add);
            if (!order.equals(target)) {
                differing.put(wanted.name(), List.copyOf(order));
            }
        }
        return differing;
    }

    /**
     * The columns of {@code wanted} that its table in {@code from} already has, in their order there (under their
     * new names); null when {@code from} has no such table.
     */
    private static List<String> kept(Schema from, Table wanted, Renames renames) {
        String current = renames.tables().stream().filter(t -> t.to().equals(wanted.name()))
                .map(Renames.TableRename::from).findFirst().orElse(wanted.name());
        Table now = from.table(current).orElse(null);
        if (now == null) {
            return null;
        }
        List<String> target = wanted.columns().stream().map(Column::name).toList();
        List<String> order = new ArrayList<>();
        for (Column column : now.columns()) {
            String renamed = renames.columns().stream()
                    .filter(c -> c.table().equals(current) && c.from().equals(column.name()))
                    .map(Renames.ColumnRename::to).findFirst().orElse(column.name());
            if (target.contains(renamed)) {
                order.add(renamed);
            }
        }
        return order;
    }

    /**
     * The header lines that declare {@code reached} (none when the order is the target's). A table to which this
     * file adds no column had that order before it (an earlier migration appended the column): the line says so,
     * lest a reader look for a change of that table in this file.
     */
    static List<String> header(Map<String, List<String>> reached, Schema from, Schema target, String targetName,
                               Renames renames) {
        List<String> lines = new ArrayList<>();
        if (reached.isEmpty()) {
            return lines;
        }
        lines.add(String.format(HEADER, targetName));
        reached.forEach((table, order) -> {
            Table wanted = target.table(table).orElseThrow();
            boolean before = order.equals(kept(from, wanted, renames));
            lines.add("--   " + table + ": " + String.join(", ", order) + " (" + targetName.replaceFirst("^the ", "")
                    + ": " + String.join(", ", wanted.columns().stream().map(Column::name).toList())
                    + (before ? "; so before this migration too" : "") + ")");
        });
        return lines;
    }
}
