package org.schemamigrate.diff.diff;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.schemamigrate.diff.change.ColumnChange;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.change.SchemaChange.ConstraintKind;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.Exclusion;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.model.UniqueConstraint;

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
        int start = out.size();
        String table = to.name();
        Set<String> altered = new HashSet<>();
        Set<String> retyped = new HashSet<>();
        for (Column old : from.columns()) {
            Column wanted = to.column(old.name()).orElse(null);
            if (wanted == null) {
                out.add(new SchemaChange.DropColumn(table, old));
            } else if (!Objects.equals(old.generatedExpression(), wanted.generatedExpression())
                    || old.generatedVirtual() != wanted.generatedVirtual()) {
                // a generation expression cannot be altered before PostgreSQL 17; recomputing loses nothing
                out.add(new SchemaChange.DropColumn(table, old));
                String after = previous(from, to, wanted);
                // a new column before it is only added later in this table's changes
                out.add(new SchemaChange.AddColumn(table, wanted, after == null || after.isEmpty()
                        || from.column(after).isPresent() ? after : null));
            } else {
                Set<ColumnChange> changes = columnChanges(old, wanted, hooks);
                if (changes.contains(ColumnChange.TYPE)) {
                    retyped.add(old.name());
                }
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
        if (hooks.placesColumns()) {
            altered.addAll(ColumnMoves.add(from, to, out, start));
        }
        primaryKey(table, from.primaryKey(), to.primaryKey(), hooks, out);
        Matcher.match(from.uniques(), to.uniques(), u -> u.name(), UniqueConstraint::sameDefinition,
                u -> out.add(new SchemaChange.DropUnique(table, u)),
                u -> out.add(new SchemaChange.AddUnique(table, u)),
                renamed(table, ConstraintKind.UNIQUE, UniqueConstraint::name, hooks, out),
                hooks.renamesIndexCase());
        List<Check> fromChecks = new ArrayList<>();
        for (Check check : from.checks()) {
            if (hooks.lostWhenColumnAltered(check) && altered.contains(check.column().name())
                    || retyped.stream().anyMatch(column -> hooks.reparsedByTypeChange(check, column))) {
                out.add(new SchemaChange.DropCheck(table, check));
            } else {
                fromChecks.add(check);
            }
        }
        Matcher.match(fromChecks, to.checks(), c -> c.name(),
                (a, b) -> hooks.checkKey(a.expression()).equals(hooks.checkKey(b.expression()))
                        && (a.column() == null) == (b.column() == null) // MariaDB: column-level stays so
                        && a.noInherit() == b.noInherit(),
                c -> out.add(new SchemaChange.DropCheck(table, c)),
                c -> out.add(new SchemaChange.AddCheck(table, c)),
                renamed(table, ConstraintKind.CHECK, Check::name, hooks, out),
                hooks.renamesChangeCase());
        Matcher.match(from.indexes(), to.indexes(), i -> i.name(), (a, b) -> a.sameDefinition(b),
                i -> out.add(new SchemaChange.DropIndex(table, i)),
                i -> out.add(new SchemaChange.CreateIndex(table, i)), (a, b) -> keptIndex(table, a, b, out),
                hooks.renamesIndexCase());
        BiConsumer<ForeignKey, ForeignKey> keyRenamed = renamed(table, ConstraintKind.FOREIGN_KEY, ForeignKey::name,
                hooks, out);
        Matcher.match(from.foreignKeys(), to.foreignKeys(), f -> f.name(), (a, b) -> a.sameDefinition(b),
                f -> out.add(new SchemaChange.DropForeignKey(table, f)),
                f -> out.add(new SchemaChange.AddForeignKey(table, f)),
                keyRenamed != null ? keyRenamed : (a, b) -> {
                    // the server cannot rename it (MySQL): dropped and added again under the desired name
                    if (!a.name().equals(b.name())) {
                        out.add(new SchemaChange.DropForeignKey(table, a));
                        out.add(new SchemaChange.AddForeignKey(table, b));
                    }
                }, hooks.renamesChangeCase());
        if (hooks.foreignKeysGenerateIndexes()) {
            ForeignKeyIndexes.keepNames(from, to, List.copyOf(out.subList(start, out.size())), out);
        }
        Matcher.match(from.exclusions(), to.exclusions(), Exclusion::name,
                (a, b) -> a.definition().equals(b.definition()),
                x -> out.add(new SchemaChange.DropExclusion(table, x)),
                x -> out.add(new SchemaChange.AddExclusion(table, x)),
                renamed(table, ConstraintKind.EXCLUSION, Exclusion::name, hooks, out),
                hooks.renamesChangeCase());
        if (!Objects.equals(from.comment(), to.comment())) {
            out.add(new SchemaChange.SetTableComment(table, from.comment(), to.comment()));
        }
        if (!Objects.equals(StructureDiffer.withoutPartitioning(from.options()),
                StructureDiffer.withoutPartitioning(to.options()))) {
            out.add(new SchemaChange.SetTableOptions(table, from.options(), to.options()));
            if (hooks.keysKeepTableKeyBlockSize()) {
                KeyBlockSizes.restateKeys(from, to, out);
            }
        }
        String partitioning = StructureDiffer.partitioning(to.options());
        if (!Objects.equals(StructureDiffer.partitioning(from.options()), partitioning)) {
            out.add(new SchemaChange.SetPartitioning(table, StructureDiffer.partitioning(from.options()),
                    partitioning));
        }
        constraintComments(from, to, List.copyOf(out.subList(start, out.size())), out);
    }

    /**
     * COMMENT ON CONSTRAINT where a constraint's comment, after this table's other changes, is not the desired
     * one: a constraint added here has none yet, a renamed one keeps the comment it had.
     */
    private static void constraintComments(Table from, Table to, List<SchemaChange> changes,
                                           List<SchemaChange> out) {
        if (from.constraintComments().isEmpty() && to.constraintComments().isEmpty()) {
            return;
        }
        Set<String> added = new HashSet<>();
        Map<String, String> renamedFrom = new HashMap<>();
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.AddUnique c) {
                added.add(c.unique().name());
            } else if (change instanceof SchemaChange.AddCheck c) {
                added.add(c.check().name());
            } else if (change instanceof SchemaChange.AddForeignKey c) {
                added.add(c.foreignKey().name());
            } else if (change instanceof SchemaChange.AddPrimaryKey c) {
                added.add(c.primaryKey().name());
            } else if (change instanceof SchemaChange.AddExclusion c) {
                added.add(c.exclusion().name());
            } else if (change instanceof SchemaChange.RenameConstraint c) {
                renamedFrom.put(c.to(), c.from());
            }
        }
        for (String name : constraintNames(to)) {
            String current = added.contains(name) ? null
                    : from.constraintComments().get(renamedFrom.getOrDefault(name, name));
            String wanted = to.constraintComments().get(name);
            if (!Objects.equals(current, wanted)) {
                out.add(new SchemaChange.SetConstraintComment(to.name(), name, wanted));
            }
        }
    }

    static List<String> constraintNames(Table table) {
        List<String> names = new ArrayList<>();
        if (table.primaryKey() != null) {
            names.add(table.primaryKey().name());
        }
        table.uniques().forEach(u -> names.add(u.name()));
        table.foreignKeys().forEach(f -> names.add(f.name()));
        table.checks().forEach(c -> names.add(c.name()));
        table.exclusions().forEach(x -> names.add(x.name()));
        names.removeIf(Objects::isNull);
        return names;
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

    /**
     * An index with the same definition: renamed when the name differs (the catalog keeps names exactly; MySQL's
     * implicit index of a foreign key follows its key, which is added again under its new name and then uses it).
     */
    private static void keptIndex(String table, Index from, Index to, List<SchemaChange> out) {
        boolean renamed = !from.name().equals(to.name());
        if (renamed) {
            out.add(new SchemaChange.RenameIndex(table, from.name(), to.name()));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            // renames run first: the index has its final name by then
            out.add(new SchemaChange.SetIndexComment(table, renamed ? from.withName(to.name()) : from,
                    renamed ? to : to.withName(from.name())));
        }
    }

    /**
     * Where the dialect can rename a kind of constraint, a kept one whose name differs is renamed (the catalog
     * keeps names exactly); where it cannot, the name alone never causes a drop and re-create.
     */
    private static <T> BiConsumer<T, T> renamed(String table, ConstraintKind kind, Function<T, String> name,
                                                DiffHooks hooks, List<SchemaChange> out) {
        if (!hooks.canRename(kind)) {
            return null;
        }
        return (a, b) -> {
            String from = name.apply(a);
            String to = name.apply(b);
            if (from != null && to != null && !from.equals(to)) {
                out.add(new SchemaChange.RenameConstraint(table, kind, from, to));
            }
        };
    }

    private static void primaryKey(String table, PrimaryKey from, PrimaryKey to, DiffHooks hooks,
                                   List<SchemaChange> out) {
        if (from != null && to != null && from.sameDefinition(to)) {
            BiConsumer<PrimaryKey, PrimaryKey> rename = renamed(table, ConstraintKind.PRIMARY_KEY, PrimaryKey::name,
                    hooks, out);
            if (rename != null) {
                rename.accept(from, to);
            }
            return;
        }
        if (from != null) {
            out.add(new SchemaChange.DropPrimaryKey(table, from));
        }
        if (to != null) {
            out.add(new SchemaChange.AddPrimaryKey(table, to));
        }
    }
}
