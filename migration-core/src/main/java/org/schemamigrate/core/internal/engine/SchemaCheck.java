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
        // pg_namespace lists schemas the user has no rights on, too (information_schema.schemata does not)
        String sql = session.kind() == org.schemamigrate.core.db.DatabaseKind.POSTGRESQL
                ? "SELECT COUNT(*) FROM pg_catalog.pg_namespace WHERE nspname = ?"
                : "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?";
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
