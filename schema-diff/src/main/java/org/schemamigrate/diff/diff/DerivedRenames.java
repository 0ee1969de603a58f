package org.schemamigrate.diff.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.schemamigrate.diff.change.SchemaChange.ConstraintKind;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.Sequence;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.model.UniqueConstraint;

/**
 * Names derived from a renamed table or column follow it. PostgreSQL keeps an index's, constraint's or
 * sequence's name when its table is renamed ({@code book_pkey}, {@code book_seq} stay), while the desired schema,
 * built fresh, has {@code title_pkey} and {@code title_seq}. An object is renamed when its name, with the table
 * prefix and column segments replaced, is what the desired schema calls the same definition. A sequence is
 * renamed rather than recreated, so it keeps its current value. Other names are left alone: generated names
 * never cause churn anyway.
 */
final class DerivedRenames {
    private final Schema current;
    private final Schema desired;
    private final Renames renames;
    private final DiffHooks hooks;
    private final Set<String> taken = new HashSet<>();

    DerivedRenames(Schema current, Schema desired, Renames renames, DiffHooks hooks) {
        this.current = current;
        this.desired = desired;
        this.renames = renames;
        this.hooks = hooks;
        for (Table table : current.tables()) {
            taken.addAll(objectNames(table));
        }
    }

    /** Appends the renames of derived names to {@code out}; returns the current schema with them applied. */
    Schema apply(List<SchemaChange> out) {
        List<Table> tables = new ArrayList<>();
        for (Table table : current.tables()) {
            Table wanted = desired.table(table.name()).orElse(null);
            String oldName = renames.tables().stream().filter(t -> t.to().equals(table.name()))
                    .map(Renames.TableRename::from).findFirst().orElse(table.name());
            Map<String, String> columns = renames.columns().stream().filter(c -> c.table().equals(oldName))
                    .collect(Collectors.toMap(Renames.ColumnRename::from, Renames.ColumnRename::to));
            boolean touched = !oldName.equals(table.name()) || !columns.isEmpty();
            tables.add(touched && wanted != null ? table(table, wanted, name -> derive(name, oldName, table.name(),
                    columns), out) : table);
        }
        return sequences(current.withTables(tables), out);
    }

    private Table table(Table table, Table wanted, Function<String, String> derive, List<SchemaChange> out) {
        String name = table.name();
        int start = out.size();
        List<Index> indexes = rename(table.indexes(), wanted.indexes(), Index::name, Index::sameDefinition,
                Index::withName, derive,
                (from, to) -> new SchemaChange.RenameIndex(name, from, to), true, out);
        List<PrimaryKey> pk = rename(table.primaryKey() == null ? List.of() : List.of(table.primaryKey()),
                wanted.primaryKey() == null ? List.of() : List.of(wanted.primaryKey()), PrimaryKey::name,
                PrimaryKey::sameDefinition, PrimaryKey::withName, derive,
                constraint(name, ConstraintKind.PRIMARY_KEY), hooks.canRename(ConstraintKind.PRIMARY_KEY), out);
        List<UniqueConstraint> uniques = rename(table.uniques(), wanted.uniques(), UniqueConstraint::name,
                UniqueConstraint::sameDefinition, UniqueConstraint::withName, derive,
                constraint(name, ConstraintKind.UNIQUE), hooks.canRename(ConstraintKind.UNIQUE), out);
        List<ForeignKey> foreignKeys = rename(table.foreignKeys(), wanted.foreignKeys(), ForeignKey::name,
                ForeignKey::sameDefinition, ForeignKey::withName,
                derive, constraint(name, ConstraintKind.FOREIGN_KEY), hooks.canRename(ConstraintKind.FOREIGN_KEY),
                out);
        List<Check> checks = rename(table.checks(), wanted.checks(), Check::name,
                (a, b) -> hooks.checkKey(a.expression()).equals(hooks.checkKey(b.expression()))
                        && a.noInherit() == b.noInherit(),
                Check::withName, derive,
                constraint(name, ConstraintKind.CHECK), hooks.canRename(ConstraintKind.CHECK), out);
        // a renamed constraint keeps its comment
        Map<String, String> comments = new HashMap<>(table.constraintComments());
        for (SchemaChange change : out.subList(start, out.size())) {
            if (change instanceof SchemaChange.RenameConstraint c && comments.containsKey(c.from())) {
                comments.put(c.to(), comments.remove(c.from()));
            }
        }
        return new Table(name, table.columns(), pk.isEmpty() ? null : pk.get(0), indexes, uniques, foreignKeys,
                checks, table.comment(), table.options(), table.exclusions(), comments);
    }

    private static BiFunction<String, String, SchemaChange> constraint(String table, ConstraintKind kind) {
        return (from, to) -> new SchemaChange.RenameConstraint(table, kind, from, to);
    }

    /** The objects with derived names renamed where the desired table has the same definition under that name. */
    private <T> List<T> rename(List<T> objects, List<T> wanted, Function<T, String> name, BiPredicate<T, T> same,
                               BiFunction<T, String, T> withName, Function<String, String> derive,
                               BiFunction<String, String, SchemaChange> change, boolean renamable,
                               List<SchemaChange> out) {
        if (!renamable) {
            return objects;
        }
        List<T> result = new ArrayList<>();
        for (T object : objects) {
            String from = name.apply(object);
            String to = from == null ? null : derive.apply(from);
            boolean follows = to != null && !to.equals(from) && !taken.contains(to)
                    && wanted.stream().anyMatch(w -> to.equals(name.apply(w)) && same.test(object, w));
            if (follows) {
                out.add(change.apply(from, to));
                taken.add(to);
                result.add(withName.apply(object, to));
            } else {
                result.add(object);
            }
        }
        return result;
    }

    private Schema sequences(Schema schema, List<SchemaChange> out) {
        Set<String> existing = schema.sequences().stream().map(Sequence::name).collect(Collectors.toSet());
        Set<String> wanted = desired.sequences().stream().map(Sequence::name).collect(Collectors.toSet());
        List<Sequence> sequences = new ArrayList<>();
        List<Table> tables = schema.tables();
        for (Sequence sequence : schema.sequences()) {
            String to = sequenceName(sequence);
            if (!to.equals(sequence.name()) && wanted.contains(to) && !existing.contains(to)
                    && !wanted.contains(sequence.name())) {
                out.add(new SchemaChange.RenameSequence(sequence.name(), to));
                existing.add(to);
                sequences.add(sequence.withName(to));
                tables = tables.stream().map(t -> nextvalRenamed(t, sequence.name(), to)).toList();
            } else {
                sequences.add(sequence);
            }
        }
        return schema.withTables(tables).withSequences(sequences);
    }

    /** The longest renamed table prefix is replaced; an owned sequence's column segment follows its column. */
    private String sequenceName(Sequence sequence) {
        Renames.TableRename prefix = renames.tables().stream()
                .filter(t -> sequence.name().startsWith(t.from() + "_"))
                .max((a, b) -> Integer.compare(a.from().length(), b.from().length())).orElse(null);
        String name = prefix == null ? sequence.name() : prefix.to() + sequence.name().substring(prefix.from().length());
        if (sequence.ownedByTable() != null) {
            for (Renames.ColumnRename c : renames.columns()) {
                if (renames.newTableName(c.table()).equals(sequence.ownedByTable())
                        && c.to().equals(sequence.ownedByColumn())) {
                    name = replaceSegment(name, c.from(), c.to());
                }
            }
        }
        return name;
    }

    /** A column default that names a renamed sequence follows it, as the server prints it after the rename. */
    private Table nextvalRenamed(Table table, String from, String to) {
        List<Column> columns = table.columns().stream().map(c -> c.defaultExpression() == null ? c
                : c.withDefault(hooks.sequenceRenamedInDefault(c.defaultExpression(), from, to))).toList();
        return table.withColumns(columns);
    }

    static String derive(String name, String oldTable, String newTable, Map<String, String> columns) {
        String result = name;
        if (!oldTable.equals(newTable) && result.startsWith(oldTable + "_")) {
            result = newTable + result.substring(oldTable.length());
        }
        for (Map.Entry<String, String> column : columns.entrySet()) {
            result = replaceSegment(result, column.getKey(), column.getValue());
        }
        return result;
    }

    /** Replaces {@code from} where it stands between underscores or the ends of the name. */
    private static String replaceSegment(String name, String from, String to) {
        return Pattern.compile("(?<=^|_)" + Pattern.quote(from) + "(?=_|$)").matcher(name)
                .replaceAll(java.util.regex.Matcher.quoteReplacement(to));
    }

    private static List<String> objectNames(Table table) {
        List<String> names = new ArrayList<>();
        table.indexes().forEach(i -> names.add(i.name()));
        table.uniques().forEach(u -> names.add(u.name()));
        table.foreignKeys().forEach(f -> names.add(f.name()));
        table.checks().forEach(c -> names.add(c.name()));
        if (table.primaryKey() != null && table.primaryKey().name() != null) {
            names.add(table.primaryKey().name());
        }
        return names;
    }
}
