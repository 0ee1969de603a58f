package org.schemamigrate.diff.inspect.mysql;

import static org.schemamigrate.diff.inspect.CatalogQuery.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;

/**
 * The partitioning clause of every partitioned table, rebuilt from information_schema.PARTITIONS with one query
 * (SHOW CREATE TABLE would cost a round trip per table): {@code PARTITION BY <method> (<expression>)} with
 * {@code PARTITIONS n} where the server named the partitions itself, else the partitions with their bounds and
 * comments. The proof's fingerprint (SHOW CREATE TABLE) decides whether the rebuilt clause is the same.
 */
final class MySqlPartitions {

    static final String PARTITIONS = """
            SELECT TABLE_NAME, PARTITION_NAME, PARTITION_METHOD, PARTITION_EXPRESSION, PARTITION_DESCRIPTION,
                   PARTITION_COMMENT, SUBPARTITION_METHOD
            FROM information_schema.PARTITIONS
            WHERE TABLE_SCHEMA = ? AND PARTITION_NAME IS NOT NULL
              AND (SUBPARTITION_ORDINAL_POSITION IS NULL OR SUBPARTITION_ORDINAL_POSITION = 1)
            ORDER BY TABLE_NAME, PARTITION_ORDINAL_POSITION
            """;

    private record Part(String name, String method, String expression, String description, String comment) {
    }

    private MySqlPartitions() {
    }

    /** Table name → its partitioning clause, for the partitioned tables of the schema. */
    static Map<String, String> read(Connection connection, String schema) throws SQLException {
        Map<String, List<Part>> parts = new LinkedHashMap<>();
        query(connection, PARTITIONS, schema, rs -> {
            if (rs.getString(7) != null) {
                throw new MigrationException(CoreErrorCode.CONFIGURATION, "Table " + rs.getString(1) + " is"
                        + " subpartitioned (SUBPARTITION BY): subpartitioning is not supported; write this migration"
                        + " by hand (migration:create), or exclude the table (migration.exclude).");
            }
            parts.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(part(rs));
        });
        Map<String, String> clauses = new LinkedHashMap<>();
        parts.forEach((table, list) -> clauses.put(table, clause(list)));
        return clauses;
    }

    private static Part part(ResultSet rs) throws SQLException {
        return new Part(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
    }

    private static String clause(List<Part> parts) {
        Part first = parts.get(0);
        String method = first.method();
        boolean columns = method.endsWith(" COLUMNS");
        String expression = first.expression() == null ? "" : first.expression();
        StringBuilder sql = new StringBuilder("PARTITION BY ").append(method)
                .append(columns ? "(" : " (").append(expression).append(')');
        boolean serverNamed = true;
        for (int i = 0; i < parts.size(); i++) {
            serverNamed &= parts.get(i).name().equals("p" + i) && parts.get(i).comment().isEmpty();
        }
        if (method.endsWith("HASH") || method.endsWith("KEY")) {
            // one partition is the default, which SHOW CREATE TABLE leaves out
            if (serverNamed) {
                return parts.size() == 1 ? sql.toString()
                        : sql.append(" PARTITIONS ").append(parts.size()).toString();
            }
        }
        List<String> definitions = new ArrayList<>();
        for (Part part : parts) {
            StringBuilder definition = new StringBuilder("PARTITION `").append(part.name().replace("`", "``"))
                    .append('`');
            String bound = part.description();
            if (method.startsWith("RANGE")) {
                definition.append(" VALUES LESS THAN ").append(bound.equals("MAXVALUE") && !columns ? bound
                        : "(" + bound + ")");
            } else if (method.startsWith("LIST")) {
                definition.append(bound.equals("DEFAULT") ? " DEFAULT" : " VALUES IN (" + bound + ")");
            }
            if (!part.comment().isEmpty()) {
                definition.append(" COMMENT = '").append(part.comment().replace("\\", "\\\\").replace("'", "''"))
                        .append('\'');
            }
            definitions.add(definition.toString());
        }
        return sql.append("\n(").append(String.join(",\n ", definitions)).append(')').toString();
    }
}
