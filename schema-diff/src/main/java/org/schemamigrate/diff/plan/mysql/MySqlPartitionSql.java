package org.schemamigrate.diff.plan.mysql;

import static org.schemamigrate.diff.plan.mysql.MySqlIdentifiers.quote;

import java.util.List;
import java.util.regex.Pattern;
import org.schemamigrate.diff.change.SchemaChange.SetPartitioning;
import org.schemamigrate.diff.plan.PlanStep;
import org.schemamigrate.diff.plan.Safety;

/**
 * A MySQL/MariaDB table's partitioning changed. Partitions only appended to a RANGE or LIST table are added in
 * place ({@code ADD PARTITION}: no rows are copied, which matters for the monthly partition of a large table);
 * any other change re-partitions the table, which copies its rows but keeps them (unlike {@code DROP PARTITION},
 * which deletes the rows of the dropped partitions).
 */
final class MySqlPartitionSql {
    /** Between the {@code PARTITION BY …} head and the partition list, as the inspector writes the clause. */
    private static final String LIST_START = "\n(";
    private static final String SEPARATOR = ",\n ";
    private static final Pattern AFTER_NAME = Pattern.compile("^PARTITION `([^`]|``)*`");

    private MySqlPartitionSql() {
    }

    static PlanStep plan(SetPartitioning change) {
        String table = quote(change.table());
        if (change.to() == null) {
            return new PlanStep("ALTER TABLE " + table + " REMOVE PARTITIONING", "Remove the partitioning of "
                    + change.table() + " (the table is rebuilt, its rows kept)", Safety.SAFE);
        }
        List<String> added = appended(change.from(), change.to());
        if (added != null) {
            return new PlanStep("ALTER TABLE " + table + " ADD PARTITION (" + String.join(SEPARATOR, added) + ")",
                    "Add " + (added.size() == 1 ? "a partition" : added.size() + " partitions") + " to "
                    + change.table(), Safety.SAFE);
        }
        return new PlanStep("ALTER TABLE " + table + "\n" + change.to(), "Partition " + change.table()
                + " (the table is rebuilt; fails if a row fits no partition)", Safety.DATA_DEPENDENT);
    }

    /** The partitions {@code to} appends to {@code from}'s RANGE or LIST partitions, or null if it changes more. */
    static List<String> appended(String from, String to) {
        if (from == null || !(to.startsWith("PARTITION BY RANGE") || to.startsWith("PARTITION BY LIST"))) {
            return null;
        }
        int fromList = from.indexOf(LIST_START);
        int toList = to.indexOf(LIST_START);
        if (fromList < 0 || toList < 0 || !from.substring(0, fromList).equals(to.substring(0, toList))) {
            return null;
        }
        List<String> before = partitions(from.substring(fromList));
        List<String> after = partitions(to.substring(toList));
        if (after.size() <= before.size() || !after.subList(0, before.size()).equals(before)
                || catchesTheRest(before.get(before.size() - 1))) {
            return null;
        }
        return after.subList(before.size(), after.size());
    }

    /** A MAXVALUE or DEFAULT partition must stay last: nothing can be appended after it. */
    private static boolean catchesTheRest(String partition) {
        return AFTER_NAME.matcher(partition).replaceFirst("").startsWith(" DEFAULT")
                || partition.contains("MAXVALUE");
    }

    /** "\n(PARTITION a …,\n PARTITION b …)" → each partition's definition. */
    private static List<String> partitions(String list) {
        return List.of(list.substring(LIST_START.length(), list.length() - 1).split(SEPARATOR));
    }
}
