package org.schemamigrate.diff.prove;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.inspect.mysql.MySqlShowCreate;

/**
 * The MySQL/MariaDB fingerprint: {@code SHOW CREATE TABLE} (or {@code VIEW}, {@code SEQUENCE}) per object, one
 * line per line of its text so column and key order do not count, with the AUTO_INCREMENT counter taken out
 * (the server's state, not the schema's); triggers, routines and events from information_schema in one query
 * each. The texts come from {@link MySqlShowCreate}: in one round trip where the connection allows several
 * statements, else one per object; within an inspection on the same connection, those the inspector read are
 * not read again.
 */
final class MysqlFingerprint implements CatalogFingerprint.Reader {
    private static final Pattern AUTO_INCREMENT = Pattern.compile(" AUTO_INCREMENT=\\d+");

    static final String OBJECTS = """
            SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?
            """;

    static final String TRIGGERS = """
            SELECT EVENT_OBJECT_TABLE, concat(TRIGGER_NAME, ' ', ACTION_TIMING, ' ', EVENT_MANIPULATION,
                   ' ORDER ', ACTION_ORDER, ' ', ACTION_STATEMENT)
            FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?
            """;

    static final String ROUTINES = """
            SELECT r.ROUTINE_NAME, concat(r.ROUTINE_TYPE, ' (', coalesce((SELECT group_concat(concat_ws(' ',
                       p.PARAMETER_MODE, p.PARAMETER_NAME, p.DTD_IDENTIFIER) ORDER BY p.ORDINAL_POSITION SEPARATOR ', ')
                   FROM information_schema.PARAMETERS p WHERE p.SPECIFIC_SCHEMA = r.ROUTINE_SCHEMA
                   AND p.SPECIFIC_NAME = r.SPECIFIC_NAME AND p.ORDINAL_POSITION > 0), ''), ') ',
                   coalesce(r.DTD_IDENTIFIER, ''), ' ', r.IS_DETERMINISTIC, ' ', r.SQL_DATA_ACCESS,
                   ' comment=', quote(r.ROUTINE_COMMENT), ' ', r.ROUTINE_DEFINITION)
            FROM information_schema.ROUTINES r WHERE r.ROUTINE_SCHEMA = ?
            """;

    static final String EVENTS = """
            SELECT EVENT_NAME, concat_ws(' ', EVENT_TYPE, EXECUTE_AT, INTERVAL_VALUE, INTERVAL_FIELD,
                   CASE WHEN STARTS <> CREATED THEN STARTS END, ENDS, -- a STARTS left out is the creation time
                   STATUS, ON_COMPLETION, EVENT_COMMENT, EVENT_DEFINITION)
            FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ?
            """;

    @Override
    public CatalogFingerprint read(Connection connection, InspectOptions options) throws SQLException {
        String schema = options.schema() != null ? options.schema() : currentDatabase(connection);
        InspectOptions.NameFilter excluded = options.nameFilter();
        List<String> lines = new ArrayList<>();
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (List<String> object : rows(connection, OBJECTS, schema)) {
            if (!excluded.excludes(object.get(0))) {
                String what = switch (object.get(1)) {
                    case "VIEW", "SYSTEM VIEW" -> "VIEW";
                    case "SEQUENCE" -> "SEQUENCE";
                    default -> "TABLE";
                };
                byKind.computeIfAbsent(what, k -> new ArrayList<>()).add(object.get(0));
            }
        }
        for (Map.Entry<String, List<String>> objects : byKind.entrySet()) {
            String kind = objects.getKey().toLowerCase(java.util.Locale.ROOT);
            Map<String, String> texts = MySqlShowCreate.read(connection, objects.getKey(), schema, objects.getValue());
            texts.forEach((name, text) -> {
                for (String line : AUTO_INCREMENT.matcher(text).replaceAll("").split("\n")) {
                    String trimmed = line.strip();
                    trimmed = trimmed.endsWith(",") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
                    lines.add(kind + " " + name + ": " + CatalogFingerprint.unqualify(trimmed, schema, '`'));
                }
            });
        }
        add(lines, "trigger", rows(connection, TRIGGERS, schema), schema, excluded);
        add(lines, "routine", rows(connection, ROUTINES, schema), schema, excluded);
        add(lines, "event", rows(connection, EVENTS, schema), schema, excluded);
        return new CatalogFingerprint(lines);
    }

    private static void add(List<String> lines, String kind, List<List<String>> rows, String schema,
                            InspectOptions.NameFilter excluded) {
        for (List<String> row : rows) {
            if (!excluded.excludes(row.get(0))) {
                lines.add(kind + " " + row.get(0) + ": " + CatalogFingerprint.unqualify(row.get(1), schema, '`'));
            }
        }
    }

    private static List<List<String>> rows(Connection connection, String sql, String schema) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, schema);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(List.of(rs.getString(1), String.valueOf(rs.getString(2))));
                }
            }
        }
        return rows;
    }

    private static String currentDatabase(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT database()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
