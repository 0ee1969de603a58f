package org.schemamigrate.diff.model;

import java.util.List;
import java.util.Objects;

/**
 * An object compared by the text the server prints for it (views, functions, triggers, policies, extensions, …),
 * never by a parsed model: two objects are the same exactly when their printed definitions are.
 *
 * @param kind       what it is
 * @param name       its name; a function's or procedure's carries its argument types ({@code f(integer)})
 * @param table      the table a trigger or policy belongs to, else null
 * @param definition the statements that create it (no trailing semicolons), as the server prints them, with
 *                   the schema's own name taken out
 * @param comment    its comment, or null
 * @param dependsOn  what it needs ({@link #tableRef}, {@link #columnRef} or another object's {@link #key()}),
 *                   from the server's dependency records
 */
public record DefinedObject(Kind kind, String name, String table, List<String> definition, String comment,
                            List<String> dependsOn) {

    /** The kinds, in the order their creation is safe when nothing else orders them. */
    public enum Kind {
        SCHEMA("schema"), EXTENSION("extension"), FUNCTION("function"), PROCEDURE("procedure"), VIEW("view"),
        MATERIALIZED_VIEW("materialized view"), TRIGGER("trigger"), POLICY("policy"), EVENT("event");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public DefinedObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        definition = List.copyOf(definition);
        dependsOn = List.copyOf(dependsOn);
    }

    /** Identity within a schema: kind, owning table and name. */
    public String key() {
        return kind + " " + (table == null ? "" : table + ".") + name;
    }

    /** "view report", "trigger audit on person": for headers and messages. */
    public String label() {
        return kind.label() + " " + name + (table == null ? "" : " on " + table);
    }

    /** Same definition and comment (dependencies follow from the definition). */
    public boolean sameAs(DefinedObject other) {
        return other != null && definition.equals(other.definition) && Objects.equals(comment, other.comment);
    }

    public boolean dependsOnColumn(String tableName, String column) {
        return dependsOn.contains(columnRef(tableName, column));
    }

    public boolean dependsOnTable(String tableName) {
        return dependsOn.contains(tableRef(tableName)) || dependsOn.stream()
                .anyMatch(d -> d.startsWith("column " + tableName + "."));
    }

    public static String tableRef(String table) {
        return "table " + table;
    }

    public static String columnRef(String table, String column) {
        return "column " + table + "." + column;
    }
}
