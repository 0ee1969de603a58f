package org.schemamigrate.core.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** The database products the runner supports, and the few facts about them it needs. */
public enum DatabaseKind {
    POSTGRESQL("PostgreSQL", true, '"'),
    MYSQL("MySQL", false, '`'),
    MARIADB("MariaDB", false, '`');

    private final String displayName;
    private final boolean transactionalDdl;
    private final char quote;

    DatabaseKind(String displayName, boolean transactionalDdl, char quote) {
        this.displayName = displayName;
        this.transactionalDdl = transactionalDdl;
        this.quote = quote;
    }

    public String displayName() {
        return displayName;
    }

    /** True when DDL can be rolled back, so a migration and its history row can commit together. */
    public boolean transactionalDdl() {
        return transactionalDdl;
    }

    public boolean isMySqlFamily() {
        return this != POSTGRESQL;
    }

    /** Quotes an identifier unconditionally, doubling any embedded quote character. */
    public String quote(String identifier) {
        String q = String.valueOf(quote);
        return q + identifier.replace(q, q + q) + q;
    }

    /** Detects the kind from a JDBC URL; null when the URL does not say. */
    public static DatabaseKind fromUrl(String jdbcUrl) {
        if (jdbcUrl == null) {
            return null;
        }
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (url.startsWith("jdbc:mariadb:")) {
            return MARIADB;
        }
        if (url.startsWith("jdbc:mysql:")) {
            return MYSQL;
        }
        return null;
    }

    /**
     * Detects the kind of a live connection. MariaDB is checked before MySQL: a MariaDB server reached through
     * the MySQL driver reports "MySQL" as product name but "MariaDB" in its version string.
     */
    public static DatabaseKind detect(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
        String version = meta.getDatabaseProductVersion().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("mariadb") || version.contains("mariadb")) {
            return MARIADB;
        }
        if (product.contains("mysql")) {
            return MYSQL;
        }
        throw new SQLException("Unsupported database '" + meta.getDatabaseProductName()
                + "': schemamigrate supports PostgreSQL, MySQL and MariaDB.");
    }
}
