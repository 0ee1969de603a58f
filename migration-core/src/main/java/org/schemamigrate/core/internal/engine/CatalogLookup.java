package org.schemamigrate.core.internal.engine;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * Whether a table, column, index or constraint exists, for {@link InDoubt}. MySQL compares names without
 * regard to case here (a statement's unquoted names are lower-cased when read); PostgreSQL exactly.
 */
final class CatalogLookup {
    private static final String TABLE = "SELECT COUNT(*) FROM information_schema.tables WHERE %s AND %s";
    private static final String COLUMN = "SELECT COUNT(*) FROM information_schema.columns WHERE %s AND %s AND %s";
    private static final String CONSTRAINT = "SELECT COUNT(*) FROM information_schema.table_constraints"
            + " WHERE %s AND %s";
    private static final String MYSQL_INDEX = "SELECT COUNT(*) FROM information_schema.statistics WHERE %s AND %s";
    private static final String POSTGRES_INDEX = "SELECT COUNT(*) FROM pg_indexes WHERE %s AND %s";

    private final Session session;

    CatalogLookup(Session session) {
        this.session = session;
    }

    boolean exists(StatementEffect effect) throws SQLException {
        String schema = effect.schema() == null ? session.schema() : effect.schema();
        boolean pg = session.kind() == DatabaseKind.POSTGRESQL;
        return switch (effect.kind()) {
            case "table" -> count(String.format(TABLE, eq("table_schema"), eq("table_name")), schema, effect.table());
            case "column" -> count(String.format(COLUMN, eq("table_schema"), eq("table_name"), eq("column_name")),
                    schema, effect.table(), effect.name());
            case "constraint" -> effect.table() == null
                    ? count(String.format(CONSTRAINT, eq("constraint_schema"), eq("constraint_name")), schema,
                    effect.name())
                    : count(String.format(CONSTRAINT, eq("constraint_schema"), eq("constraint_name") + " AND "
                    + eq("table_name")), schema, effect.name(), effect.table());
            default -> pg ? count(String.format(POSTGRES_INDEX, eq("schemaname"), eq("indexname")), schema,
                    effect.name())
                    : effect.table() == null
                    ? count(String.format(MYSQL_INDEX, eq("table_schema"), eq("index_name")), schema, effect.name())
                    : count(String.format(MYSQL_INDEX, eq("table_schema"), eq("index_name") + " AND "
                    + eq("table_name")), schema, effect.name(), effect.table());
        };
    }

    private String eq(String column) {
        return session.kind() == DatabaseKind.POSTGRESQL ? column + " = ?" : "LOWER(" + column + ") = LOWER(?)";
    }

    private boolean count(String sql, String... values) throws SQLException {
        try (PreparedStatement ps = session.connection().prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 1, values[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }
}
