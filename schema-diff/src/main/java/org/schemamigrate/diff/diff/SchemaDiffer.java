package org.schemamigrate.diff.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.schemamigrate.diff.change.ColumnChange;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.model.Cast;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.EnumType;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.IndexPart;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.Sequence;
import org.schemamigrate.diff.model.Table;

/**
 * Computes the changes that turn one schema into another. Pure and deterministic: no JDBC, the same input gives
 * the same changes in the same order, and differences the dialect treats as equal (see {@link DiffHooks}) or that
 * lie only in generated constraint names are not reported.
 */
public final class SchemaDiffer {
    private final DiffHooks hooks;

    public SchemaDiffer(DiffHooks hooks) {
        this.hooks = hooks;
    }

    /** The changes from {@code from} to {@code to}, in an order that is safe to apply. */
    public List<SchemaChange> diff(Schema from, Schema to) {
        return diff(from, to, Renames.none());
    }

    /**
     * The changes from {@code from} to {@code to} where the given tables and columns are renamed rather than
     * dropped and added; the renames come first. Fails naming {@code migration.renames} when an entry does not fit
     * the two schemas. For the reverse diff pass {@link Renames#inverse()}.
     */
    public List<SchemaChange> diff(Schema from, Schema to, Renames renames) {
        Schema current = new Normalizer(hooks).normalize(from);
        Schema desired = new Normalizer(hooks).normalize(to);
        List<SchemaChange> changes = new ArrayList<>();
        if (!renames.isEmpty()) {
            RenameApplier.Result renamed = RenameApplier.apply(current, desired, renames, hooks);
            changes.addAll(renamed.changes());
            current = renamed.renamed();
        }
        StructureDiffer.dropTypes(current, desired, changes);
        enumTypes(current, desired, changes);
        casts(current, desired, changes);
        StructureDiffer.createAndAlterTypes(current, desired, changes);
        Set<String> implicitlyDropped = tables(current, desired, changes);
        StructureDiffer.partitions(current, desired, changes);
        sequences(current, desired, implicitlyDropped, changes);
        if (hooks.foreignKeysBlockTypeChange()) {
            rebuildForeignKeysOfRetypedColumns(current, desired, changes);
        }
        ObjectDiffer.diff(current, desired, List.copyOf(changes), changes);
        return ChangeOrder.sort(changes);
    }

    /** Returns the sequences that go away with a dropped table or column (OWNED BY). */
    private Set<String> tables(Schema from, Schema to, List<SchemaChange> out) {
        Map<String, Table> wanted = byName(to.tables(), Table::name);
        Map<String, Table> existing = byName(from.tables(), Table::name);
        Set<String> ownedAndDropped = new HashSet<>();
        for (Table table : from.tables()) {
            Table target = wanted.get(table.name());
            if (target == null) {
                dropTable(table, wanted, existing, out);
                from.sequences().stream().filter(s -> s.ownedBy(table.name()))
                        .forEach(s -> ownedAndDropped.add(s.name()));
            } else {
                TableDiffer.diff(table, target, hooks, out);
                for (Column column : table.columns()) {
                    if (target.column(column.name()).isEmpty()) {
                        from.sequences().stream()
                                .filter(s -> s.ownedBy(table.name()) && column.name().equals(s.ownedByColumn()))
                                .forEach(s -> ownedAndDropped.add(s.name()));
                    }
                }
            }
        }
        for (Table table : to.tables()) {
            if (!existing.containsKey(table.name())) {
                out.add(new SchemaChange.CreateTable(table.withIndexes(List.of()).withForeignKeys(List.of())
                        .withExclusions(List.of())));
                table.indexes().forEach(i -> out.add(new SchemaChange.CreateIndex(table.name(), i)));
                table.exclusions().forEach(x -> out.add(new SchemaChange.AddExclusion(table.name(), x)));
                table.constraintComments().forEach((name, comment) ->
                        out.add(new SchemaChange.SetConstraintComment(table.name(), name, comment)));
                table.foreignKeys().forEach(f -> out.add(new SchemaChange.AddForeignKey(table.name(), f)));
            }
        }
        return ownedAndDropped;
    }

    /** Kept foreign keys on a column whose type changes (on either side) are dropped and added around it. */
    private static void rebuildForeignKeysOfRetypedColumns(Schema from, Schema to, List<SchemaChange> out) {
        Set<String> retyped = new HashSet<>();
        Set<String> droppedKeys = new HashSet<>();
        for (SchemaChange change : out) {
            if (change instanceof SchemaChange.AlterColumn c && c.has(ColumnChange.TYPE)) {
                retyped.add(c.table() + '\0' + c.to().name());
            } else if (change instanceof SchemaChange.DropForeignKey c) {
                droppedKeys.add(c.table() + '\0' + c.foreignKey().name());
            }
        }
        if (retyped.isEmpty()) {
            return;
        }
        for (Table table : from.tables()) {
            Table target = to.table(table.name()).orElse(null);
            for (ForeignKey fk : target == null ? List.<ForeignKey>of() : table.foreignKeys()) {
                boolean blocked = fk.columns().stream().anyMatch(c -> retyped.contains(table.name() + '\0' + c))
                        || fk.referencedColumns().stream()
                        .anyMatch(c -> retyped.contains(fk.referencedTable() + '\0' + c));
                if (blocked && !droppedKeys.contains(table.name() + '\0' + fk.name())) {
                    ForeignKey kept = target.foreignKeys().stream().filter(fk::sameDefinition)
                            .filter(k -> k.name().equals(fk.name())).findFirst()
                            .orElseGet(() -> target.foreignKeys().stream().filter(fk::sameDefinition).findFirst()
                                    .orElse(null));
                    if (kept != null) {
                        out.add(new SchemaChange.DropForeignKey(table.name(), fk));
                        out.add(new SchemaChange.AddForeignKey(table.name(), kept));
                    }
                }
            }
        }
    }

    private static void dropTable(Table table, Map<String, Table> wanted, Map<String, Table> existing,
                                  List<SchemaChange> out) {
        // a table's own FKs go with it, except those to other dropped tables: they would block dropping those first
        for (ForeignKey fk : table.foreignKeys()) {
            boolean toOtherDropped = !fk.references(table.name()) && existing.containsKey(fk.referencedTable())
                    && !wanted.containsKey(fk.referencedTable());
            if (toOtherDropped) {
                out.add(new SchemaChange.DropForeignKey(table.name(), fk));
            }
        }
        out.add(new SchemaChange.DropTable(table));
    }

    private static void sequences(Schema from, Schema to, Set<String> implicitlyDropped, List<SchemaChange> out) {
        Map<String, Sequence> existing = byName(from.sequences(), Sequence::name);
        Map<String, Sequence> wanted = byName(to.sequences(), Sequence::name);
        for (Sequence sequence : from.sequences()) {
            Sequence target = wanted.get(sequence.name());
            if (target == null) {
                if (!implicitlyDropped.contains(sequence.name())) {
                    out.add(new SchemaChange.DropSequence(sequence));
                }
            } else if (!target.equals(sequence)) {
                out.add(new SchemaChange.AlterSequence(sequence, target));
            }
        }
        for (Sequence sequence : to.sequences()) {
            if (!existing.containsKey(sequence.name())) {
                Sequence unowned = sequence.withOwner(null, null);
                out.add(new SchemaChange.CreateSequence(unowned));
                if (!unowned.equals(sequence)) {
                    out.add(new SchemaChange.AlterSequence(unowned, sequence));
                }
            }
        }
    }

    private void enumTypes(Schema from, Schema to, List<SchemaChange> out) {
        Map<String, EnumType> existing = byName(from.enumTypes(), EnumType::name);
        Map<String, EnumType> wanted = byName(to.enumTypes(), EnumType::name);
        for (EnumType type : from.enumTypes()) {
            EnumType target = wanted.get(type.name());
            if (target == null) {
                out.add(new SchemaChange.DropEnum(type));
            } else {
                if (!target.values().equals(type.values())) {
                    alterEnum(from, to, type, target, out);
                }
                // a rebuilt type is created with its comment
                boolean rebuilt = out.stream().anyMatch(c -> c instanceof SchemaChange.RecreateEnum r
                        && r.to().name().equals(type.name()));
                if (!rebuilt && !Objects.equals(type.comment(), target.comment())) {
                    out.add(new SchemaChange.SetEnumComment(type.name(), target.comment()));
                }
            }
        }
        for (EnumType type : to.enumTypes()) {
            if (!existing.containsKey(type.name())) {
                out.add(new SchemaChange.CreateEnum(type));
            }
        }
    }

    /**
     * Casts by their pair of types; a cast whose type is rebuilt is dropped and created again, since the old
     * type cannot be dropped while a cast still uses it.
     */
    private static void casts(Schema from, Schema to, List<SchemaChange> out) {
        Set<String> rebuilt = out.stream().filter(c -> c instanceof SchemaChange.RecreateEnum)
                .map(c -> ((SchemaChange.RecreateEnum) c).to().name())
                .collect(Collectors.toSet());
        Map<String, Cast> wanted = byName(to.casts(), Cast::key);
        Map<String, Cast> existing = byName(from.casts(), Cast::key);
        for (Cast cast : from.casts()) {
            Cast target = wanted.get(cast.key());
            if (!cast.equals(target) || rebuilt.stream().anyMatch(cast::involves)) {
                out.add(new SchemaChange.DropCast(cast));
            }
        }
        for (Cast cast : to.casts()) {
            Cast before = existing.get(cast.key());
            if (!cast.equals(before) || rebuilt.stream().anyMatch(cast::involves)) {
                out.add(new SchemaChange.CreateCast(cast));
            }
        }
    }

    private void alterEnum(Schema from, Schema to, EnumType type, EnumType target,
                                  List<SchemaChange> out) {
        // a label added in a transaction cannot be used before commit; a rebuilt type can
        if (isSubsequence(type.values(), target.values()) && !usesAddedLabel(to, type, target)) {
            List<String> values = target.values();
            for (int i = 0; i < values.size(); i++) {
                String value = values.get(i);
                if (!type.values().contains(value)) {
                    boolean last = i == values.size() - 1;
                    out.add(new SchemaChange.AddEnumValue(type.name(), value,
                            i == 0 ? values.get(1) : null, i > 0 && !last ? values.get(i - 1) : null));
                }
            }
            return;
        }
        // tables that are dropped are gone by then; columns that are dropped later still need converting
        List<SchemaChange.EnumUsage> usages = new ArrayList<>();
        for (Table table : from.tables()) {
            Table kept = to.table(table.name()).orElse(null);
            if (kept == null) {
                continue;
            }
            for (Column column : table.columns()) {
                if (usesEnum(column, type)) {
                    Column after = kept.column(column.name()).orElse(null);
                    boolean keepDefault = after != null && usesEnum(after, type)
                            && Objects.equals(after.defaultExpression(), column.defaultExpression());
                    usages.add(new SchemaChange.EnumUsage(table.name(), column,
                            keepDefault ? column.defaultExpression() : null));
                }
            }
        }
        out.add(new SchemaChange.RecreateEnum(type, target, usages));
    }

    private boolean usesAddedLabel(Schema to, EnumType type, EnumType target) {
        List<String> literals = new ArrayList<>();
        for (String value : target.values()) {
            if (!type.values().contains(value)) {
                literals.addAll(hooks.enumLabelLiterals(type.name(), value));
            }
        }
        return !literals.isEmpty() && to.tables().stream().flatMap(SchemaDiffer::expressions)
                .anyMatch(expression -> literals.stream().anyMatch(expression::contains));
    }

    private static Stream<String> expressions(Table table) {
        return Stream.of(
                table.columns().stream().map(Column::defaultExpression),
                table.columns().stream().map(Column::generatedExpression),
                table.checks().stream().map(Check::expression),
                table.indexes().stream().map(Index::predicate),
                table.indexes().stream().flatMap(i -> i.parts().stream())
                        .map(IndexPart::expression))
                .flatMap(s -> s).filter(Objects::nonNull);
    }

    private static boolean usesEnum(Column column, EnumType type) {
        return column.type().userDefined() && column.type().name().equals(type.name());
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int next = 0;
        for (String value : whole) {
            if (next < part.size() && part.get(next).equals(value)) {
                next++;
            }
        }
        return next == part.size();
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, Function.identity(), (a, b) -> a));
    }
}
