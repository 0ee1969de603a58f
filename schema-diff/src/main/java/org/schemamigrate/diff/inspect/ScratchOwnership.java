package org.schemamigrate.diff.inspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * Who owns the scratch namespaces on a dev server. A scratch space holds a session-level lock keyed by its token
 * ({@code sm_<token>_<role>}) on a connection of its own for as long as it lives: on PostgreSQL an advisory lock,
 * on MySQL and MariaDB the named lock {@code GET_LOCK('sm_<token>')}. The server releases the lock when that
 * session ends, also when the build is killed. A namespace whose lock nobody holds (in {@code pg_locks}, which
 * shows every database's; {@code IS_USED_LOCK}, server-wide) has no owner left: the next scratch space drops it as
 * it starts, never one that a live build (of any JVM or machine) holds. Names of the older form ({@code sm_} and 8
 * hex digits) carry no lock and are left alone.
 */
final class ScratchOwnership implements AutoCloseable {
    private static final Pattern OWNED = Pattern.compile("sm_([0-9a-f]{16})_[a-z_]+");
    private static final String NAMESPACES = """
            SELECT datname, true FROM pg_database WHERE datname LIKE 'sm\\_%'
            UNION ALL SELECT nspname, false FROM pg_namespace WHERE nspname LIKE 'sm\\_%'""";
    /** The advisory locks of bigint keys held in any database: high and low 32 bits. */
    private static final String HELD = """
            SELECT classid::text, objid::text FROM pg_locks
            WHERE locktype = 'advisory' AND objsubid = 1 AND granted""";
    private static final String MYSQL_NAMESPACES = """
            SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'sm\\_%'""";

    private final Connection session;

    private ScratchOwnership(Connection session) {
        this.session = session;
    }

    /** A fresh token: 16 hex digits, the advisory lock's key. */
    static String newToken() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    /** Takes the lock of {@code token} and drops the namespaces whose owner is gone. */
    static ScratchOwnership take(DataSource dev, DatabaseKind kind, String token) {
        Connection session = null;
        try {
            session = dev.getConnection();
            if (kind.isMySqlFamily()) {
                try (PreparedStatement ps = session.prepareStatement("SELECT GET_LOCK(?, 0)")) {
                    ps.setString(1, "sm_" + token);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next() || rs.getInt(1) != 1) {
                            throw new SQLException("the named lock sm_" + token + " is taken");
                        }
                    }
                }
                sweepMySql(session, token);
                return new ScratchOwnership(session);
            }
            try (PreparedStatement ps = session.prepareStatement("SELECT pg_advisory_lock(?)")) {
                ps.setLong(1, Long.parseUnsignedLong(token, 16));
                ps.executeQuery().close();
            }
            sweep(session, token);
            return new ScratchOwnership(session);
        } catch (SQLException e) {
            close(session);
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Cannot reach the dev database (" + dev + "): "
                    + e.getMessage() + ". Check migration.devUrl, or leave it unset to use the embedded one.", e);
        }
    }

    /** Drops each namespace of the new form whose lock nobody holds (its owner's session ended). */
    private static void sweep(Connection c, String own) throws SQLException {
        Set<String> held = new HashSet<>();
        List<String[]> found = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            // namespaces first: an owner locks before it creates, so one listed here shows its lock below
            try (ResultSet rs = s.executeQuery(NAMESPACES)) {
                while (rs.next()) {
                    found.add(new String[] {rs.getString(1), String.valueOf(rs.getBoolean(2))});
                }
            }
            try (ResultSet rs = s.executeQuery(HELD)) {
                while (rs.next()) {
                    held.add(HexFormat.of().toHexDigits(Long.parseLong(rs.getString(1)) << 32
                            | Long.parseLong(rs.getString(2))));
                }
            }
        }
        for (String[] namespace : found) {
            Matcher m = OWNED.matcher(namespace[0]);
            if (!m.matches() || m.group(1).equals(own) || held.contains(m.group(1))) {
                continue;
            }
            try (Statement s = c.createStatement()) {
                String quoted = DatabaseKind.POSTGRESQL.quote(namespace[0]);
                s.execute(Boolean.parseBoolean(namespace[1]) ? "DROP DATABASE IF EXISTS " + quoted
                        : "DROP SCHEMA IF EXISTS " + quoted + " CASCADE");
            } catch (SQLException inUseOrNotOurs) {
                // someone is connected to it, or another user owns it: left for a later sweep
            }
        }
    }

    /**
     * MySQL family: drops each scratch database of the new form whose named lock nobody holds. Its owner locked
     * before it created the database, so a free lock means the owner's session ended.
     */
    private static void sweepMySql(Connection c, String own) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(MYSQL_NAMESPACES)) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        for (String database : found) {
            Matcher m = OWNED.matcher(database);
            if (!m.matches() || m.group(1).equals(own) || held(c, "sm_" + m.group(1))) {
                continue;
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + DatabaseKind.MARIADB.quote(database));
            } catch (SQLException notOurs) {
                // another user's, without the right to drop it: left for a later sweep
            }
        }
    }

    private static boolean held(Connection c, String lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT IS_USED_LOCK(?)")) {
            ps.setString(1, lock);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                rs.getLong(1);
                return !rs.wasNull();
            }
        }
    }

    /** Ends the session, which releases the lock: the namespaces must be dropped by now. */
    @Override
    public void close() {
        close(session);
    }

    private static void close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // the session ends with the connection either way
            }
        }
    }
}
