package org.schemamigrate.diff.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.change.ColumnChange;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.model.DefinedObject;
import org.schemamigrate.diff.model.Schema;

/**
 * Objects compared by definition (views, functions, triggers, policies, extensions, events): by key, an object
 * that goes or whose printed definition changes is dropped and created again. An object that uses a column whose
 * type changes, a column or table that is dropped, or another object that is dropped, is dropped before and
 * created again after (PostgreSQL refuses those changes under a view, rule, trigger or policy). Drops run
 * dependents first, creates dependencies first; a dependency cycle is reported, not guessed.
 */
final class ObjectDiffer {

    private ObjectDiffer() {
    }

    /** Appends the object changes that {@code tableChanges} (the differ's other changes) need. */
    static void diff(Schema from, Schema to, List<SchemaChange> tableChanges, List<SchemaChange> out) {
        if (from.objects().isEmpty() && to.objects().isEmpty()) {
            return;
        }
        Map<String, DefinedObject> existing = byKey(from.objects());
        Map<String, DefinedObject> wanted = byKey(to.objects());
        Set<String> blocked = blockedReferences(tableChanges);
        Set<String> dropped = new LinkedHashSet<>();
        for (DefinedObject object : from.objects()) {
            if ((!object.sameAs(wanted.get(object.key())) && !replaceable(object, wanted.get(object.key()))
                    && !commentOnly(object, wanted.get(object.key())))
                    || object.dependsOn().stream().anyMatch(blocked::contains)
                    || (object.table() != null && blocked.contains(DefinedObject.tableRef(object.table())))) {
                dropped.add(object.key());
            }
        }
        // whatever uses a dropped object goes with it, and comes back after it
        boolean grew = true;
        while (grew) {
            grew = false;
            for (DefinedObject object : from.objects()) {
                if (!dropped.contains(object.key()) && object.dependsOn().stream().anyMatch(dropped::contains)) {
                    dropped.add(object.key());
                    grew = true;
                }
            }
        }
        List<DefinedObject> drops = new ArrayList<>(order(existing, dropped));
        java.util.Collections.reverse(drops);
        Set<String> created = new LinkedHashSet<>();
        for (DefinedObject object : to.objects()) {
            if (!object.sameAs(existing.get(object.key())) || dropped.contains(object.key())) {
                created.add(object.key());
            }
        }
        drops.forEach(o -> out.add(new SchemaChange.DropObject(o, created.contains(o.key())
                ? SchemaChange.CalledBy.OBJECTS : calledBy(o, from))));
        order(wanted, created).forEach(o -> out.add(new SchemaChange.CreateObject(
                commentOnly(existing.get(o.key()), o) && !dropped.contains(o.key())
                        ? new DefinedObject(o.kind(), o.name(), o.table(), List.of(), o.comment(), o.dependsOn()) : o,
                calledBy(o, to))));
    }

    /** A schema whose comment alone changes: commented in place (dropping it would need it empty). */
    private static boolean commentOnly(DefinedObject current, DefinedObject desired) {
        return current != null && desired != null && current.kind() == DefinedObject.Kind.SCHEMA
                && current.definition().equals(desired.definition());
    }

    /**
     * A changed PostgreSQL function or procedure whose signature, result and comment stay: its printed definition
     * is a CREATE OR REPLACE, which swaps the body in place, so nothing that uses it has to be rebuilt.
     */
    private static boolean replaceable(DefinedObject current, DefinedObject desired) {
        boolean routine = current.kind() == DefinedObject.Kind.FUNCTION
                || current.kind() == DefinedObject.Kind.PROCEDURE;
        // a comment that goes away needs the drop: a replaced function keeps its old comment
        boolean commentKept = desired == null || desired.comment() != null || current.comment() == null;
        if (desired == null || !routine || !commentKept || desired.definition().size() != 1
                || !desired.definition().get(0).startsWith("CREATE OR REPLACE ")) {
            return false;
        }
        List<String> was = current.definition().get(0).lines().limit(2).toList();
        return was.equals(desired.definition().get(0).lines().limit(2).toList());
    }

    /**
     * Whether a function is called by a domain's check or default, or by a column default, check, generated column
     * or index of the schema's tables: the server records no such use for a function body's own calls, so the
     * printed expressions decide.
     */
    private static SchemaChange.CalledBy calledBy(DefinedObject object, Schema schema) {
        if (object.kind() != DefinedObject.Kind.FUNCTION) {
            return SchemaChange.CalledBy.OBJECTS;
        }
        String name = object.name().contains("(") ? object.name().substring(0, object.name().indexOf('('))
                : object.name();
        // the name as a whole word (not_is_email( is no call of is_email), quoted or not, before its parenthesis
        Pattern call = Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(name) + "\"?\\s*\\(",
                Pattern.CASE_INSENSITIVE);
        // records print every expression they hold: defaults, checks, generated columns, index expressions
        return schema.userTypes().stream().anyMatch(t -> call.matcher(t.toString()).find())
                ? SchemaChange.CalledBy.TYPES
                : schema.tables().stream().anyMatch(t -> call.matcher(t.toString()).find())
                ? SchemaChange.CalledBy.TABLES
                : SchemaChange.CalledBy.OBJECTS;
    }

    /** Columns whose type changes, columns and tables that are dropped: no object may use them meanwhile. */
    private static Set<String> blockedReferences(List<SchemaChange> changes) {
        Set<String> blocked = new LinkedHashSet<>();
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.AlterColumn c
                    && (c.has(ColumnChange.TYPE) || c.has(ColumnChange.COLLATION))) {
                blocked.add(DefinedObject.columnRef(c.table(), c.from().name()));
            } else if (change instanceof SchemaChange.DropColumn c) {
                blocked.add(DefinedObject.columnRef(c.table(), c.column().name()));
            } else if (change instanceof SchemaChange.DropTable c) {
                blocked.add(DefinedObject.tableRef(c.table()));
            } else if (change instanceof SchemaChange.RecreateEnum c) {
                c.usages().forEach(u -> blocked.add(DefinedObject.columnRef(u.table(), u.column().name())));
            }
        }
        return blocked;
    }

    /** The chosen objects, each after the chosen ones it depends on (name order otherwise). */
    private static List<DefinedObject> order(Map<String, DefinedObject> objects, Set<String> chosen) {
        List<DefinedObject> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (String key : objects.keySet()) {
            if (chosen.contains(key)) {
                visit(key, objects, chosen, done, new LinkedHashSet<>(), ordered);
            }
        }
        return ordered;
    }

    private static void visit(String key, Map<String, DefinedObject> objects, Set<String> chosen, Set<String> done,
                              Set<String> path, List<DefinedObject> ordered) {
        if (done.contains(key)) {
            return;
        }
        if (!path.add(key)) {
            List<String> cycle = new ArrayList<>();
            boolean in = false;
            for (String k : path) {
                in |= k.equals(key);
                if (in) {
                    cycle.add(objects.get(k).label());
                }
            }
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "These objects depend on each other in a"
                    + " cycle, so no order creates them: " + String.join(" -> ", cycle) + " -> "
                    + objects.get(key).label() + ". Write this migration by hand (migration:create).");
        }
        DefinedObject object = objects.get(key);
        for (String dependency : object.dependsOn()) {
            if (chosen.contains(dependency) && objects.containsKey(dependency)) {
                visit(dependency, objects, chosen, done, path, ordered);
            }
        }
        path.remove(key);
        done.add(key);
        ordered.add(object);
    }

    private static Map<String, DefinedObject> byKey(List<DefinedObject> objects) {
        Map<String, DefinedObject> map = new LinkedHashMap<>();
        objects.forEach(o -> map.put(o.key(), o));
        return map;
    }
}
