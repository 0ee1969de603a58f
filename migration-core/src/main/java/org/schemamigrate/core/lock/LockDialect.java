package org.schemamigrate.core.lock;

import java.sql.Connection;
import java.sql.SQLException;

/** How one database takes, releases and describes an advisory lock. */
interface LockDialect {
    boolean tryLock(Connection c) throws SQLException;

    void unlock(Connection c) throws SQLException;

    /** Who holds the lock, as far as the database can tell; "unknown" when it cannot. */
    String holder(Connection c) throws SQLException;

    String description();
}
