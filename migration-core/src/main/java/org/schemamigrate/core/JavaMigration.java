package org.schemamigrate.core;

import java.sql.Connection;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * A migration written in Java, for changes that need code (backfills, data fixes). It is ordered with the SQL
 * files by version and recorded in the same history. The version and name come from the class name
 * ({@code V20261122183000_backfill_emails}) or from {@link MigrationVersion}.
 * <p>
 * It runs under the same rules as SQL: on PostgreSQL inside the migration's transaction (do not commit),
 * on MySQL/MariaDB with the dirty record around it. The recorded checksum is {@link #checksum()}: bump it when
 * you change what an applied migration does, so validate reports the change.
 */
public interface JavaMigration {

    void up(Context context) throws Exception;

    /**
     * Reverts {@link #up}. Not overriding it makes the migration irreversible: down stops before it with a
     * clear error, as for an SQL migration without a down file.
     */
    default void down(Context context) throws Exception {
        throw new UnsupportedOperationException("irreversible");
    }

    /** A number the author changes when an applied migration's behaviour changes; 0 by default. */
    default int checksum() {
        return 0;
    }

    /** What a Java migration gets: the connection (inside the migration's transaction where there is one). */
    interface Context {
        Connection connection();

        DatabaseKind kind();

        /** The schema (PostgreSQL) or database (MySQL/MariaDB) being migrated. */
        String schema();
    }
}
