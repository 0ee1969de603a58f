package org.schemamigrate.core.internal.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/** How one database takes, releases and describes an advisory lock. */
public interface AdvisoryLock {
    boolean tryLock(Connection c) throws SQLException;

    void unlock(Connection c) throws SQLException;

    /** Who holds the lock, as far as the database can tell; "unknown" when it cannot. */
    String holder(Connection c) throws SQLException;

    String description();

    /** The try-lock call as an SQL expression with one parameter, {@link #key()}: many locks in one query. */
    String tryLockExpression();

    /** The release call as an SQL expression with one parameter, {@link #key()}. */
    String unlockExpression();

    /** The lock's key, the parameter of both expressions. */
    Object key();
}
