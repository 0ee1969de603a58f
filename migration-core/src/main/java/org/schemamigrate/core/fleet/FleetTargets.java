package org.schemamigrate.core.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;

/**
 * The ways to name a fleet: a comma-separated list, a file (one per line, {@code #} comments), a query run on the
 * fleet's server (first column) or a LIKE pattern over its existing schemas/databases. Every way fails with a
 * {@link CoreErrorCode#CONFIGURATION} error naming the bad entry before anything runs.
 */
public final class FleetTargets {
    // information_schema.schemata lists schemas on PostgreSQL and databases on MySQL/MariaDB alike
    private static final String SCHEMAS = "SELECT schema_name FROM information_schema.schemata";
    private static final String SCHEMAS_LIKE = SCHEMAS + " WHERE schema_name LIKE ? ORDER BY schema_name";

    private FleetTargets() {
    }

    /** {@code tenant_001,tenant_002,jdbc:postgresql://host/shop}. */
    public static List<FleetTarget> list(String commaSeparated, String setting) {
        List<FleetTarget> targets = new ArrayList<>();
        for (String entry : commaSeparated.split(",", -1)) {
            targets.add(FleetTarget.parse(entry, setting));
        }
        return distinct(targets, setting);
    }

    /** One target per line; blank lines and {@code #} comments are skipped. */
    public static List<FleetTarget> file(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "The targets file " + file + " does not exist or"
                    + " is not a file (migration.targetsFile).");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "Cannot read the targets file " + file + ": "
                    + e.getMessage(), e);
        }
        List<FleetTarget> targets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!entry.isEmpty()) {
                targets.add(FleetTarget.parse(entry, file + " line " + (i + 1)));
            }
        }
        return nonEmpty(distinct(targets, file.toString()), "the targets file " + file);
    }

    /** The first column of a query on the fleet's server, e.g. {@code SELECT schema_name FROM tenants}. */
    public static List<FleetTarget> query(DataSource server, String sql) {
        List<FleetTarget> targets = new ArrayList<>();
        try (Connection c = server.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String value = rs.getString(1);
                targets.add(FleetTarget.parse(value == null ? "" : value, "the targets query (row "
                        + (targets.size() + 1) + ")"));
            }
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "The targets query failed: " + e.getMessage()
                    + ". Check migration.targetsQuery: " + sql, e);
        }
        return nonEmpty(distinct(targets, "the targets query"), "the targets query (" + sql + ")");
    }

    /** The existing schemas (PostgreSQL) / databases (MySQL, MariaDB) whose name is LIKE the pattern. */
    public static List<FleetTarget> pattern(DataSource server, String likePattern) {
        List<FleetTarget> targets = new ArrayList<>();
        try (Connection c = server.getConnection(); PreparedStatement s = c.prepareStatement(SCHEMAS_LIKE)) {
            s.setString(1, likePattern);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    targets.add(new FleetTarget(rs.getString(1), rs.getString(1), null));
                }
            }
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Cannot list the schemas matching '"
                    + likePattern + "': " + e.getMessage(), e);
        }
        return nonEmpty(targets, "the pattern '" + likePattern + "' (migration.targetsPattern)");
    }

    /** The schema targets that do not exist on the server, so a run can refuse before it applies anything. */
    static List<FleetTarget> missingSchemas(DataSource server, List<FleetTarget> targets) {
        Set<String> existing = new LinkedHashSet<>();
        try (Connection c = server.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(SCHEMAS)) {
            while (rs.next()) {
                existing.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Cannot list the schemas of the fleet's server: "
                    + e.getMessage(), e);
        }
        return targets.stream().filter(t -> !t.isUrl() && !existing.contains(t.schema())).toList();
    }

    private static List<FleetTarget> distinct(List<FleetTarget> targets, String source) {
        Set<String> seen = new LinkedHashSet<>();
        for (FleetTarget target : targets) {
            if (!seen.add(target.isUrl() ? target.url() : target.schema())) {
                throw new MigrationException(CoreErrorCode.CONFIGURATION, "The target " + target.name()
                        + " is listed twice in " + source + "; list each target once.");
            }
        }
        return List.copyOf(targets);
    }

    private static List<FleetTarget> nonEmpty(List<FleetTarget> targets, String source) {
        if (targets.isEmpty()) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "No targets: " + source + " names none.");
        }
        return targets;
    }
}
