package org.schemamigrate.diff.prove;

import org.schemamigrate.core.CoreErrorCode;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.schemamigrate.core.db.DatabaseKind;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.model.Schema;

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
    /** A foreign key whose referenced table keeps a schema qualifier: the managed schema's own is taken out. */
    private static final Pattern OTHER_SCHEMA_REFERENCE = Pattern.compile(
            " REFERENCES (\"([^\"]|\"\")+\"|[^ (\"]+)\\.");

    /**
     * A MySQL/MariaDB key line of SHOW CREATE TABLE with a clause information_schema does not show (an explicit
     * {@code USING BTREE}, an index's own {@code KEY_BLOCK_SIZE}), so the model cannot hold it.
     */
    private static final Pattern KEY_CLAUSE = Pattern.compile(
            "^(PRIMARY |UNIQUE |FULLTEXT |SPATIAL )?KEY .*\\)( USING BTREE| KEY_BLOCK_SIZE=\\d+)");

    private static final String INDEX_OPTION = "index option (USING BTREE, KEY_BLOCK_SIZE)";

    /** The kinds the model holds on PostgreSQL (as objects compared by definition); planned, not refused. */
    private static final Set<String> PLANNED_ON_POSTGRES = Set.of("view", "materialized view", "function",
            "trigger", "row-level security policy", "extension");
    /** On MySQL/MariaDB: views, triggers, stored functions and procedures, events. */
    private static final Set<String> PLANNED_ON_MYSQL = Set.of("view", "trigger", "routine", "event");

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

    private static void refuse(CatalogFingerprint current, CatalogFingerprint desired, Set<String> planned,
                               String why) {
        if (current == null || desired == null) {
            return;
        }
        Map<String, TreeSet<String>> differing = new TreeMap<>();
        for (String line : desired.residual(current)) {
            String kind = kind(line.substring(2));
            if (kind != null && !planned.contains(kind) && !unmanagedSchema(line.substring(2), desired)) {
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

    /**
     * The fingerprint without the objects migration:init leaves out (and lists): lines of unsupported kinds, and
     * every line of a view or other relation outside the model (its columns, indexes). Index options the model
     * cannot hold stay in, so an adoption that would lose them fails its proof.
     */
    public static CatalogFingerprint withoutSkipped(CatalogFingerprint fingerprint) {
        java.util.Set<String> skippedRelations = new java.util.HashSet<>();
        for (String line : fingerprint.lines()) {
            String kind = kind(line);
            if (kind != null && (line.startsWith("view ") || RELATION_KINDS.containsValue(kind))) {
                skippedRelations.add(owner(line));
            }
        }
        return new CatalogFingerprint(fingerprint.lines().stream().filter(line -> {
            String kind = kind(line);
            return (kind == null || kind.equals(INDEX_OPTION)) && !skippedRelations.contains(owner(line));
        }).toList());
    }

    /**
     * For a diff that planned nothing: any difference in the kinds of {@link #kind}, planned or not, means the
     * model missed it; so do differing lines of the structural kinds it plans (domains, composite types,
     * partitions: a partition's own index, an attribute's comment). Refused by name, never "up to date".
     */
    public static void refuseUnplanned(CatalogFingerprint current, CatalogFingerprint desired, Schema... schemas) {
        if (current == null || desired == null) {
            return;
        }
        refuse(current, desired, Set.of(), "that the diff does not see");
        Set<String> owners = new HashSet<>();
        for (Schema schema : schemas) {
            schema.userTypes().forEach(t -> owners.add(t.name()));
            schema.partitions().forEach(p -> owners.add(p.name()));
        }
        Set<String> differing = new TreeSet<>();
        for (String line : desired.residual(current)) {
            String text = line.substring(2);
            if (owners.contains(owner(text)) || text.startsWith("row security ")
                    || text.startsWith("relation ") && text.contains(" partition by ")) {
                differing.add(owner(text));
            }
        }
        if (!differing.isEmpty()) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "The current and the desired schema differ in"
                    + " details of " + String.join(", ", differing) + " that schemamigrate does not plan yet, so"
                    + " nothing was written.\nWrite this migration by hand (migration:create).");
        }
        refuseUnseen(current, desired);
    }

    /**
     * Last: any other line the two print differently (a MATCH FULL foreign key, a deferrable primary key: details
     * the model does not hold) means the model missed a difference; the known equivalences and other schemas
     * the desired schema does not hold aside.
     */
    private static void refuseUnseen(CatalogFingerprint current, CatalogFingerprint desired) {
        List<String> residual = new java.util.ArrayList<>(current.residual(desired));
        residual.removeIf(line -> unmanagedSchema(line.substring(2), desired) || CatalogProof.knownEquivalence(line));
        if (residual.isEmpty()) {
            return;
        }
        StringBuilder shown = new StringBuilder();
        residual.stream().limit(CatalogProof.SHOWN).forEach(line -> shown.append("\n  ").append(line));
        if (residual.size() > CatalogProof.SHOWN) {
            shown.append("\n  … and ").append(residual.size() - CatalogProof.SHOWN).append(" more");
        }
        throw new MigrationException(CoreErrorCode.CONFIGURATION, "The current and the desired schema print"
                + " differently in details schemamigrate does not model yet, so nothing was written (- as desired,"
                + " + as current):" + shown + "\nWrite this migration by hand (migration:create).");
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
            return "schema other than the managed one";
        }
        if (line.startsWith("constraint ") && OTHER_SCHEMA_REFERENCE.matcher(text).find()) {
            return "cross-schema foreign key";
        }
        if (line.startsWith("relation ")) {
            String[] words = text.split(" ");
            if (words.length > 1 && RELATION_KINDS.containsKey(words[1])) {
                return RELATION_KINDS.get(words[1]);
            }
        }
        if (line.startsWith("table ") && KEY_CLAUSE.matcher(text).find()) {
            return INDEX_OPTION;
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
