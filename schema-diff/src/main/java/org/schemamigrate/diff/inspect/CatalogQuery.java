package org.schemamigrate.diff.inspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The loop both inspectors run per object kind: one catalog query for the schema, each row to a reader. */
public final class CatalogQuery {
    private CatalogQuery() {
    }

    /** Reads one row of a catalog query. */
    @FunctionalInterface
    public interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql} with the schema as its only parameter and hands every row to {@code reader}. */
    public static void query(Connection connection, String sql, String schema, RowReader reader)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    /**
     * The schema a query of one row names: {@code schema} itself when given, else the connection's current one;
     * {@code missing} explains a connection that has none.
     */
    public static String schemaName(Connection connection, String sql, String schema, String missing)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                String name = rs.next() ? rs.getString(1) : null;
                if (name == null) {
                    throw new SQLException(missing + " name the schema to inspect explicitly.");
                }
                return name;
            }
        }
    }
}
