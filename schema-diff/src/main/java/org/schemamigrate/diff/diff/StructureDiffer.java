package org.schemamigrate.diff.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.model.CompositeType;
import org.schemamigrate.diff.model.DomainType;
import org.schemamigrate.diff.model.Partition;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.TableOptions;
import org.schemamigrate.diff.model.UserType;

/**
 * Domains, composite types and partitions (PostgreSQL). Types are listed in dependency order (a type before the
 * types that use it; drops the other way round), partitions parents first, so the phase order of
 * {@link ChangeOrder} is enough.
 */
final class StructureDiffer {

    private StructureDiffer() {
    }

    /** Types that go away or change kind; listed before the enums, which they may use. */
    static void dropTypes(Schema from, Schema to, List<SchemaChange> out) {
        Map<String, UserType> wanted = byName(to.userTypes(), UserType::name);
        List<UserType> dropped = from.userTypes().stream().filter(t -> !sameKind(t, wanted.get(t.name()))).toList();
        List<UserType> ordered = new ArrayList<>(dependencyOrder(dropped));
        java.util.Collections.reverse(ordered);
        ordered.forEach(t -> out.add(new SchemaChange.DropType(t)));
    }

    /** Types created (after the enums they may use) or changed in place. */
    static void createAndAlterTypes(Schema from, Schema to, List<SchemaChange> out) {
        Map<String, UserType> existing = byName(from.userTypes(), UserType::name);
        for (UserType type : dependencyOrder(to.userTypes())) {
            UserType before = existing.get(type.name());
            if (!sameKind(before, type)) {
                out.add(new SchemaChange.CreateType(type));
            } else if (!before.equals(type)) {
                refuseRetypedAttributeInUse(before, type, from);
                out.add(new SchemaChange.AlterType(before, type));
            }
        }
    }

    /** PostgreSQL cannot change an attribute's type while a column uses the composite type. */
    private static void refuseRetypedAttributeInUse(UserType before, UserType after, Schema from) {
        if (!(before instanceof CompositeType a) || !(after instanceof CompositeType b)) {
            return;
        }
        boolean retyped = a.attributes().stream().anyMatch(x -> b.attributes().stream()
                .anyMatch(y -> y.name().equals(x.name()) && !y.equals(x)));
        String user = from.tables().stream().flatMap(t -> t.columns().stream()
                        .filter(c -> c.type().userDefined() && c.type().name().equals(a.name()))
                        .map(c -> t.name() + "." + c.name())).findFirst().orElse(null);
        if (retyped && user != null) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "Cannot plan this change: an attribute of"
                    + " composite type " + a.name() + " changes its type or collation while column " + user
                    + " uses the type, which PostgreSQL refuses. Nothing was written; write this migration by hand"
                    + " (migration:create).");
        }
    }

    /** Partitions, parents first; a partition whose parent goes away goes with it. */
    static void partitions(Schema from, Schema to, List<SchemaChange> out) {
        Map<String, Partition> wanted = byName(to.partitions(), Partition::name);
        Map<String, Partition> existing = byName(from.partitions(), Partition::name);
        Set<String> kept = new HashSet<>(to.tables().stream().map(t -> t.name()).toList());
        kept.addAll(wanted.keySet());
        List<Partition> created = new ArrayList<>();
        for (Partition partition : from.partitions()) {
            Partition target = wanted.get(partition.name());
            boolean rebuilt = target != null && (!target.parent().equals(partition.parent())
                    || !Objects.equals(target.partitionKey(), partition.partitionKey()));
            if ((target == null || rebuilt) && kept.contains(partition.parent())) {
                out.add(new SchemaChange.DropPartition(partition));
            }
            if (rebuilt) {
                created.add(target);
            } else if (target != null && !target.equals(partition)) {
                out.add(new SchemaChange.AlterPartition(partition, target));
            }
        }
        to.partitions().stream().filter(p -> !existing.containsKey(p.name())).forEach(created::add);
        parentsFirst(created, to).forEach(p -> out.add(new SchemaChange.CreatePartition(p)));
    }

    /** The partitioning clause of a table's options, or null. */
    static String partitioning(TableOptions options) {
        return options == null ? null : options.partitioning();
    }

    /** A table's options other than partitioning, null where nothing is left to set. */
    static TableOptions withoutPartitioning(TableOptions options) {
        TableOptions rest = options == null ? null : options.withoutPartitioning();
        return rest == null || rest.equals(new TableOptions(null, null)) ? null : rest;
    }

    private static List<Partition> parentsFirst(List<Partition> partitions, Schema to) {
        Map<String, Partition> all = byName(to.partitions(), Partition::name);
        return partitions.stream().sorted(java.util.Comparator.comparingInt((Partition p) -> depth(p, all))
                .thenComparing(Partition::name)).toList();
    }

    private static int depth(Partition partition, Map<String, Partition> all) {
        int depth = 0;
        for (Partition p = partition; p != null && depth < 100; p = all.get(p.parent())) {
            depth++;
        }
        return depth;
    }

    private static boolean sameKind(UserType a, UserType b) {
        return a != null && b != null && a.getClass() == b.getClass();
    }

    /** Each type after the types of the list it names (by base or attribute type); otherwise by name. */
    private static List<UserType> dependencyOrder(List<UserType> types) {
        Set<String> names = types.stream().map(UserType::name).collect(Collectors.toSet());
        List<UserType> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        List<UserType> pending = new ArrayList<>(types);
        while (!pending.isEmpty()) {
            int before = ordered.size();
            for (UserType type : List.copyOf(pending)) {
                if (uses(type).stream().filter(names::contains).allMatch(done::contains)) {
                    ordered.add(type);
                    done.add(type.name());
                    pending.remove(type);
                }
            }
            if (ordered.size() == before) { // a cycle cannot be created anyway; keep name order
                ordered.addAll(pending);
                break;
            }
        }
        return ordered;
    }

    private static Set<String> uses(UserType type) {
        List<String> spelled = type instanceof DomainType d ? List.of(d.baseType())
                : ((CompositeType) type).attributes().stream().map(CompositeType.Attribute::type).toList();
        return spelled.stream().map(s -> s.replace("[]", "").replace("\"", "")).collect(Collectors.toSet());
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(name, Function.identity(), (a, b) -> a));
    }
}
