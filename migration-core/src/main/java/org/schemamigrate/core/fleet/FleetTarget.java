package org.schemamigrate.core.fleet;

import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;

/**
 * One member of a fleet: a schema (PostgreSQL) / database (MySQL, MariaDB) on the fleet's server, or a whole
 * JDBC URL of its own. Each target has its own history and lock, exactly as a single database has.
 *
 * @param name   what reports call it: the schema name, or the URL with its password masked
 * @param schema the schema/database on the fleet's server; null for a URL target
 * @param url    the target's own JDBC URL; null for a schema target
 */
public record FleetTarget(String name, String schema, String url) {

    public FleetTarget {
        if ((schema == null) == (url == null)) {
            throw new IllegalArgumentException("A fleet target is either a schema or a URL");
        }
    }

    /** {@code jdbc:…} is a URL target, anything else the name of a schema/database on the fleet's server. */
    public static FleetTarget parse(String entry, String source) {
        String text = entry.strip();
        if (text.isEmpty()) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "An empty target in " + source
                    + ": list schema names or JDBC URLs separated by commas (one per line in a file).");
        }
        if (text.startsWith("jdbc:")) {
            return new FleetTarget(org.schemamigrate.core.db.JdbcUrls.maskPassword(text), null, text);
        }
        if (text.contains(":") || text.contains("/")) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "The target '" + text + "' in " + source
                    + " is neither a schema name nor a JDBC URL (jdbc:postgresql://host/db …).");
        }
        return new FleetTarget(text, text, null);
    }

    public boolean isUrl() {
        return url != null;
    }

    @Override
    public String toString() {
        return name;
    }
}
