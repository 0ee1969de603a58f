package org.schemamigrate.core.internal.dialect;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** {@code GET_LOCK} named after the schema and history table (MySQL limits lock names to 64 characters). */
final class MySqlLock implements AdvisoryLock {
    private static final int MAX_NAME = 64;
    private static final String HOLDER = """
            SELECT p.id, p.user, p.host, p.time FROM information_schema.processlist p
            WHERE p.id = IS_USED_LOCK(?)""";

    private final String lockName;

    MySqlLock(String name) {
        String full = "schemamigrate:" + name;
        this.lockName = full.length() <= MAX_NAME ? full : "schemamigrate:" + sha256(name).substring(0, 40);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            ps.setString(1, lockName);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    @Override
    public void unlock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            ps.setString(1, lockName);
            ps.executeQuery().close();
        }
    }

    @Override
    public String holder(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HOLDER)) {
            ps.setString(1, lockName);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return "a session that just released it";
                }
                return "connection id " + rs.getLong(1) + ", user " + rs.getString(2) + " from " + rs.getString(3)
                        + ", in its current state for " + rs.getLong(4) + " s";
            }
        }
    }

    @Override
    public String tryLockExpression() {
        return "GET_LOCK(?, 0)";
    }

    @Override
    public String unlockExpression() {
        return "RELEASE_LOCK(?)";
    }

    @Override
    public Object key() {
        return lockName;
    }

    @Override
    public String description() {
        return "GET_LOCK('" + lockName + "')";
    }
}
