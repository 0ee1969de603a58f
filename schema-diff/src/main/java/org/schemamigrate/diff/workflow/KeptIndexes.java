package org.schemamigrate.diff.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.dialect.DiffDialect;
import org.schemamigrate.diff.inspect.ScratchSpace;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.IndexPart;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.Table;

/**
 * Ownership with entities as the desired schema: JPA's {@code @Table(indexes = @Index(columnList = …))} declares
 * plain column lists only (ASC/DESC, unique), so an index the migrations made by hand that no entity could declare
 * (an expression, a predicate, a method other than btree, an operator class or collation, NULLS ordering, INCLUDE
 * columns, storage parameters; MySQL/MariaDB: a prefix, FULLTEXT, SPATIAL, a key option, an invisible index) is
 * the migrations' own. It is created in the desired namespace too (after {@link HandWrittenObjects}, whose
 * functions and extensions it may use), so the diff never drops it and the proof compares like with like. One the
 * entity change makes impossible (its column dropped, or retyped so the expression no longer applies) is refused
 * by name ({@link FailureDetails.NotPlanned}, kind {@link #BROKEN}) before the dev database runs the change. A
 * plain index the entities lack is theirs to drop.
 */
final class KeptIndexes {
    static final String BROKEN = "index written by hand that the entity change breaks";

    private KeptIndexes() {
    }

    /**
     * {@code kept} with the indexes of {@code current} that the entities could not declare created in
     * {@code space} and read again, and those indexes listed for the header.
     */
    static HandWrittenObjects keep(ScratchSpace scratch, DiffDialect dialect, String space, HandWrittenObjects kept,
                                   Schema current) {
        Schema desired = kept.desired();
        Map<String, Index> byKey = new TreeMap<>();
        List<SchemaChange> creates = new ArrayList<>();
        for (Table table : current.tables()) {
            Table entity = desired.table(table.name()).orElse(null);
            if (entity == null) {
                continue;
            }
            Set<String> declared = entity.indexes().stream().map(Index::name).collect(Collectors.toSet());
            for (Index index : table.indexes()) {
                if (!declared.contains(index.name()) && !declarable(index)) {
                    byKey.put(key(table.name(), index.name()), index);
                    creates.add(new SchemaChange.CreateIndex(table.name(), index));
                }
            }
        }
        if (creates.isEmpty()) {
            return kept;
        }
        List<String> broken = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (SchemaChange create : creates) {
            try {
                scratch.executeEach(space, dialect.planner().plan(List.of(create)).script(),
                        "the indexes written by hand");
            } catch (ScratchSpace.ScriptFailure e) {
                SchemaChange.CreateIndex index = (SchemaChange.CreateIndex) create;
                broken.add(key(index.table(), index.index().name()));
                reasons.add(e.getMessage());
            }
        }
        if (!broken.isEmpty()) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "Indexes written by hand in the migrations ("
                    + String.join(", ", broken) + ") cannot stay on the schema the entities describe: "
                    + String.join("\n", reasons) + "\nDrop or change them in a migration written by hand"
                    + " (migration:create) together with the entity change. Nothing was written.",
                    new FailureDetails.NotPlanned(new TreeMap<>(Map.of(BROKEN, broken))), null);
        }
        Schema read = scratch.inspect(space, dialect::inspector);
        return kept.withIndexes(scratch.narrowed(read, read.managedOnly()), List.copyOf(byKey.keySet()));
    }

    /**
     * The indexes of {@code current} (table.index) that {@code desired} lacks on a table it keeps, over columns it
     * keeps, and not under another name: the up plan drops them because the desired schema does not declare them
     * (with entities, plain ones only: {@link #keep} put the others into {@code desired}).
     */
    static List<String> undeclared(Schema current, Schema desired) {
        List<String> undeclared = new ArrayList<>();
        for (Table table : current.tables()) {
            desired.table(table.name()).ifPresent(entity -> table.indexes().stream()
                    // one the desired schema declares under another name is renamed, not dropped
                    .filter(i -> entity.indexes().stream().noneMatch(d -> d.name().equals(i.name())
                            || d.sameDefinition(i)))
                    .filter(i -> i.parts().stream().allMatch(p -> p.column() == null
                            || entity.column(p.column()).isPresent()))
                    .forEach(i -> undeclared.add(key(table.name(), i.name()))));
        }
        return undeclared;
    }

    /** Whether an entity's {@code @Index(columnList = …)} could have declared {@code index}. */
    static boolean declarable(Index index) {
        return index.method().equalsIgnoreCase("btree") && index.predicate() == null && index.include().isEmpty()
                && index.storage().isEmpty() && !index.nullsNotDistinct() && !index.invisible()
                && index.parts().stream().allMatch(KeptIndexes::declarable);
    }

    private static boolean declarable(IndexPart part) {
        return part.column() != null && part.prefixLength() == null && part.keyOptions().isEmpty()
                && Set.of("", "ASC", "DESC").contains(part.ordering());
    }

    /** How the kept indexes are named in {@link HandWrittenObjects#rebuiltBy} and refusals: table.index. */
    static String key(String table, String index) {
        return table + "." + index;
    }
}
