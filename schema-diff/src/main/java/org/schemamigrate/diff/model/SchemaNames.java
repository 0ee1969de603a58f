package org.schemamigrate.diff.model;

/**
 * Names of objects in a schema other than the managed one (PostgreSQL): the model holds them in the managed
 * schema's lists, their names carrying their schema before a separator no identifier can hold (NUL), so that the
 * differ compares them like the managed schema's own and the planner qualifies them when it quotes them. A name
 * without the separator is the managed schema's: the one-schema path is unchanged.
 */
public final class SchemaNames {
    /** Between the schema and the name; PostgreSQL identifiers cannot contain NUL. */
    public static final char SEPARATOR = '\u0000';

    private SchemaNames() {
    }

    /** {@code name} in {@code schema}. */
    public static String of(String schema, String name) {
        return schema + SEPARATOR + name;
    }

    /** The schema a name carries, or null for the managed schema's own. */
    public static String schemaOf(String name) {
        int at = name == null ? -1 : name.indexOf(SEPARATOR);
        return at < 0 ? null : name.substring(0, at);
    }

    /** The name without its schema. */
    public static String local(String name) {
        int at = name.indexOf(SEPARATOR);
        return at < 0 ? name : name.substring(at + 1);
    }

    /** {@code other} in the schema of {@code owner} (an index or constraint of a table), for DROP and COMMENT. */
    public static String besides(String owner, String other) {
        String schema = schemaOf(owner);
        return schema == null ? other : of(schema, other);
    }

    /** {@code schema.name} for messages. */
    public static String display(String name) {
        return name == null ? null : name.replace(SEPARATOR, '.');
    }
}
