package org.schemamigrate.diff.prove;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * Object kinds the model does not hold yet (views, functions, triggers, range types, …). When they differ between the
 * current and the desired schema, the diff cannot plan them, so it refuses, naming them, rather than reporting
 * "up to date" or writing a pair that silently leaves them out.
 */
public final class UnsupportedKinds {
    /** Fingerprint line prefixes (kind, then text after the owner) per kind name shown to the user. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("view ", "view"), Map.entry("function ", "function"), Map.entry("routine ", "routine"),
            Map.entry("trigger ", "trigger"), Map.entry("policy ", "row-level security policy"),
            Map.entry("rule ", "rule"),
            Map.entry("event ", "event"), Map.entry("extension ", "extension"), Map.entry("collation ", "collation"));
    private static final Map<String, String> TYPE_KINDS = Map.of("r", "range type", "m", "multirange type");
    /** pg_class relkinds outside the model: their own lines (a view's comment, options) are refused too. */
    private static final Map<String, String> RELATION_KINDS = Map.of("v", "view", "m", "materialized view",
            "f", "foreign table");

    /** The kinds the model holds on PostgreSQL (as objects compared by definition); planned, not refused. */
    private static final Set<String> PLANNED_ON_POSTGRES = Set.of("view", "materialized view", "function",
            "trigger", "row-level security policy", "extension");
    /** On MySQL/MariaDB: views, triggers, stored functions and procedures, events. */
    private static final Set<String> PLANNED_ON_MYSQL = Set.of("view", "trigger", "routine", "event");

    /** Of those, what the model holds in other schemas too (their extensions are not: CREATE EXTENSION … SCHEMA). */
    private static final Set<String> PLANNED_IN_OTHER_SCHEMAS = Set.of("view", "materialized view", "function",
            "trigger", "row-level security policy");

    private UnsupportedKinds() {
    }

    /**
     * Before planning: fails with {@link CoreErrorCode#CONFIGURATION} and {@link FailureDetails.NotPlanned} when
     * objects of a kind the dialect does not plan (events, range types, …) differ; else returns.
     */
    public static void refuseChanges(CatalogFingerprint current, CatalogFingerprint desired, DatabaseKind dialect) {
        if (current == null || desired == null) {
            return;
        }
        Set<String> planned = planned(dialect);
        Map<String, List<String>> differing = byKind(desired.residual(current).stream().filter(line -> {
            String kind = kind(line.substring(2));
            return kind != null && !planned.contains(kind) && !unmanagedSchema(line.substring(2), desired);
        }).toList());
        if (!differing.isEmpty()) {
            throw notPlanned(differing, "of kinds not supported yet", "");
        }
    }

    /**
     * For a diff that planned nothing: any line the two catalogs print differently (a view's body, a detail of a
     * partition or of a MATCH FULL foreign key) means the model missed it, so it is refused by kind and object,
     * never reported "up to date"; the known equivalences and other schemas the desired schema does not hold
     * aside.
     */
    public static void refuseUnplanned(CatalogFingerprint current, CatalogFingerprint desired) {
        if (current == null || desired == null) {
            return;
        }
        List<String> residual = CatalogProof.withoutEquivalentSpellings(current.residual(desired));
        residual.removeIf(line -> unmanagedSchema(line.substring(2), desired) || CatalogProof.knownEquivalence(line));
        if (residual.isEmpty()) {
            return;
        }
        StringBuilder shown = new StringBuilder("\nThey print differently (- as desired, + as current):");
        residual.stream().limit(CatalogProof.SHOWN).forEach(line -> shown.append("\n  ").append(line));
        if (residual.size() > CatalogProof.SHOWN) {
            shown.append("\n  … and ").append(residual.size() - CatalogProof.SHOWN).append(" more");
        }
        throw notPlanned(byKind(residual), "in details schemamigrate does not plan yet", shown.toString());
    }

    private static Map<String, List<String>> byKind(List<String> residual) {
        Map<String, TreeSet<String>> byKind = new TreeMap<>();
        for (String line : residual) {
            String text = line.substring(2);
            String kind = kind(text);
            byKind.computeIfAbsent(kind != null ? kind : lineKind(text), k -> new TreeSet<>())
                    .add(text.startsWith("schema ") ? otherSchemaObject(text) : owner(text));
        }
        Map<String, List<String>> lists = new TreeMap<>();
        byKind.forEach((kind, names) -> lists.put(kind, List.copyOf(names)));
        return lists;
    }

    private static MigrationException notPlanned(Map<String, List<String>> differing, String why, String shown) {
        StringBuilder list = new StringBuilder();
        differing.forEach((kind, names) -> list.append("\n  ").append(kind).append(": ")
                .append(String.join(", ", names)));
        return new MigrationException(CoreErrorCode.CONFIGURATION, "The current and the desired schema differ in"
                + " objects " + why + " (" + String.join(", ", differing.keySet()) + "), so nothing was written:"
                + list + shown + "\nWrite this migration by hand (migration:create), or keep these objects out of"
                + " the desired schema.", new FailureDetails.NotPlanned(new TreeMap<>(differing)), null);
    }

    private static Set<String> planned(DatabaseKind dialect) {
        return dialect == DatabaseKind.POSTGRESQL ? PLANNED_ON_POSTGRES : PLANNED_ON_MYSQL;
    }

    /**
     * The fingerprint without the objects migration:init leaves out (and lists): lines of kinds the dialect does
     * not plan, and every line of a relation of such a kind (a foreign table's columns).
     */
    public static CatalogFingerprint withoutSkipped(CatalogFingerprint fingerprint, DatabaseKind dialect) {
        Set<String> planned = planned(dialect);
        Set<String> skippedRelations = new HashSet<>();
        for (String line : fingerprint.lines()) {
            String kind = kind(line);
            if (kind != null && !planned.contains(kind) && RELATION_KINDS.containsValue(kind)) {
                skippedRelations.add(owner(line));
            }
        }
        return new CatalogFingerprint(fingerprint.lines().stream().filter(line -> {
            String kind = kind(line);
            return (kind == null || planned.contains(kind))
                    && !skippedRelations.contains(owner(line));
        }).toList());
    }

    /** Another schema that the desired schema does not mention: unmanaged, like tables outside the model. */
    static boolean unmanagedSchema(String line, CatalogFingerprint desired) {
        String prefix = "schema " + owner(line) + ": ";
        return line.startsWith("schema ") && desired.lines().stream().noneMatch(l -> l.startsWith(prefix));
    }

    /** The unsupported kind a fingerprint line describes, or null. */
    static String kind(String line) {
        for (Map.Entry<String, String> kind : KINDS.entrySet()) {
            if (line.startsWith(kind.getKey())) {
                return kind.getValue();
            }
        }
        String text = line.substring(line.indexOf(": ") + 2);
        if (line.startsWith("schema ")) {
            return otherSchemaKind(text);
        }
        if (line.startsWith("relation ")) {
            String[] words = text.split(" ");
            if (words.length > 1 && RELATION_KINDS.containsKey(words[1])) {
                return RELATION_KINDS.get(words[1]);
            }
        }
        if (line.startsWith("type ")) {
            return TYPE_KINDS.get(text.split(" ", 2)[0]);
        }
        return null;
    }

    /**
     * What another schema's line describes that the model does not plan there: its tables, columns, keys,
     * indexes, sequences, enums, domains and composite types, comments and the schema itself are planned (null);
     * views, routines, triggers, policies, partitions, … there are refused by kind.
     */
    private static String otherSchemaKind(String text) {
        String[] words = text.split(" ", 4);
        String elsewhere = " in another schema";
        String listed = KINDS.get(words[0] + " ");
        if (listed != null && !PLANNED_IN_OTHER_SCHEMAS.contains(listed)) {
            return listed + elsewhere;
        }
        if (words[0].equals("type") && words.length > 2 && TYPE_KINDS.containsKey(words[2])) {
            return TYPE_KINDS.get(words[2]) + elsewhere;
        }
        boolean relation = words.length > 3 && words[3].startsWith("(");
        if (relation && RELATION_KINDS.containsKey(words[1])
                && !PLANNED_IN_OTHER_SCHEMAS.contains(RELATION_KINDS.get(words[1]))) {
            return RELATION_KINDS.get(words[1]) + elsewhere;
        }
        if (relation && (words[1].equals("p") || words[1].equals("r") && text.contains(" partition of "))) {
            return "partitioned table" + elsewhere;
        }
        return null;
    }

    /** After CREATE … in an index's, trigger's or rule's definition: its name. */
    private static final Pattern CREATED_NAME = Pattern.compile("(?:INDEX|TRIGGER|RULE) (?:CONCURRENTLY )?(\\S+)");

    /** {@code schema.object} of another schema's line ({@code schema audit: view v …}), for refusals. */
    private static String otherSchemaObject(String line) {
        int colon = line.indexOf(": ");
        String schema = line.substring("schema ".length(), colon);
        String text = line.substring(colon + 2);
        String[] words = text.split(" ", 3);
        java.util.regex.Matcher created = CREATED_NAME.matcher(text);
        String name;
        if (words.length == 1 || text.startsWith("comment=")) {
            return schema;
        } else if (Set.of("index", "trigger", "rule").contains(words[0]) && created.find()) {
            name = created.group(1);
        } else if (KINDS.containsKey(words[0] + " ") || words[0].equals("type") || words[0].equals("sequence")) {
            name = words[1];
        } else {
            name = words[0];
        }
        int paren = name.indexOf('(');
        return schema + "." + (paren > 0 ? name.substring(0, paren) : name);
    }

    private static String owner(String line) {
        int colon = line.indexOf(": ");
        String head = line.substring(0, colon);
        List<String> words = List.of(head.split(" "));
        return words.get(words.size() - 1);
    }

    /** A fingerprint line's own kind: its head without the owner ("constraint", "row security"). */
    private static String lineKind(String line) {
        String head = line.substring(0, line.indexOf(": "));
        int space = head.lastIndexOf(' ');
        return space > 0 ? head.substring(0, space) : head;
    }
}
