package org.schemamigrate.maven;

import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The target database's settings (migration.url, user, password, serverId) and where the goal connects. The
 * sandbox is used only when no URL is configured at all: a configured but empty URL (an unset ${env.X}) or
 * migration.requireUrl=true without a URL fails instead of migrating the sandbox and reporting success.
 */
record ConnectionOptions(String url, String user, String password, String serverId, boolean requireUrl,
                         boolean urlConfigured, Settings settings, SettingsDecrypter decrypter) {
    static final String NO_URL = "no database URL; the sandbox is only used when no URL is configured at all";

    static ConnectionOptions of(MigrationParameters p) {
        String url = SecretProperties.get(p.url, p.session, "migration.url");
        boolean unresolved = url != null && url.strip().matches("\\$\\{[^}]*}");
        return new ConnectionOptions(unresolved ? null : url, p.user,
                SecretProperties.get(p.password, p.session, "migration.password"), p.serverId, p.requireUrl,
                unresolved || p.given.contains("migration.url"), p.session == null ? null : p.session.getSettings(),
                p.decrypter);
    }

    /** Configuration, settings.xml, MIGRATION_* variables, or the sandbox. */
    ResolvedConnection resolve() {
        ResolvedConnection connection = new ConnectionResolver(System.getenv(),
                new SettingsServers(settings, decrypter)).resolve(new ConnectionSettings(url, user, password,
                serverId));
        if (connection.defaulted() && (requireUrl || urlConfigured)) {
            throw new ConfigurationException(NO_URL + " (" + (urlConfigured ? "migration.url is configured but"
                    + " empty, e.g. <url>${env.MIGRATION_URL}</url> with the variable unset"
                    : "migration.requireUrl is true") + "). Set migration.url or " + ConnectionResolver.ENV_URL
                    + ", or -Dmigration.url=embedded:postgres to use the sandbox on purpose. Nothing was run.");
        }
        return connection;
    }
}
