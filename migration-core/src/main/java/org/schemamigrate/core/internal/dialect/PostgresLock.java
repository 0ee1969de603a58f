package org.schemamigrate.core.internal.dialect;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.zip.CRC32;

/** {@code pg_try_advisory_lock} on a 64-bit key derived from the lock name. */
final class PostgresLock implements AdvisoryLock {
    // an advisory lock on a bigint key shows in pg_locks as classid = high half, objid = low half, objsubid = 1
    private static final String HOLDER = """
            SELECT a.pid, a.application_name, a.usename, a.client_addr, a.backend_start
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
              AND l.classid::bigint = ? AND l.objid::bigint = ?""";

    private final String name;
    private final long key;

    PostgresLock(String name) {
        this.name = name;
        CRC32 high = new CRC32();
        high.update(("schemamigrate:" + name).getBytes(StandardCharsets.UTF_8));
        CRC32 low = new CRC32();
        low.update(name.getBytes(StandardCharsets.UTF_8));
        this.key = (high.getValue() << 32) | low.getValue();
    }

    @Override
    public boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    @Override
    public void unlock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, key);
            ps.executeQuery().close();
        }
    }

    @Override
    public String holder(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HOLDER)) {
            ps.setLong(1, key >>> 32);
            ps.setLong(2, key & 0xFFFFFFFFL);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "a session that just released it";
                }
                String app = rs.getString(2);
                String client = rs.getString(4);
                return "PostgreSQL backend pid " + rs.getInt(1)
                        + (app == null || app.isEmpty() ? "" : " (application_name '" + app + "')")
                        + ", user " + rs.getString(3)
                        + (client == null ? "" : " from " + client)
                        + ", connected since " + rs.getObject(5);
            }
        }
    }

    @Override
    public String tryLockExpression() {
        return "pg_try_advisory_lock(?)";
    }

    @Override
    public String unlockExpression() {
        return "pg_advisory_unlock(?)";
    }

    @Override
    public Object key() {
        return key;
    }

    @Override
    public String description() {
        return "PostgreSQL advisory lock " + key + " for " + name;
    }
}
