package org.schemamigrate.core.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product and version of a server, read from its version string rather than the driver's numbers: MariaDB
 * 10.x announces itself to mysql-connector-j as {@code 5.5.5-10.11.6-MariaDB}, where
 * {@code getDatabaseMajorVersion()} says 5.
 */
public record ServerVersion(DatabaseKind kind, int major, int minor) {
    private static final Pattern VERSION = Pattern.compile("^(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)");

    public ServerVersion {
        Objects.requireNonNull(kind, "kind");
    }

    /** From the connection's start-up data (no round trip). */
    public static ServerVersion of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        DatabaseKind kind = DatabaseKind.detect(connection);
        ServerVersion parsed = parse(kind, meta.getDatabaseProductVersion());
        return parsed != null ? parsed
                : new ServerVersion(kind, meta.getDatabaseMajorVersion(), meta.getDatabaseMinorVersion());
    }

    /** Major and minor from a version string such as {@code 5.5.5-10.11.6-MariaDB} or {@code 16.4}; else null. */
    public static ServerVersion parse(DatabaseKind kind, String version) {
        Matcher m = VERSION.matcher(version == null ? "" : version);
        return m.find() ? new ServerVersion(kind, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
    }

    public boolean atLeast(int wantedMajor, int wantedMinor) {
        return major > wantedMajor || (major == wantedMajor && minor >= wantedMinor);
    }

    /** "MariaDB 10.11". */
    @Override
    public String toString() {
        return kind.displayName() + " " + major + "." + minor;
    }
}
