package org.schemamigrate.diff.inspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;

/**
 * Tables that diff, check and init leave alone ({@code migration.exclude}): comma-separated glob patterns of
 * table names ({@code *} any run of characters, {@code ?} one), matched case-insensitively. Other tools' history
 * tables are excluded by default; {@code !name} takes one of them back. An excluded table is neither created,
 * changed nor dropped, and its name is listed in the output.
 */
public final class Exclusions {
    public static final String SETTING = "migration.exclude";

    /** Other migration tools' history tables, and the tool each belongs to. */
    public static final Map<String, String> OTHER_TOOLS = otherTools();

    private static final Pattern ENTRY = Pattern.compile("!?[A-Za-z0-9_$*?]+");
    private static final String TABLES = """
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name""";

    private final List<String> patterns;
    private final List<String> defaults;

    private Exclusions(List<String> patterns, List<String> defaults) {
        this.patterns = List.copyOf(patterns);
        this.defaults = List.copyOf(defaults);
    }

    /** Only the default exclusions (other tools' history tables). */
    public static Exclusions defaults() {
        return new Exclusions(List.of(), List.copyOf(OTHER_TOOLS.keySet()));
    }

    /** Parses the setting; null or blank means the defaults alone. A malformed entry fails naming it. */
    public static Exclusions parse(String setting) {
        List<String> patterns = new ArrayList<>();
        List<String> defaults = new ArrayList<>(OTHER_TOOLS.keySet());
        for (String raw : setting == null ? new String[0] : setting.split(",")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            if (!ENTRY.matcher(entry).matches()) {
                throw new MigrationException(CoreErrorCode.CONFIGURATION, SETTING + ": '" + entry + "' is not a"
                        + " table-name pattern: use letters, digits, _ and $, with * for any run of characters and"
                        + " ? for one (e.g. -D" + SETTING + "=legacy_*,audit_log); !name keeps one of the tables"
                        + " excluded by default (" + String.join(", ", OTHER_TOOLS.keySet()) + ").");
            }
            if (entry.startsWith("!")) {
                String name = entry.substring(1).toLowerCase(Locale.ROOT);
                if (!defaults.remove(name)) {
                    throw new MigrationException(CoreErrorCode.CONFIGURATION, SETTING + ": '" + entry + "' names"
                            + " no table excluded by default; those are " + String.join(", ", OTHER_TOOLS.keySet())
                            + ".");
                }
            } else {
                patterns.add(entry);
            }
        }
        return new Exclusions(patterns, defaults);
    }

    /** The glob patterns to leave out of inspection: the defaults still in force, then the user's. */
    public List<String> patterns() {
        List<String> all = new ArrayList<>(defaults);
        all.addAll(patterns);
        return all;
    }

    /** {@code options} with these patterns. */
    public InspectOptions applyTo(InspectOptions options) {
        return options.withExcludes(patterns().toArray(String[]::new));
    }

    /** The excluded tables in {@code schema}, each with why: "flyway_schema_history (Flyway's history table)". */
    public List<String> found(Connection c, String schema) throws SQLException {
        InspectOptions.NameFilter filter = applyTo(InspectOptions.defaults()).nameFilter();
        InspectOptions.NameFilter ours = InspectOptions.defaults().nameFilter();
        List<String> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(TABLES)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    if (filter.excludes(table) && !ours.excludes(table)) {
                        found.add(describe(table));
                    }
                }
            }
        }
        return found;
    }

    private String describe(String table) {
        String tool = OTHER_TOOLS.get(table.toLowerCase(Locale.ROOT));
        return tool != null && defaults.contains(table.toLowerCase(Locale.ROOT))
                ? table + " (" + tool + "'s history table)" : table + " (" + SETTING + ")";
    }

    private static Map<String, String> otherTools() {
        Map<String, String> tools = new LinkedHashMap<>();
        tools.put("flyway_schema_history", "Flyway");
        tools.put("databasechangelog", "Liquibase");
        tools.put("databasechangeloglock", "Liquibase");
        tools.put("atlas_schema_revisions", "Atlas");
        tools.put("schema_migrations", "golang-migrate");
        return java.util.Collections.unmodifiableMap(tools);
    }
}
