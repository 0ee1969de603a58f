package org.schemamigrate.diff.plan.postgres;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quotes PostgreSQL identifiers only when needed: reserved words, upper case, or characters outside
 * {@code [a-z0-9_$]}. The one place that holds PostgreSQL's reserved-word list.
 */
public final class PostgresIdentifiers {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    /** Keywords that cannot be column or table names unquoted: "reserved" and "reserved (can be function or type)". */
    static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "binary", "both", "case", "cast", "check", "collate", "collation", "column", "concurrently",
            "constraint", "create", "cross", "current_catalog", "current_date", "current_role", "current_schema",
            "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
            "else", "end", "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group",
            "having", "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull", "join", "lateral",
            "leading", "left", "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull", "null",
            "offset", "on", "only", "or", "order", "outer", "overlaps", "placing", "primary", "references",
            "returning", "right", "select", "session_user", "similar", "some", "symmetric", "system_user", "table",
            "tablesample", "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic",
            "verbose", "when", "where", "window", "with");

    private PostgresIdentifiers() {
    }

    public static boolean needsQuotes(String identifier) {
        return !PLAIN.matcher(identifier).matches() || RESERVED.contains(identifier);
    }

    public static String quote(String identifier) {
        return needsQuotes(identifier) ? '"' + identifier.replace("\"", "\"\"") + '"' : identifier;
    }

    public static String quoteAll(List<String> identifiers) {
        return String.join(", ", identifiers.stream().map(PostgresIdentifiers::quote).toList());
    }

    /** A string literal, for comments and enum labels. */
    public static String literal(String text) {
        return text == null ? "NULL" : "'" + text.replace("'", "''") + "'";
    }
}
