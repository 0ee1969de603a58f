package org.schemamigrate.diff.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.inspect.ScratchSpace;
import org.schemamigrate.diff.model.Schema;

/**
 * The MySQL/MariaDB half of {@link ReplayCache}. The server has no database templates, so a kept replay is a
 * database {@code smcache_<key>} (the desired schema's: {@code smdesired_<key>}, {@link DesiredTemplate}) holding a
 * copy: each base table re-created from its {@code SHOW CREATE TABLE} text (foreign key checks off, so in any
 * order) and its rows copied, the history table's included; MariaDB
 * sequences (what Hibernate's SEQUENCE ids create) from {@code SHOW CREATE SEQUENCE}, first, with their next
 * value. Only replays of these are kept: views, triggers, routines and events are not copied, so a directory
 * creating any is replayed in full. A kept copy must print the same catalog fingerprint as the replay it came
 * from, and it counts as kept only once its marker table exists (created last). Every reader, writer and evicter
 * of a key holds the named lock {@code GET_LOCK(key)} while it works, so a copy is never read half-built or
 * half-dropped; a lock held by another build means a miss, never a wait.
 */
final class MySqlReplayCopies {
    /** The table created last in a complete copy, its comment the time it was kept; never copied out. */
    static final String MARKER = "smcache_complete";
    private static final String KEPT = """
            SELECT TABLE_SCHEMA FROM information_schema.TABLES WHERE TABLE_NAME = 'smcache_complete'
            AND TABLE_SCHEMA LIKE ? ORDER BY TABLE_COMMENT DESC, TABLE_SCHEMA""";
    private static final String OTHER_OBJECTS = """
            SELECT (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?
                    AND TABLE_TYPE NOT IN ('BASE TABLE', 'SEQUENCE'))
                 + (SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?)
                 + (SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ?)
                 + (SELECT COUNT(*) FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ?)""";
    /**
     * Each base table's columns that take values (generated ones are computed), in order. Not by EXTRA: MySQL 8
     * marks a column with an expression default {@code DEFAULT_GENERATED}, and its values must be copied.
     */
    private static final String COLUMNS = """
            SELECT c.TABLE_NAME, c.COLUMN_NAME FROM information_schema.COLUMNS c
            JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
            WHERE c.TABLE_SCHEMA = ? AND t.TABLE_TYPE = 'BASE TABLE'
            AND COALESCE(c.GENERATION_EXPRESSION, '') = ''
            ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION""";
    private static final String SEQUENCES = """
            SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'SEQUENCE'
            ORDER BY TABLE_NAME""";
    static final String SERVER = """
            SELECT @@version, @@version_comment, @@lower_case_table_names, @@sql_mode,
                   @@explicit_defaults_for_timestamp""";

    private MySqlReplayCopies() {
    }

    /** The complete copies on the server whose names start with {@code prefix} ("smcache_"), newest first. */
    static List<String> kept(Connection c, String prefix) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(KEPT)) {
            ps.setString(1, prefix.replace("_", "\\_") + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /**
     * Fills the empty scratch database {@code space} from the kept copy {@code key} under its lock; false (nothing
     * done) when another build holds the lock or the copy is gone. A failure may leave {@code space} half-filled.
     */
    static boolean fill(ScratchSpace scratch, String key, String space) throws SQLException {
        try (Connection c = scratch.connectServer()) {
            if (!lock(c, key)) {
                return false;
            }
            try {
                if (!complete(c, key)) {
                    return false;
                }
                copy(c, key, space);
                return true;
            } finally {
                unlock(c, key);
            }
        }
    }

    /**
     * Copies {@code space} (inspected as {@code read}) to {@code key} under the key's lock, and marks it kept only
     * when the copy prints the same catalog fingerprint; then drops all but the newest {@code kept} copies of the
     * prefix. Nothing is kept where that fails (no right to, or a copy the server refused).
     */
    static void keep(ScratchSpace scratch, String space, Schema read, String key, String prefix, int kept) {
        try (Connection c = scratch.connectServer(); Statement s = c.createStatement()) {
            if (!copyable(c, space) || !lock(c, key)) {
                return;
            }
            try {
                if (complete(c, key)) {
                    return;
                }
                String[] defaults = defaults(c, space);
                s.execute("DROP DATABASE IF EXISTS " + quote(key));   // a killed build's half
                s.execute("CREATE DATABASE " + quote(key) + " CHARACTER SET " + defaults[0] + " COLLATE "
                        + defaults[1]);
                copy(c, space, key);
                if (scratch.fingerprint(key).equals(scratch.fingerprintOf(read))) {
                    markComplete(c, key);
                } else {
                    s.execute("DROP DATABASE IF EXISTS " + quote(key));
                }
            } finally {
                unlock(c, key);
            }
            List<String> copies = kept(c, prefix);
            for (String old : copies.subList(Math.min(kept, copies.size()), copies.size())) {
                if (lock(c, old)) {
                    s.execute("DROP DATABASE IF EXISTS " + quote(old));
                    unlock(c, old);
                }
            }
        } catch (SQLException | RuntimeException e) {
            // not kept: the next run does the work again
        }
    }

    /** Takes the named lock of {@code key} without waiting: false when another build holds it. */
    static boolean lock(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    static void unlock(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            ps.setString(1, key);
            ps.executeQuery().close();
        }
    }

    /** Whether {@code database} holds base tables only, which {@link #copy} reproduces. */
    static boolean copyable(Connection c, String database) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(OTHER_OBJECTS)) {
            for (int i = 1; i <= 4; i++) {
                ps.setString(i, database);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) == 0;
            }
        }
    }

    /** Whether {@code database} is a complete copy (its marker exists). */
    static boolean complete(Connection c, String database) throws SQLException {
        return kept(c, database).contains(database);
    }

    /**
     * Re-creates every base table of {@code from} (but the marker) in the existing, empty database {@code to} and
     * copies its rows. {@code c}'s current database changes.
     */
    static void copy(Connection c, String from, String to) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(COLUMNS)) {
            ps.setString(1, from);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        tables.remove(MARKER);
        List<String> creates = new ArrayList<>();
        List<String> sequences = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SEQUENCES)) {
            ps.setString(1, from);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sequences.add(rs.getString(1));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String sequence : sequences) {
                String qualified = quote(from) + "." + quote(sequence);
                try (ResultSet rs = s.executeQuery("SHOW CREATE SEQUENCE " + qualified)) {
                    rs.next();
                    creates.add(rs.getString(2));
                }
                try (ResultSet rs = s.executeQuery("SELECT next_not_cached_value FROM " + qualified)) {
                    rs.next();
                    // the next value as a dump keeps it (SETVAL with is_used 0); a no-op where it is the start
                    creates.add("SELECT SETVAL(" + quote(to) + "." + quote(sequence) + ", " + rs.getLong(1) + ", 0)");
                }
            }
            for (String table : tables.keySet()) {
                try (ResultSet rs = s.executeQuery("SHOW CREATE TABLE " + quote(from) + "." + quote(table))) {
                    rs.next();
                    creates.add(rs.getString(2));   // names the table alone, and keys of its own database alike
                }
            }
        }
        c.setCatalog(to);
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION FOREIGN_KEY_CHECKS = 0");
            try {
                for (String create : creates) {
                    s.execute(create);
                }
                for (Map.Entry<String, List<String>> table : tables.entrySet()) {
                    String columns = String.join(", ", table.getValue().stream().map(MySqlReplayCopies::quote)
                            .toList());
                    s.addBatch("INSERT INTO " + quote(to) + "." + quote(table.getKey()) + " (" + columns
                            + ") SELECT " + columns + " FROM " + quote(from) + "." + quote(table.getKey()));
                }
                s.executeBatch();
            } finally {
                s.execute("SET SESSION FOREIGN_KEY_CHECKS = 1");
            }
        }
    }

    /** Marks {@code database} as a complete copy. */
    static void markComplete(Connection c, String database) throws SQLException {
        try (Statement s = c.createStatement()) {
            // the comment orders the copies (CREATE_TIME has whole seconds): zero-padded milliseconds
            s.execute("CREATE TABLE " + quote(database) + "." + quote(MARKER) + " (kept int) COMMENT '"
                    + String.format(java.util.Locale.ROOT, "%015d", System.currentTimeMillis()) + "'");
        }
    }

    /** The character set and collation {@code database} was created with. */
    static String[] defaults(Connection c, String database) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME"
                + " FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no database " + database);
                }
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    static String quote(String name) {
        return DatabaseKind.MARIADB.quote(name);
    }
}
