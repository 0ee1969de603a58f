package org.schemamigrate.diff.prove;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.diff.inspect.InspectOptions;

/** The PostgreSQL fingerprint: one round trip for any number of objects ({@link PostgresFingerprintQueries}). */
final class PostgresFingerprint implements CatalogFingerprint.Reader {

    @Override
    public CatalogFingerprint read(Connection connection, InspectOptions options) throws SQLException {
        String schema = options.schema() != null ? options.schema() : currentSchema(connection);
        InspectOptions.NameFilter excluded = options.nameFilter();
        List<String> lines = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(PostgresFingerprintQueries.ALL)) {
            query.setString(1, schema);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String owner = rs.getString(2);
                    if (!excluded.excludes(owner)) {
                        lines.add(rs.getString(1) + " " + owner + ": "
                                + CatalogFingerprint.unqualify(rs.getString(3), schema, '"'));
                    }
                }
            }
        }
        return new CatalogFingerprint(lines);
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
