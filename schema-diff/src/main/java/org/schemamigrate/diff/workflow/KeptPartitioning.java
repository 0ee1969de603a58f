package org.schemamigrate.diff.workflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.dialect.DiffDialect;
import org.schemamigrate.diff.inspect.ScratchSpace;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.IndexPart;
import org.schemamigrate.diff.model.Partition;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.model.TableOptions;
import org.schemamigrate.diff.model.UniqueConstraint;

/**
 * Ownership with entities as the desired schema: entities cannot express partitioning, so a table the migrations
 * partitioned by hand (and the entities map as a plain table) keeps its partition key and partitions as the
 * migrations' own. PostgreSQL cannot partition a table in place, so the entities' plain table is dropped in the
 * desired namespace and created again partitioned, with the entities' columns, indexes and foreign keys, the
 * current partitions and the indexes made on one partition alone ({@link PartitionIndexes}); MySQL/MariaDB
 * partition it in place (the partitions are part of the clause there). The diff then sees only the entity
 * changes, and the proof compares like with like.
 * <p>
 * A partitioned table's unique keys must hold its partition-key columns, so the entity's primary key cannot be the
 * table's: a current primary key of the entity's columns plus the partition key's is the same key (a known
 * equivalence, {@link #primaryKey}). What cannot be kept is refused by table and reason before anything is
 * planned ({@link FailureDetails.NotPlanned}, kinds below).
 */
final class KeptPartitioning {
    static final String DROPPED_KEY = "partition key column the entities drop";
    static final String RETYPED_KEY = "partition key column the entities retype";
    static final String EXPRESSION_KEY = "key on a table partitioned by an expression";
    static final String UNIQUE_WITHOUT_KEY = "unique key without the partition key";
    static final String REFERENCED_WITHOUT_KEY = "foreign key to a partitioned table without its partition key";
    static final String FOREIGN_KEY_ON_MYSQL = "foreign key from or to a partitioned table (MySQL/MariaDB have none)";

    private static final Pattern BACKQUOTED = Pattern.compile("`((?:[^`]|``)+)`");

    private KeptPartitioning() {
    }

    /**
     * {@code desired} with the tables {@code current} partitioned (and the entities map plain) partitioned the
     * same way in {@code space}, read again; {@code desired} itself when there are none.
     */
    static Schema keep(ScratchSpace scratch, DiffDialect dialect, String space, Schema desired, Schema current,
                       String currentSpace) {
        List<Table> partitioned = current.tables().stream().filter(t -> partitioning(t) != null
                && desired.table(t.name()).map(d -> partitioning(d) == null).orElse(false)).toList();
        if (partitioned.isEmpty()) {
            return desired;
        }
        boolean postgres = scratch.kind() == DatabaseKind.POSTGRESQL;
        Map<String, List<String>> refused = new TreeMap<>();
        List<Table> tables = new ArrayList<>(desired.tables());
        Set<String> names = new HashSet<>();
        for (Table table : partitioned) {
            Table entity = desired.table(table.name()).orElseThrow();
            tables.set(tables.indexOf(entity), partitioned(table, entity, desired, postgres, refused));
            names.add(table.name());
        }
        if (!refused.isEmpty()) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "Tables the migrations partitioned by hand ("
                    + String.join(", ", names.stream().sorted().toList()) + ") keep their partitioning with entities"
                    + " as the desired schema, but the entities change them in a way a partitioned table cannot"
                    + " hold: " + String.join("; ", refused.entrySet().stream().map(e -> e.getKey() + " "
                    + String.join(", ", e.getValue())).toList()) + ". A partitioned table needs the partition key"
                    + " in every unique key (PostgreSQL also in the columns a foreign key references, and cannot"
                    + " retype it; MySQL and MariaDB allow no foreign key from or to it). Change the entities, or"
                    + " write this change in a migration by hand (migration:create). Nothing was written.",
                    new FailureDetails.NotPlanned(new TreeMap<>(refused)), null);
        }
        List<Partition> kept = current.partitions().stream()
                .filter(p -> names.contains(p.root(current.partitions()))).toList();
        List<Partition> partitions = new ArrayList<>(desired.partitions());
        partitions.addAll(kept);
        Schema target = desired.withTables(tables).withStructures(desired.userTypes(), partitions);
        Schema without = desired.withTables(desired.tables().stream().filter(t -> !names.contains(t.name()))
                .toList());
        try {
            if (!postgres) {
                scratch.executeEach(space, dialect.planner().plan(dialect.differ().diff(desired, target)).script(),
                        "the tables the migrations partitioned");
                Schema read = scratch.inspect(space, dialect::inspector);
                return scratch.narrowed(read, read.managedOnly());
            }
            scratch.executeEach(space, dialect.planner().plan(dialect.differ().diff(desired, without)).script(),
                    "the entities' plain tables that the migrations partitioned");
            scratch.executeEach(space, dialect.planner().plan(dialect.differ().diff(without, target)).script(),
                    "the tables the migrations partitioned");
            scratch.executeEach(space, PartitionIndexes.of(scratch, currentSpace,
                    kept.stream().map(Partition::name).collect(Collectors.toSet())), "the indexes of partitions");
        } catch (ScratchSpace.ScriptFailure e) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "Tables the migrations partitioned by hand ("
                    + String.join(", ", names.stream().sorted().toList()) + ") cannot keep their partitioning on the"
                    + " schema the entities describe: " + e.getMessage() + "\nChange them in a migration written by"
                    + " hand (migration:create) together with the entity change. Nothing was written.", e);
        }
        Schema read = scratch.inspect(space, dialect::inspector);
        return scratch.narrowed(read, read.managedOnly());
    }

    /** The entities' {@code entity} partitioned like {@code table}; what it cannot hold goes into {@code refused}. */
    private static Table partitioned(Table table, Table entity, Schema desired, boolean postgres,
                                     Map<String, List<String>> refused) {
        List<String> key = postgres ? keyColumns(partitioning(table)) : mysqlKeyColumns(partitioning(table));
        String name = table.name();
        if (key == null) {
            if (entity.primaryKey() != null || !entity.uniques().isEmpty()
                    || entity.indexes().stream().anyMatch(Index::unique)) {
                refuse(refused, EXPRESSION_KEY, name);
            }
            key = List.of();
        }
        for (String column : key) {
            Column now = table.column(column).orElse(null);
            Column wanted = entity.column(column).orElse(null);
            if (wanted == null) {
                refuse(refused, DROPPED_KEY, name + "." + column);
            } else if (postgres && now != null && !now.type().equals(wanted.type())) {
                refuse(refused, RETYPED_KEY, name + "." + column);
            }
        }
        for (UniqueConstraint unique : entity.uniques()) {
            if (!unique.columns().containsAll(key)) {
                refuse(refused, UNIQUE_WITHOUT_KEY, name + "." + unique.name());
            }
        }
        for (Index index : entity.indexes()) {
            if (index.unique() && !index.parts().stream().map(IndexPart::column).toList().containsAll(key)) {
                refuse(refused, UNIQUE_WITHOUT_KEY, name + "." + index.name());
            }
        }
        for (Table other : desired.tables()) {
            for (ForeignKey fk : other.foreignKeys()) {
                if (!postgres && (other == entity || fk.referencedTable().equals(name))) {
                    refuse(refused, FOREIGN_KEY_ON_MYSQL, other.name() + "." + fk.name());
                } else if (fk.referencedTable().equals(name) && !fk.referencedColumns().containsAll(key)) {
                    refuse(refused, REFERENCED_WITHOUT_KEY, other.name() + "." + fk.name());
                }
            }
        }
        TableOptions options = entity.options() == null ? new TableOptions(null, null, null, false, false)
                : entity.options();
        return new Table(name, entity.columns(), primaryKey(table.primaryKey(), entity.primaryKey(), key),
                entity.indexes(), entity.uniques(), entity.foreignKeys(), entity.checks(), entity.comment(),
                options.withPartitioning(partitioning(table)), entity.exclusions(), entity.constraintComments());
    }

    /**
     * The known equivalence: the entity's primary key {@code wanted} on a table partitioned by {@code key} is the
     * current key {@code current} when that has the same columns as the entity's plus the partition key's (in
     * any order); else the entity's key with the missing partition-key columns appended.
     */
    static PrimaryKey primaryKey(PrimaryKey current, PrimaryKey wanted, List<String> key) {
        if (wanted == null || wanted.columns().containsAll(key)) {
            return wanted;
        }
        Set<String> columns = new LinkedHashSet<>(wanted.columns());
        columns.addAll(key);
        if (current != null && current.columns().size() == columns.size()
                && columns.containsAll(current.columns())) {
            return current;
        }
        return wanted.withColumns(List.copyOf(columns));
    }

    /**
     * The columns of a partition key as pg_get_partkeydef prints it ({@code RANGE (created_at)},
     * {@code LIST (region, "Kind")}); null when a part is an expression, which no unique key can hold.
     */
    static List<String> keyColumns(String partitioning) {
        int open = partitioning.indexOf('(');
        if (open < 0 || !partitioning.endsWith(")")) {
            return null;
        }
        List<String> columns = new ArrayList<>();
        for (String part : partitioning.substring(open + 1, partitioning.length() - 1).split(",")) {
            String column = identifier(part.strip());
            if (column == null) {
                return null;
            }
            columns.add(column);
        }
        return columns;
    }

    /**
     * The columns a MySQL/MariaDB partitioning clause uses ({@code PARTITION BY RANGE (year(`created_at`))},
     * {@code RANGE COLUMNS(`created_at`)}): every unique key must hold them. {@code KEY ()} uses the primary key.
     */
    static List<String> mysqlKeyColumns(String partitioning) {
        int open = partitioning.indexOf('(');
        int depth = 0;
        int close = open;
        boolean quoted = false;
        for (; close < partitioning.length(); close++) {
            char c = partitioning.charAt(close);
            if (c == '`') {
                quoted = !quoted;
            } else if (!quoted) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
            if (depth == 0 && !quoted) {
                break;
            }
        }
        List<String> columns = new ArrayList<>();
        Matcher name = BACKQUOTED.matcher(partitioning.substring(open, Math.min(close + 1, partitioning.length())));
        while (name.find()) {
            String column = name.group(1).replace("``", "`");
            if (!columns.contains(column)) {
                columns.add(column);
            }
        }
        return columns;
    }

    /** A part's leading column name (an operator class or collation may follow), or null for an expression. */
    private static String identifier(String part) {
        if (part.startsWith("\"")) {
            int end = part.indexOf('"', 1);
            while (end > 0 && end + 1 < part.length() && part.charAt(end + 1) == '"') {
                end = part.indexOf('"', end + 2);
            }
            return end < 0 ? null : part.substring(1, end).replace("\"\"", "\"");
        }
        String word = part.split("\\s+")[0];
        return word.matches("[a-z_][a-z0-9_$]*") ? word : null;
    }

    private static String partitioning(Table table) {
        return table.options() == null ? null : table.options().partitioning();
    }

    private static void refuse(Map<String, List<String>> refused, String kind, String object) {
        refused.computeIfAbsent(kind, k -> new ArrayList<>()).add(object);
    }
}
