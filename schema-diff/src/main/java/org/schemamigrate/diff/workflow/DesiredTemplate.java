package org.schemamigrate.diff.workflow;

import static org.schemamigrate.diff.workflow.ReplayCache.quote;
import static org.schemamigrate.diff.workflow.ReplayCache.update;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.diff.inspect.ScratchSpace;
import org.schemamigrate.diff.model.Schema;

/**
 * The desired schema's scratch database kept on a PostgreSQL dev server as a template named
 * {@code smdesired_<key>}, so that a run with the same desired DDL clones it instead of executing every statement
 * again (the slowest phase for hundreds of entities). The key hashes the DDL text itself, the server's version
 * string, the scratch databases' encoding and locale, and the format and runner version: any changed entity,
 * setting or server gives another key, so a stale template is never found, only missed. On MySQL and MariaDB it
 * is a copied database of the same name ({@link MySqlReplayCopies}), its key hashing the server facts of
 * {@link ReplayCache} instead.
 */
final class DesiredTemplate {
    static final String PREFIX = "smdesired_";
    private static final String FORMAT = "desired-template-1";
    /** Templates kept per dev server, newest first; older ones are dropped. */
    private static final int KEPT = 4;
    private static final String LIST = """
            SELECT datname FROM pg_database WHERE datname LIKE 'smdesired\\_%' ORDER BY oid DESC""";

    private final ScratchSpace scratch;
    private final String key;
    private boolean cloned;
    private Boolean found;

    private DesiredTemplate(ScratchSpace scratch, String key) {
        this.scratch = scratch;
        this.key = key;
    }

    /** A template for the request's desired DDL, or null when none applies (scratch schemas, …). */
    static DesiredTemplate open(ScratchSpace scratch, DiffRequest request) {
        // from=database: the scratch databases take the live database's locale, which the key does not hold
        boolean mysql = scratch.kind().isMySqlFamily();
        if (!(request.current() instanceof DiffRequest.FromMigrations) || !mysql && !scratch.clonesDatabases()) {
            return null;
        }
        try (Connection c = scratch.connectServer(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(mysql ? MySqlReplayCopies.SERVER : ReplayCache.SERVER)) {
            rs.next();
            MessageDigest digest = ReplayCache.sha256();
            update(digest, FORMAT, String.valueOf(Migrator.class.getPackage().getImplementationVersion()),
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), request.desired());
            if (mysql) {
                update(digest, rs.getString(5), scratch.defaultCollation());
            }
            return new DesiredTemplate(scratch, PREFIX + HexFormat.of().formatHex(digest.digest(), 0, 20));
        } catch (SQLException e) {
            return null;   // no template: the DDL runs, as without one
        }
    }

    /** Whether the template is kept on the server: {@link #createDesired} then clones it unless it is in use. */
    boolean found() {
        if (found == null) {
            found = kept().contains(key);
        }
        return found;
    }

    /** The "desired" namespace: a clone of the kept template when there is one, else an empty one. */
    String createDesired() {
        if (found() && scratch.kind().isMySqlFamily()) {
            String space = scratch.create("desired");
            try {
                cloned = MySqlReplayCopies.fill(scratch, key, space);
                return space;
            } catch (SQLException e) {
                return scratch.create("desired_ddl");   // the half-filled one is dropped with the others
            }
        }
        if (found()) {
            String space = scratch.createFrom("desired", key);
            if (space != null) {
                cloned = true;
                return space;
            }
        }
        return scratch.create("desired");
    }

    /** Whether {@link #createDesired} cloned the template (the DDL need not run). */
    boolean cloned() {
        return cloned;
    }

    /**
     * Keeps the namespace the DDL was just run in (inspected as {@code read}) as the template (built under another
     * name, then renamed).
     */
    void keep(String space, Schema read) {
        if (cloned) {
            return;
        }
        if (scratch.kind().isMySqlFamily()) {
            MySqlReplayCopies.keep(scratch, space, read, key, PREFIX, KEPT);
            return;
        }
        String building = "smtmpd_" + key.substring(PREFIX.length());
        try (Connection c = scratch.connectServer(); Statement s = c.createStatement()) {
            ReplayCache.copyAsTemplate(s, space, building, key);
            List<String> kept = kept(c);
            for (String old : kept.subList(Math.min(KEPT, kept.size()), kept.size())) {
                s.execute("DROP DATABASE IF EXISTS " + quote(old));
            }
        } catch (SQLException e) {
            // not kept (in use, or no right to): the next run executes the DDL again
        }
    }

    private List<String> kept() {
        try (Connection c = scratch.connectServer()) {
            return scratch.kind().isMySqlFamily() ? MySqlReplayCopies.kept(c, PREFIX) : kept(c);
        } catch (SQLException e) {
            return List.of();
        }
    }

    private static List<String> kept(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(LIST); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
