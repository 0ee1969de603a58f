package org.schemamigrate.core.internal.engine;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Whether the session's schema exists, so a missing schema is not reported as missing rights. */
final class SchemaCheck {
    private SchemaCheck() {
    }

    /** True when the schema exists or when asking fails (then the original error stands). */
    static boolean exists(Session session) {
        String sql = session.dialect().schemaExistsQuery();
        try (PreparedStatement ps = session.connection().prepareStatement(sql)) {
            ps.setString(1, session.schema());
            try (ResultSet rs = ps.executeQuery()) {
                return !rs.next() || rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            return true;
        }
    }
}
