package org.schemamigrate.diff.verify;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.inspect.ScratchSpace;

/**
 * Row counts of the namespace's tables, for the data check: a table that still exists after the down but has fewer
 * rows lost data the down was meant to keep (a drop-and-recreate down). Tables the down drops were its to drop.
 */
final class RowCounts {
    private RowCounts() {
    }

    static Map<String, Long> read(ScratchSpace scratch, String namespace, InspectOptions inspect) {
        DatabaseKind kind = scratch.kind();
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = scratch.connect(namespace)) {
            DatabaseMetaData meta = c.getMetaData();
            boolean postgres = kind == DatabaseKind.POSTGRESQL;
            List<String> tables = new ArrayList<>();
            String schema = scratch.schemaOf(namespace);
            try (ResultSet rs = meta.getTables(postgres ? null : schema, postgres ? schema : null, "%",
                    new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (!inspect.nameFilter().excludes(table)) {
                        tables.add(table);
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + kind.quote(table))) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not count the rows of the scratch"
                    + " namespace " + namespace + ": " + e.getMessage(), e);
        }
        return counts;
    }

    /** "table: 3 of 5 rows lost" for each table present in both with fewer rows after. */
    static List<String> lost(Map<String, Long> before, Map<String, Long> after) {
        List<String> lost = new ArrayList<>();
        before.forEach((table, rows) -> {
            Long now = after.get(table);
            if (now != null && now < rows) {
                lost.add(table + ": " + (rows - now) + " of " + rows + " rows lost");
            }
        });
        return lost;
    }
}
