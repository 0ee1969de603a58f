package org.schemamigrate.diff;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.ServerVersion;

/**
 * The database product and version a plan or inspection targets. Version-dependent behaviour asks here, so that
 * dialect code holds no scattered version numbers.
 */
public record Features(DatabaseKind kind, int major, int minor) {

    public Features {
        Objects.requireNonNull(kind, "kind");
    }

    /** The server's product and version from its version string ({@link ServerVersion}: MariaDB's 5.5.5- prefix). */
    public static Features of(Connection connection) throws SQLException {
        ServerVersion server = ServerVersion.of(connection);
        return new Features(server.kind(), server.major(), server.minor());
    }

    /** Major and minor from a version string such as {@code 5.5.5-10.11.6-MariaDB} or {@code 16.4}; else null. */
    static Features fromVersionString(DatabaseKind kind, String version) {
        ServerVersion parsed = ServerVersion.parse(kind, version);
        return parsed == null ? null : new Features(kind, parsed.major(), parsed.minor());
    }

    public static Features postgres(int major) {
        return new Features(DatabaseKind.POSTGRESQL, major, 0);
    }

    public static Features mysql(int major, int minor) {
        return new Features(DatabaseKind.MYSQL, major, minor);
    }

    public static Features mariaDb(int major, int minor) {
        return new Features(DatabaseKind.MARIADB, major, minor);
    }

    public boolean isMariaDb() {
        return kind == DatabaseKind.MARIADB;
    }

    /** {@code RENAME COLUMN a TO b}: MySQL 8.0, MariaDB 10.5.2 (before that only CHANGE restating the column). */
    public boolean renameColumn() {
        return isMariaDb() ? atLeast(10, 5) : atLeast(8, 0);
    }

    /**
     * CHECK constraints enforced and listed in information_schema: MySQL 8.0.16, MariaDB 10.2. Patch levels are
     * not tracked, so any MySQL 8.0 counts (earlier 8.0 patches parse checks and ignore them).
     */
    public boolean checkConstraints() {
        return isMariaDb() || atLeast(8, 0);
    }

    /** A check is dropped with {@code DROP CHECK} on MySQL, with {@code DROP CONSTRAINT} on MariaDB. */
    public String dropCheckKeyword() {
        return isMariaDb() ? "DROP CONSTRAINT" : "DROP CHECK";
    }

    /** MariaDB's JSON is LONGTEXT with a json_valid check; MySQL has a binary JSON type. */
    public boolean jsonIsAlias() {
        return isMariaDb();
    }

    /**
     * information_schema.COLUMNS.COLUMN_DEFAULT spelling: MariaDB (10.2.7+) prints SQL (quoted literals,
     * {@code current_timestamp()}, {@code NULL}); MySQL prints the raw value and flags expressions with
     * DEFAULT_GENERATED, and needs parentheses around expression defaults.
     */
    public boolean defaultsAsSql() {
        return isMariaDb();
    }

    /** CREATE SEQUENCE: MariaDB 10.3; MySQL has none (Hibernate uses a table instead). */
    public boolean sequences() {
        return isMariaDb() && atLeast(10, 3);
    }

    public boolean atLeast(int wantedMajor, int wantedMinor) {
        return major > wantedMajor || (major == wantedMajor && minor >= wantedMinor);
    }
}
