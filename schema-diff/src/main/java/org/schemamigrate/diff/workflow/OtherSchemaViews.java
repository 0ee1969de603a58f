package org.schemamigrate.diff.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.change.ColumnChange;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.inspect.ScratchSpace;

/**
 * PostgreSQL, entities as the desired schema: views in another schema, made by hand, over managed columns. They
 * stay as they are, but are not rebuilt around a change (only the managed schema's objects are), and PostgreSQL
 * refuses to retype or drop a column a view uses. So a plan that retypes or drops such a column (or drops its
 * table) is refused before the dev database fails on it, naming the views and columns.
 */
final class OtherSchemaViews {
    /** The kind {@link FailureDetails.NotPlanned} names these views under. */
    static final String KIND = "view in another schema over a changed column";

    /** (view qualified by its schema, managed table, column) for every column a view of another schema uses. */
    private static final String USES = """
            SELECT DISTINCT quote_ident(vn.nspname) || '.' || quote_ident(v.relname), t.relname, a.attname
            FROM pg_depend d
            JOIN pg_rewrite rw ON rw.oid = d.objid
            JOIN pg_class v ON v.oid = rw.ev_class
            JOIN pg_namespace vn ON vn.oid = v.relnamespace
            JOIN pg_class t ON t.oid = d.refobjid
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
            WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass
              AND t.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = ?)
              AND v.relnamespace <> t.relnamespace
            """;

    private OtherSchemaViews() {
    }

    static void refuseBrokenBy(ScratchSpace scratch, String currentSpace, List<SchemaChange> changes) {
        Set<String> views = new TreeSet<>();
        Set<String> columns = new TreeSet<>();
        try (Connection c = scratch.connect(currentSpace);
             PreparedStatement query = c.prepareStatement(USES)) {
            query.setString(1, scratch.schemaOf(currentSpace));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (breaks(changes, rs.getString(2), rs.getString(3))) {
                        views.add(rs.getString(1));
                        columns.add(rs.getString(2) + "." + rs.getString(3));
                    }
                }
            }
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "The dev database failed while reading the"
                    + " views of other schemas: " + e.getMessage(), e);
        }
        if (!views.isEmpty()) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "Views written by hand in another schema ("
                    + String.join(", ", views) + ") use columns this change retypes or drops ("
                    + String.join(", ", columns) + "); schemamigrate keeps other schemas as they are and does not"
                    + " rebuild them. Drop and re-create them in a migration written by hand (migration:create)"
                    + " together with the entity change. Nothing was written.",
                    new FailureDetails.NotPlanned(new TreeMap<>(Map.of(KIND, List.copyOf(views)))), null);
        }
    }

    private static boolean breaks(List<SchemaChange> changes, String table, String column) {
        return changes.stream().anyMatch(change -> {
            if (change instanceof SchemaChange.DropTable drop) {
                return drop.dropped().name().equals(table);
            }
            if (change instanceof SchemaChange.DropColumn drop) {
                return drop.table().equals(table) && drop.column().name().equals(column);
            }
            return change instanceof SchemaChange.AlterColumn alter && alter.table().equals(table)
                    && alter.to().name().equals(column) && (alter.changes().contains(ColumnChange.TYPE)
                    || alter.changes().contains(ColumnChange.COLLATION));
        });
    }
}
