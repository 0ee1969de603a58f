package org.schemamigrate.core.internal.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.schemamigrate.core.internal.dialect.RunnerDialect;

/**
 * Asks the database what became of a migration's transaction (PostgreSQL can say), so a failure message never
 * claims a rollback the database did not do: a statement that ended the transaction early (a Java migration
 * that commits, say) makes the first transaction id "committed" although the runner rolled back what came after.
 */
final class TransactionProbe {
    private static final TransactionProbe NONE = new TransactionProbe(null, null);
    private final String xid;
    private final String statusQuery;

    private TransactionProbe(String xid, String statusQuery) {
        this.xid = xid;
        this.statusQuery = statusQuery;
    }

    /** Called first in the transaction; on other databases, or if asking fails, the probe knows nothing. */
    static TransactionProbe start(Connection c, RunnerDialect dialect) {
        String idQuery = dialect.transactionIdQuery();
        if (idQuery == null) {
            return NONE;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(idQuery)) {
            return rs.next() ? new TransactionProbe(rs.getString(1), dialect.transactionStatusQuery()) : NONE;
        } catch (SQLException e) {
            return NONE;
        }
    }

    /** After the rollback: true only when the database reports the transaction committed. */
    boolean committed(Connection c) {
        if (xid == null) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement(statusQuery)) {
            ps.setString(1, xid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && "committed".equals(rs.getString(1));
            }
        } catch (SQLException e) {
            return false;
        }
    }
}
