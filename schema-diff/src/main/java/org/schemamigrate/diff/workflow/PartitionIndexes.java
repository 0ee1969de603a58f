package org.schemamigrate.diff.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.inspect.ScratchSpace;

/**
 * PostgreSQL: the indexes migrations made on one partition alone (not attached to an index of its parent). The
 * model holds a partitioned table's indexes on the parent only, so {@link KeptPartitioning} creates these in the
 * desired namespace as the server prints them (the table's schema left out), and the diff never sees them.
 */
final class PartitionIndexes {
    private static final String LOCAL = """
            SELECT t.relname, replace(pg_get_indexdef(i.indexrelid), ' ON ' || quote_ident(n.nspname) || '.'
                           || quote_ident(t.relname) || ' ', ' ON ' || quote_ident(t.relname) || ' ') || ';'
            FROM pg_index i
            JOIN pg_class t ON t.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = ? AND t.relispartition
              AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid
                              AND c.conrelid = t.oid)
            ORDER BY 2
            """;

    private PartitionIndexes() {
    }

    /** The statements that create the local indexes of {@code partitions} in {@code space}, one a line. */
    static String of(ScratchSpace scratch, String space, Set<String> partitions) {
        StringBuilder script = new StringBuilder();
        try (Connection c = scratch.connect(space); PreparedStatement query = c.prepareStatement(LOCAL)) {
            query.setString(1, scratch.schemaOf(space));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (partitions.contains(rs.getString(1))) {
                        script.append(rs.getString(2)).append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "The dev database failed while reading the"
                    + " indexes of partitions: " + e.getMessage(), e);
        }
        return script.toString();
    }
}
