package org.schemamigrate.core.internal.engine;

import java.sql.Connection;
import java.sql.SQLException;

/** Clean-up calls on a connection after a failure, where a second error would only hide the first. */
final class QuietConnections {
    private QuietConnections() {
    }

    static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // the connection is broken; the database discards the open transaction itself
        }
    }

    static void autoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            // the session closes this connection next
        }
    }
}
