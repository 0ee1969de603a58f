package org.schemamigrate.diff.inspect;

import java.sql.Connection;
import java.sql.SQLException;

/** MySQL family: the default character set and collation scratch databases are created with. */
final class MySqlScratchDefaults {
    private static final String DATABASE_DEFAULTS = """
            SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA
            WHERE SCHEMA_NAME = coalesce(?, database())""";
    private static final String UTF8MB4_DEFAULT = """
            SELECT CHARACTER_SET_NAME, DEFAULT_COLLATE_NAME FROM information_schema.CHARACTER_SETS
            WHERE CHARACTER_SET_NAME = 'utf8mb4'""";

    private MySqlScratchDefaults() {
    }

    /** The default character set and collation of {@code schema} (null: the connection's database), or null. */
    static String[] of(Connection c, String schema) throws SQLException {
        return queryPair(c, DATABASE_DEFAULTS, schema);
    }

    /** utf8mb4 with the server's default collation for it. */
    static String[] utf8mb4(Connection c) throws SQLException {
        return queryPair(c, UTF8MB4_DEFAULT, null);
    }

    private static String[] queryPair(Connection c, String sql, String parameter) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
            if (sql.contains("?")) {
                ps.setString(1, parameter);
            }
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String[] pair = {rs.getString(1), rs.getString(2)};
                for (String name : pair) {
                    if (name == null || !name.matches("[A-Za-z0-9_]+")) {
                        throw new SQLException("unexpected character set or collation name '" + name + "'");
                    }
                }
                return pair;
            }
        }
    }
}
