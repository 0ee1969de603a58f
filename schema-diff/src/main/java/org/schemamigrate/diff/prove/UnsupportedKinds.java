package org.schemamigrate.diff.prove;

import org.schemamigrate.core.CoreErrorCode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schemamigrate.core.db.DatabaseKind;
import java.util.TreeMap;
import java.util.TreeSet;
import org.schemamigrate.core.MigrationException;

/**
 * Object kinds the model does not hold yet (views, functions, triggers, domains, …). When they differ between the
 * current and the desired schema, the diff cannot plan them, so it refuses, naming them, rather than reporting
 * "up to date" or writing a pair that silently leaves them out.
 */
public final class UnsupportedKinds {
    /** Fingerprint line prefixes (kind, then text after the owner) per kind name shown to the user. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("view ", "view"), Map.entry("function ", "function"), Map.entry("routine ", "routine"),
            Map.entry("trigger ", "trigger"), Map.entry("policy ", "row-level security policy"),
            Map.entry("row security ", "row-level security"), Map.entry("rule ", "rule"),
            Map.entry("event ", "event"), Map.entry("extension ", "extension"), Map.entry("collation ", "collation"));
    private static final Map<String, String> TYPE_KINDS = Map.of("d", "domain", "c", "composite type",
            "r", "range type", "m", "multirange type");
    /** pg_class relkinds outside the model: their own lines (a view's comment, options) are refused too. */
    private static final Map<String, String> RELATION_KINDS = Map.of("v", "view", "m", "materialized view",
            "f", "foreign table", "c", "composite type");

    /** The kinds the model holds on PostgreSQL (as objects compared by definition); planned, not refused. */
    private static final Set<String> PLANNED_ON_POSTGRES = Set.of("view", "materialized view", "function",
            "trigger", "row-level security policy", "extension");
    /** On MySQL/MariaDB: views, triggers, stored functions and procedures (events are still refused). */
    private static final Set<String> PLANNED_ON_MYSQL = Set.of("view", "trigger", "routine");

    private UnsupportedKinds() {
    }

    /** Fails with {@link ErrorCode#CONFIGURATION} when objects of an unsupported kind differ; else returns. */
    public static void refuseChanges(CatalogFingerprint current, CatalogFingerprint desired) {
        refuse(current, desired, Set.of(), "of kinds not supported yet");
    }

    /** As {@link #refuseChanges(CatalogFingerprint, CatalogFingerprint)}, except kinds the dialect plans. */
    public static void refuseChanges(CatalogFingerprint current, CatalogFingerprint desired, DatabaseKind dialect) {
        refuse(current, desired, dialect == DatabaseKind.POSTGRESQL ? PLANNED_ON_POSTGRES : PLANNED_ON_MYSQL,
                "of kinds not supported yet");
    }

    /**
     * For a diff that planned nothing: any difference in these kinds, planned or not, means the model missed it,
     * so it is refused rather than reported "up to date".
     */
    public static void refuseUnplanned(CatalogFingerprint current, CatalogFingerprint desired) {
        refuse(current, desired, Set.of(), "that the diff does not see");
    }

    private static void refuse(CatalogFingerprint current, CatalogFingerprint desired, Set<String> planned,
                               String why) {
        if (current == null || desired == null) {
            return;
        }
        Map<String, TreeSet<String>> differing = new TreeMap<>();
        for (String line : desired.residual(current)) {
            String kind = kind(line.substring(2));
            if (kind != null && !planned.contains(kind)) {
                differing.computeIfAbsent(kind, k -> new TreeSet<>()).add(owner(line.substring(2)));
            }
        }
        if (differing.isEmpty()) {
            return;
        }
        StringBuilder list = new StringBuilder();
        differing.forEach((kind, names) -> list.append("\n  ").append(kind).append(": ")
                .append(String.join(", ", names)));
        throw new MigrationException(CoreErrorCode.CONFIGURATION, "The current and the desired schema differ in"
                + " objects " + why + " (" + String.join(", ", differing.keySet()) + "), so nothing"
                + " was written:" + list + "\nWrite this migration by hand (migration:create), or keep these"
                + " objects out of the desired schema.");
    }

    /** The unsupported kind a fingerprint line describes, or null. */
    static String kind(String line) {
        for (Map.Entry<String, String> kind : KINDS.entrySet()) {
            if (line.startsWith(kind.getKey())) {
                return kind.getValue();
            }
        }
        String text = line.substring(line.indexOf(": ") + 2);
        if ((line.startsWith("relation ") && (text.contains(" partition by ") || text.contains(" partition of ")))
                || (line.startsWith("table ") && text.contains("PARTITION BY "))) {
            return "partitioning";
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

    private static String owner(String line) {
        int colon = line.indexOf(": ");
        String head = line.substring(0, colon);
        List<String> words = List.of(head.split(" "));
        return words.get(words.size() - 1);
    }
}
