package org.schemamigrate.diff.inspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * Objects of a schema listed by name (views, functions, triggers, …; events on MySQL/MariaDB) for fleet drift.
 * init no longer uses them: every kind listed here is in the model now.
 */
public final class UnmanagedObjects {
    // extension members (pg_depend deptype 'e') belong to their extension, not to the application
    private static final String POSTGRES = """
            SELECT 'view', viewname FROM pg_views WHERE schemaname = ?
            UNION ALL SELECT 'materialized view', matviewname FROM pg_matviews WHERE schemaname = ?
            UNION ALL SELECT CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END, p.proname
              FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
              WHERE n.nspname = ? AND NOT EXISTS
                (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
            UNION ALL SELECT 'trigger', c.relname || '.' || t.tgname
              FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = ? AND NOT t.tgisinternal
            ORDER BY 1, 2""";
    private static final String MYSQL = """
            SELECT 'event', event_name FROM information_schema.events WHERE event_schema = ?
            ORDER BY 1, 2""";

    private UnmanagedObjects() {
    }

    /** "view customer_summary", "trigger orders.audit_orders", … sorted by kind and name. */
    public static List<String> list(Connection c, DatabaseKind kind, String schema) throws SQLException {
        List<String> objects = new ArrayList<>();
        String sql = kind == DatabaseKind.POSTGRESQL ? POSTGRES : MYSQL;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= sql.chars().filter(ch -> ch == '?').count(); i++) {
                ps.setString(i, schema);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    objects.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
        }
        return objects;
    }
}
