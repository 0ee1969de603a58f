package org.schemamigrate.diff.workflow;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.source.Migration;
import org.schemamigrate.core.source.MigrationDirectory;
import org.schemamigrate.diff.inspect.ScratchSpace;
import org.schemamigrate.diff.model.Schema;

/**
 * The replayed migration directory kept on the dev server (PostgreSQL) as a template database named
 * {@code smcache_<key>}, so that the next run clones it ({@code CREATE DATABASE … TEMPLATE}) and applies only the
 * files added since. The key of the first k migrations hashes what decides the replay's result: the server's
 * version string, the scratch databases' encoding and locale, the cache format and runner version, and each
 * file's version, name and checksum (the up script's, as the history records it). A changed, removed or
 * inserted file changes every key from that file on, so a stale template is never found, only missed. On MySQL
 * and MariaDB the kept replay is a copied database instead ({@link MySqlReplayCopies}); its key also hashes the
 * server's SQL mode and name-case settings and the scratch databases' default collation.
 */
final class ReplayCache {
    static final String PREFIX = "smcache_";
    /** Bumped whenever what a cached template holds changes meaning. */
    private static final String FORMAT = "replay-cache-1";
    /** Templates kept per dev server, newest first; older ones are dropped. */
    private static final int KEPT = 4;
    private static final String LIST = """
            SELECT datname FROM pg_database WHERE datname LIKE 'smcache\\_%' ORDER BY oid DESC""";
    static final String SERVER = """
            SELECT version(), pg_encoding_to_char(encoding), datcollate, datctype FROM pg_database
            WHERE datname = current_database()""";

    private final ScratchSpace scratch;
    /** keys.get(k): the key of the first k migrations. */
    private final List<String> keys;
    private int reused = -1;
    private int found = -1;

    private ReplayCache(ScratchSpace scratch, List<String> keys) {
        this.scratch = scratch;
        this.keys = keys;
    }

    /** A cache for the request's replay, or null when none applies (live current schema, scratch schemas, …). */
    static ReplayCache open(ScratchSpace scratch, DiffRequest request) {
        boolean mysql = scratch.kind().isMySqlFamily();
        if (!(request.current() instanceof DiffRequest.FromMigrations) || !Files.isDirectory(request.directory())
                || !mysql && !scratch.clonesDatabases()) {
            return null;
        }
        List<Migration> migrations = MigrationDirectory.load(request.directory().toString(), null).migrations();
        try (Connection c = scratch.connectServer(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(mysql ? MySqlReplayCopies.SERVER : SERVER)) {
            rs.next();
            MessageDigest digest = sha256();
            update(digest, FORMAT, String.valueOf(Migrator.class.getPackage().getImplementationVersion()),
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
            if (mysql) {
                update(digest, rs.getString(5), scratch.defaultCollation());
            }
            return new ReplayCache(scratch, keys(digest, migrations));
        } catch (SQLException e) {
            return null;   // no cache: the replay runs in full, as without one
        }
    }

    /** Key k hashes the server facts and migrations 1..k, each after the previous: a prefix chain. */
    static List<String> keys(MessageDigest base, List<Migration> migrations) {
        List<String> keys = new ArrayList<>();
        MessageDigest digest = base;
        for (int k = 0; ; k++) {
            try {
                keys.add(PREFIX + HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest(), 0, 20));
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
            if (k == migrations.size()) {
                return keys;
            }
            Migration m = migrations.get(k);
            update(digest, String.valueOf(m.version()), m.name(), m.checksum());
        }
    }

    /** How many migrations the longest kept prefix of the directory holds (0: none): what a clone would hold. */
    int found() {
        if (found < 0) {
            List<String> kept = kept();
            found = 0;
            for (int k = keys.size() - 1; k > 0 && found == 0; k--) {
                found = kept.contains(keys.get(k)) ? k : 0;
            }
        }
        return found;
    }

    /**
     * The "current" namespace: a clone of the longest cached prefix of the directory, else an empty one. The
     * runner then applies what the clone's history lacks.
     */
    String createCurrent() {
        if (found() > 0 && scratch.kind().isMySqlFamily()) {
            return copyCurrent();
        }
        if (found() > 0) {
            String space = scratch.createFrom("current", keys.get(found));
            if (space != null) {
                reused = found;
                return space;
            }
        }
        reused = 0;   // the template is in use (being cloned by another build): a full replay
        return scratch.create("current");
    }

    /** MySQL family: an empty namespace filled from the kept copy, else (in use, dropped meanwhile) a new one. */
    private String copyCurrent() {
        String space = scratch.create("current");
        String key = keys.get(found);
        try {
            if (MySqlReplayCopies.fill(scratch, key, space)) {
                reused = found;
                return space;
            }
        } catch (SQLException e) {
            // a half-filled namespace: the full replay runs in another one
            reused = 0;
            return scratch.create("current_replayed");
        }
        reused = 0;
        return space;
    }

    /** How many migrations the clone already held (0: none, a full replay). */
    int reused() {
        return reused;
    }

    /**
     * Copies {@code space} to the template database {@code key}, built as {@code building} and then renamed, so a
     * concurrent run never clones a half-copied template; where another run kept it first, the copy is dropped.
     */
    static void copyAsTemplate(Statement s, String space, String building, String key) throws SQLException {
        s.execute("DROP DATABASE IF EXISTS " + quote(building));
        s.execute("CREATE DATABASE " + quote(building) + " TEMPLATE " + quote(space));
        try {
            s.execute("ALTER DATABASE " + quote(building) + " RENAME TO " + quote(key));
        } catch (SQLException alreadyKept) {
            s.execute("DROP DATABASE IF EXISTS " + quote(building));
        }
    }

    /**
     * Keeps the fully replayed namespace as the template for the whole directory (before any proof runs);
     * {@code read} is what it was inspected as.
     */
    void keep(String space, Schema read) {
        String key = keys.get(keys.size() - 1);
        if (reused == keys.size() - 1) {
            return;
        }
        if (scratch.kind().isMySqlFamily()) {
            MySqlReplayCopies.keep(scratch, space, read, key, PREFIX, KEPT);
            return;
        }
        String building = "smtmp_" + key.substring(PREFIX.length());
        try (Connection c = scratch.connectServer(); Statement s = c.createStatement()) {
            copyAsTemplate(s, space, building, key);
            evict(c);
        } catch (SQLException e) {
            // not kept (the namespace is in use, or no right to): the next run replays in full
        }
    }

    private void evict(Connection c) throws SQLException {
        List<String> kept = kept(c);
        try (Statement s = c.createStatement()) {
            for (String old : kept.subList(Math.min(KEPT, kept.size()), kept.size())) {
                s.execute("DROP DATABASE IF EXISTS " + quote(old));
            }
        }
    }

    private List<String> kept() {
        try (Connection c = scratch.connectServer()) {
            return scratch.kind().isMySqlFamily() ? MySqlReplayCopies.kept(c, PREFIX) : kept(c);
        } catch (SQLException e) {
            return List.of();
        }
    }

    /** The templates on the server, newest first. */
    static List<String> kept(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(LIST); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    static String quote(String name) {
        return DatabaseKind.POSTGRESQL.quote(name);
    }

    static void update(MessageDigest digest, String... parts) {
        for (String part : parts) {
            byte[] bytes = String.valueOf(part).getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
