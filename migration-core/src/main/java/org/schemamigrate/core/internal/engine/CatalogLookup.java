package org.schemamigrate.core.internal.engine;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Whether a table, column, index or constraint exists, for {@link InDoubt}. Names are compared the dialect's way
 * ({@link org.schemamigrate.core.internal.dialect.RunnerDialect#catalogNameEquals}).
 */
final class CatalogLookup {
    private static final String TABLE = "SELECT COUNT(*) FROM information_schema.tables WHERE %s AND %s";
    private static final String COLUMN = "SELECT COUNT(*) FROM information_schema.columns WHERE %s AND %s AND %s";
    private static final String CONSTRAINT = "SELECT COUNT(*) FROM information_schema.table_constraints"
            + " WHERE %s AND %s";

    private final Session session;

    CatalogLookup(Session session) {
        this.session = session;
    }

    boolean exists(StatementEffect effect) throws SQLException {
        String schema = effect.schema() == null ? session.schema() : effect.schema();
        boolean indexOnTable = effect.table() != null && session.dialect().indexNamesPerTable();
        return switch (effect.kind()) {
            case "table" -> count(String.format(TABLE, eq("table_schema"), eq("table_name")), schema, effect.table());
            case "column" -> count(String.format(COLUMN, eq("table_schema"), eq("table_name"), eq("column_name")),
                    schema, effect.table(), effect.name());
            case "constraint" -> effect.table() == null
                    ? count(String.format(CONSTRAINT, eq("constraint_schema"), eq("constraint_name")), schema,
                    effect.name())
                    : count(String.format(CONSTRAINT, eq("constraint_schema"), eq("constraint_name") + " AND "
                    + eq("table_name")), schema, effect.name(), effect.table());
            default -> indexOnTable
                    ? count(session.dialect().indexExistsQuery(true), schema, effect.name(), effect.table())
                    : count(session.dialect().indexExistsQuery(false), schema, effect.name());
        };
    }

    private String eq(String column) {
        return session.dialect().catalogNameEquals(column);
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
