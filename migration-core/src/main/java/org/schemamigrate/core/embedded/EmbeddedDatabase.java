package org.schemamigrate.core.embedded;

import org.schemamigrate.core.db.DatabaseKind;

/**
 * A database server started in-process from Maven Central artifacts: the zero-install sandbox and the
 * test/dev database. Closing it stops the server.
 */
public interface EmbeddedDatabase extends AutoCloseable {
    DatabaseKind kind();

    /** A JDBC URL for one database of this server. */
    String jdbcUrl(String database);

    String user();

    String password();

    /** A database that exists from the start, for administrative connections ("postgres" or "mysql"). */
    String defaultDatabase();

    /** Creates an empty database (schema on MariaDB) with the given simple name. */
    void createDatabase(String name);

    @Override
    void close();
}
