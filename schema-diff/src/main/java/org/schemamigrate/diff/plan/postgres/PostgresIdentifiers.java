package org.schemamigrate.diff.plan.postgres;

import java.util.List;
import org.schemamigrate.diff.model.SchemaNames;

/**
 * Quotes every PostgreSQL identifier the planner writes, whatever its spelling: a name that is a keyword in some
 * server version, or has upper case or odd characters, can never break a generated migration.
 */
public final class PostgresIdentifiers {

    private PostgresIdentifiers() {
    }

    /** One identifier quoted; a name in another schema ({@link SchemaNames}) as schema and name, each quoted. */
    public static String quote(String identifier) {
        String schema = SchemaNames.schemaOf(identifier);
        return schema == null ? quoteOne(identifier)
                : quoteOne(schema) + "." + quoteOne(SchemaNames.local(identifier));
    }

    private static String quoteOne(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    public static String quoteAll(List<String> identifiers) {
        return String.join(", ", identifiers.stream().map(PostgresIdentifiers::quote).toList());
    }

    /** A string literal, for comments and enum labels. */
    public static String literal(String text) {
        return text == null ? "NULL" : "'" + text.replace("'", "''") + "'";
    }
}
