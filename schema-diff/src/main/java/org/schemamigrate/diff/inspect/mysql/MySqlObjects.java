package org.schemamigrate.diff.inspect.mysql;

import static org.schemamigrate.diff.inspect.CatalogQuery.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.model.DefinedObject;
import org.schemamigrate.diff.prove.CatalogFingerprint;

/**
 * Views, triggers, stored functions and procedures and events of a MySQL/MariaDB schema, one information_schema
 * query per kind, each as the statement that creates it from the text the server stores (the DEFINER left out,
 * so a migration runs as whoever applies it). The server records no dependencies; a view's are the
 * schema-qualified names the server itself wrote into its definition, which orders views over views and after
 * the functions they call. Events come last (their kind's place) and need nothing before them: a body is only
 * compiled when it runs.
 */
final class MySqlObjects {

    /** MariaDB's VIEWS has ALGORITHM; MySQL 8's does not (its views are created with the default, UNDEFINED). */
    static final String VIEWS_MARIADB = """
            SELECT TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION, SECURITY_TYPE, ALGORITHM
            FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ?
            ORDER BY TABLE_NAME
            """;

    static final String VIEWS_MYSQL = """
            SELECT TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION, SECURITY_TYPE, 'UNDEFINED'
            FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ?
            ORDER BY TABLE_NAME
            """;

    static final String TRIGGERS = """
            SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER,
                   ACTION_STATEMENT
            FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?
            ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER
            """;

    /** Functions and procedures with their parameters as the server stores them (routine and parameter types). */
    static final String ROUTINES = """
            SELECT r.ROUTINE_NAME, r.ROUTINE_TYPE,
                   (SELECT group_concat(concat_ws(' ', -- MariaDB says IN for a function's, MySQL refuses it there
                                        CASE WHEN r.ROUTINE_TYPE = 'PROCEDURE' THEN p.PARAMETER_MODE END,
                                        concat('`', replace(p.PARAMETER_NAME, '`', '``'), '`'), p.DTD_IDENTIFIER)
                                        ORDER BY p.ORDINAL_POSITION SEPARATOR ', ')
                    FROM information_schema.PARAMETERS p WHERE p.SPECIFIC_SCHEMA = r.ROUTINE_SCHEMA
                    AND p.SPECIFIC_NAME = r.SPECIFIC_NAME AND p.ROUTINE_TYPE = r.ROUTINE_TYPE
                    AND p.ORDINAL_POSITION > 0),
                   r.DTD_IDENTIFIER, r.IS_DETERMINISTIC, r.SQL_DATA_ACCESS, r.SECURITY_TYPE, r.ROUTINE_COMMENT,
                   r.ROUTINE_DEFINITION
            FROM information_schema.ROUTINES r
            WHERE r.ROUTINE_SCHEMA = ? AND r.ROUTINE_TYPE IN ('FUNCTION', 'PROCEDURE')
            ORDER BY r.ROUTINE_TYPE, r.ROUTINE_NAME
            """;

    /** Events; a STARTS the statement left out is the creation time, so it is read as left out. */
    static final String EVENTS = """
            SELECT EVENT_NAME, EVENT_TYPE, EXECUTE_AT, INTERVAL_VALUE, INTERVAL_FIELD,
                   CASE WHEN STARTS <> CREATED THEN STARTS END, ENDS, STATUS, ON_COMPLETION, EVENT_COMMENT,
                   EVENT_DEFINITION
            FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ?
            ORDER BY EVENT_NAME
            """;

    private MySqlObjects() {
    }

    /** The schema's objects, without those excluded by name or on an excluded table. */
    static List<DefinedObject> read(Connection connection, Features features, String schema,
                                    InspectOptions.NameFilter excluded, Set<String> tables) throws SQLException {
        List<DefinedObject> objects = new ArrayList<>();
        List<String> functions = new ArrayList<>();
        query(connection, ROUTINES, schema, rs -> {
            String name = rs.getString(1);
            if (!excluded.excludes(name)) {
                objects.add(routine(rs.getString(2), name, rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), unqualify(rs.getString(9), schema)));
                if ("FUNCTION".equals(rs.getString(2))) {
                    functions.add(name);
                }
            }
        });
        List<String[]> views = new ArrayList<>();
        query(connection, features.isMariaDb() ? VIEWS_MARIADB : VIEWS_MYSQL, schema, rs -> views.add(new String[] {
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)}));
        String qualifier = DatabaseKind.MYSQL.quote(schema) + ".";
        for (String[] view : views) {
            if (excluded.excludes(view[0])) {
                continue;
            }
            String check = "NONE".equals(view[2]) ? "" : " WITH " + view[2] + " CHECK OPTION";
            String definition = "CREATE ALGORITHM=" + view[4] + " SQL SECURITY " + view[3] + " VIEW "
                    + DatabaseKind.MYSQL.quote(view[0]) + " AS " + unqualify(view[1], schema) + check;
            Set<String> dependsOn = new LinkedHashSet<>();
            for (String[] other : views) {
                if (!other[0].equals(view[0]) && view[1].contains(qualifier + DatabaseKind.MYSQL.quote(other[0]))) {
                    dependsOn.add(DefinedObject.Kind.VIEW + " " + other[0]);
                }
            }
            for (String function : functions) {
                if (view[1].contains(qualifier + DatabaseKind.MYSQL.quote(function) + "(")) {
                    dependsOn.add(DefinedObject.Kind.FUNCTION + " " + function);
                }
            }
            for (String table : tables) {
                if (view[1].contains(qualifier + DatabaseKind.MYSQL.quote(table))) {
                    dependsOn.add(DefinedObject.tableRef(table));
                }
            }
            objects.add(new DefinedObject(DefinedObject.Kind.VIEW, view[0], null, List.of(definition), null,
                    List.copyOf(dependsOn)));
        }
        Map<String, String> previous = new HashMap<>();
        query(connection, TRIGGERS, schema, rs -> {
            String name = rs.getString(1);
            String table = rs.getString(2);
            String slot = table + " " + rs.getString(3) + " " + rs.getString(4);
            // a second trigger for the same table, timing and event keeps its place after the one before it
            String follows = previous.put(slot, name);
            if (excluded.excludes(name) || excluded.excludes(table)) {
                return;
            }
            String definition = "CREATE TRIGGER " + DatabaseKind.MYSQL.quote(name) + " " + rs.getString(3) + " "
                    + rs.getString(4) + " ON " + DatabaseKind.MYSQL.quote(table) + " FOR EACH ROW"
                    + (follows == null ? "" : " FOLLOWS " + DatabaseKind.MYSQL.quote(follows)) + " "
                    + unqualify(rs.getString(6), schema);
            List<String> dependsOn = follows == null ? List.of(DefinedObject.tableRef(table))
                    : List.of(DefinedObject.tableRef(table), DefinedObject.Kind.TRIGGER + " " + table + "." + follows);
            objects.add(new DefinedObject(DefinedObject.Kind.TRIGGER, name, table, List.of(definition), null,
                    dependsOn));
        });
        query(connection, EVENTS, schema, rs -> {
            if (!excluded.excludes(rs.getString(1))) {
                objects.add(event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), unqualify(rs.getString(11), schema)));
            }
        });
        return objects;
    }

    /** CREATE EVENT from information_schema.EVENTS, in SHOW CREATE EVENT's order of clauses. */
    static DefinedObject event(String name, String type, String executeAt, String intervalValue,
                               String intervalField, String starts, String ends, String status,
                               String onCompletion, String comment, String body) {
        String schedule = "ONE TIME".equals(type) ? "AT '" + executeAt + "'"
                // MariaDB stores a compound interval quoted ('1:30'), MySQL bare
                : "EVERY " + (intervalValue.matches("\\d+|'.*'") ? intervalValue : literal(intervalValue)) + " "
                + intervalField + (starts == null ? "" : " STARTS '" + starts + "'")
                + (ends == null ? "" : " ENDS '" + ends + "'");
        String state = switch (status) {
            case "ENABLED" -> "ENABLE";
            case "DISABLED" -> "DISABLE";
            default -> "DISABLE ON SLAVE"; // SLAVESIDE_DISABLED (MariaDB), REPLICA_SIDE_DISABLED (MySQL)
        };
        String definition = "CREATE EVENT " + DatabaseKind.MYSQL.quote(name) + " ON SCHEDULE " + schedule
                + " ON COMPLETION " + onCompletion + " " + state
                + (comment == null || comment.isEmpty() ? "" : " COMMENT " + literal(comment)) + " DO " + body;
        return new DefinedObject(DefinedObject.Kind.EVENT, name, null, List.of(definition), null, List.of());
    }

    /** CREATE FUNCTION/PROCEDURE from its stored parts; the body is the server's copy of what was written. */
    private static DefinedObject routine(String type, String name, String parameters, String returns,
                                         String deterministic, String dataAccess, String security, String comment,
                                         String body) {
        boolean function = "FUNCTION".equals(type);
        String definition = "CREATE " + type + " " + DatabaseKind.MYSQL.quote(name) + "("
                + (parameters == null ? "" : parameters) + ")" + (function ? " RETURNS " + returns : "")
                + ("YES".equals(deterministic) ? " DETERMINISTIC" : " NOT DETERMINISTIC") + " " + dataAccess
                + " SQL SECURITY " + security
                + (comment == null || comment.isEmpty() ? "" : " COMMENT " + literal(comment))
                + " " + body;
        return new DefinedObject(function ? DefinedObject.Kind.FUNCTION : DefinedObject.Kind.PROCEDURE, name, null,
                List.of(definition), null, List.of());
    }

    private static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static String unqualify(String text, String schema) {
        return CatalogFingerprint.unqualify(text, schema, '`');
    }
}
