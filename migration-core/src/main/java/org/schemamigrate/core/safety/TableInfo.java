package org.schemamigrate.core.safety;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * What the catalog says about a table a statement names: its exact name, its columns with their types, and its
 * primary key. The safety checks read rows through it, so every name they put in SQL is the catalog's, quoted.
 */
record TableInfo(DatabaseKind kind, String schema, String name, List<Column> columns, List<Column> primaryKey) {

    /**
     * One column. {@code type} is what a literal is cast to on PostgreSQL ({@code format_type}) and the data type
     * on MySQL; {@code generated} columns are computed by the database and never restored.
     */
    record Column(String name, String type, boolean generated, boolean identityAlways) {
    }

    /** The table, or null when it does not exist (the statement itself then fails or does nothing). */
    static TableInfo load(Connection c, DatabaseKind kind, TableName table) throws SQLException {
        return kind == DatabaseKind.POSTGRESQL ? loadPostgres(c, table) : loadMySql(c, kind, table);
    }

    private static TableInfo loadPostgres(Connection c, TableName table) throws SQLException {
        String sql = "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attgenerated <> '',"
                + " a.attidentity = 'a',"
                + " COALESCE((SELECT p.n FROM unnest(i.indkey) WITH ORDINALITY p(attnum, n)"
                + " WHERE p.attnum = a.attnum), 0), n.nspname, k.relname"
                + " FROM pg_attribute a JOIN pg_class k ON k.oid = a.attrelid"
                + " JOIN pg_namespace n ON n.oid = k.relnamespace"
                + " LEFT JOIN pg_index i ON i.indrelid = a.attrelid AND i.indisprimary"
                + " WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";
        List<Column> columns = new ArrayList<>();
        TreeMap<Integer, Column> key = new TreeMap<>();
        String schema = null;
        String name = null;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, table.sql(DatabaseKind.POSTGRESQL));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Column column = new Column(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4));
                    columns.add(column);
                    if (rs.getInt(5) > 0) {
                        key.put(rs.getInt(5), column);
                    }
                    schema = rs.getString(6);
                    name = rs.getString(7);
                }
            }
        }
        return columns.isEmpty() ? null : new TableInfo(DatabaseKind.POSTGRESQL, schema, name, columns,
                List.copyOf(key.values()));
    }

    private static TableInfo loadMySql(Connection c, DatabaseKind kind, TableName table) throws SQLException {
        String schema = table.schema() == null ? currentDatabase(c) : table.schema().name();
        // unquoted names lost their case in normalisation: find the table without regard to case, exact wins
        String name = null;
        try (PreparedStatement s = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND lower(table_name) = lower(?)")) {
            s.setString(1, schema);
            s.setString(2, table.table().name());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String found = rs.getString(1);
                    if (name == null || found.equals(table.table().name())) {
                        name = found;
                    }
                }
            }
        }
        if (name == null || table.table().quoted() && !name.equals(table.table().name())) {
            return null;
        }
        List<Column> columns = new ArrayList<>();
        List<Column> key = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT c.column_name, c.data_type, c.extra,"
                + " (SELECT k.ordinal_position FROM information_schema.key_column_usage k"
                + " WHERE k.table_schema = c.table_schema AND k.table_name = c.table_name"
                + " AND k.column_name = c.column_name AND k.constraint_name = 'PRIMARY')"
                + " FROM information_schema.columns c WHERE c.table_schema = ? AND c.table_name = ?"
                + " ORDER BY c.ordinal_position")) {
            s.setString(1, schema);
            s.setString(2, name);
            try (ResultSet rs = s.executeQuery()) {
                TreeMap<Integer, Column> ordered = new TreeMap<>();
                while (rs.next()) {
                    String extra = rs.getString(3) == null ? "" : rs.getString(3).toUpperCase(Locale.ROOT);
                    Column column = new Column(rs.getString(1), rs.getString(2).toLowerCase(Locale.ROOT),
                            extra.matches(".*\\b(VIRTUAL|STORED|PERSISTENT)\\b.*"), false);
                    columns.add(column);
                    if (rs.getObject(4) != null) {
                        ordered.put(rs.getInt(4), column);
                    }
                }
                key.addAll(ordered.values());
            }
        }
        return columns.isEmpty() ? null : new TableInfo(kind, schema, name, columns, key);
    }

    private static String currentDatabase(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT DATABASE()"); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The schema-qualified, quoted name. */
    String sql() {
        return kind.quote(schema) + "." + kind.quote(name);
    }

    /** The column a statement names, or null. MySQL column names never depend on case. */
    Column column(Ident ident) {
        boolean caseInsensitive = kind.isMySqlFamily();
        return columns.stream().filter(col -> ident.matches(col.name(), caseInsensitive)).findFirst().orElse(null);
    }

    /**
     * The columns that identify a row: the primary key, or else every other column that can be compared
     * (PostgreSQL json and xml have no equality). Rows equal in all of them are indistinguishable anyway.
     */
    List<Column> rowKey(Column except) {
        if (!primaryKey.isEmpty()) {
            return primaryKey;
        }
        return columns.stream().filter(col -> !col.equals(except) && !col.generated()
                && !(kind == DatabaseKind.POSTGRESQL && col.type().matches("json|xml"))).toList();
    }

    @Override
    public String toString() {
        return name;
    }
}
