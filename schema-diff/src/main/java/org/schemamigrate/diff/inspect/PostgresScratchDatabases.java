package org.schemamigrate.diff.inspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.UrlDataSource;

/**
 * PostgreSQL scratch databases: {@code CREATE DATABASE … TEMPLATE template0} with the encoding and locale of a
 * model database (the target's, or the dev database's), so that schema-qualified names ({@code public.c}),
 * {@code CREATE EXTENSION} and several schemas replay exactly as on a fresh target.
 */
final class PostgresScratchDatabases {
    /** What a scratch schema cannot replay, said where scratch schemas are the fallback. */
    static final String SCHEMA_LIMITS = "scratch schemas serve instead of scratch databases: migrations or desired"
            + " scripts with schema-qualified names (public.t), CREATE EXTENSION or several schemas cannot be"
            + " replayed exactly";

    private static final String LOCALE = """
            SELECT pg_encoding_to_char(encoding), datcollate, datctype FROM pg_database
            WHERE datname = current_database()""";
    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(.*)$");
    private static final Pattern LOCALE_NAME = Pattern.compile("[A-Za-z0-9_.@-]+");

    private PostgresScratchDatabases() {
    }

    /** Encoding, LC_COLLATE and LC_CTYPE of the connection's database; null when they are not plain names. */
    static String[] localeOf(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(LOCALE)) {
            rs.next();
            String[] locale = {rs.getString(1), rs.getString(2), rs.getString(3)};
            for (String part : locale) {
                if (part == null || !LOCALE_NAME.matcher(part).matches()) {
                    return null;
                }
            }
            return locale;
        }
    }

    /** A data source for database {@code name} on the dev server, or null when the dev one is not a URL. */
    static DataSource dataSource(DataSource dev, String name) {
        if (!(dev instanceof UrlDataSource url)) {
            return null;
        }
        Matcher m = DATABASE_IN_URL.matcher(url.url());
        return m.matches() ? url.withUrl(m.group(1) + name + m.group(3)) : null;
    }

    static String createSql(String name, String[] locale) {
        String sql = "CREATE DATABASE " + DatabaseKind.POSTGRESQL.quote(name) + " TEMPLATE template0";
        return locale == null ? sql : sql + " ENCODING '" + locale[0] + "' LC_COLLATE '" + locale[1]
                + "' LC_CTYPE '" + locale[2] + "'";
    }

    /** Ends the sessions still open on the database (a failed run may leave one), then drops it. */
    static void drop(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                + " WHERE datname = ? AND pid <> pg_backend_pid()")) {
            ps.setString(1, name);
            ps.executeQuery().close();
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DatabaseKind.POSTGRESQL.quote(name));
        }
    }

    /** Whether a failed CREATE DATABASE means the user may not create databases (then scratch schemas serve). */
    static boolean notPermitted(SQLException e) {
        return "42501".equals(e.getSQLState());
    }
}
