package org.schemamigrate.maven;

import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** The target database's settings (migration.url, user, password, serverId) and where the goal connects. */
record ConnectionOptions(String url, String user, String password, String serverId, Settings settings,
                         SettingsDecrypter decrypter) {

    static ConnectionOptions of(MigrationParameters p) {
        return new ConnectionOptions(p.url, p.user, p.password, p.serverId,
                p.session == null ? null : p.session.getSettings(), p.decrypter);
    }

    /** Configuration, settings.xml, MIGRATION_* variables, or the sandbox. */
    ResolvedConnection resolve() {
        return new ConnectionResolver(System.getenv(), new SettingsServers(settings, decrypter))
                .resolve(new ConnectionSettings(url, user, password, serverId));
    }
}
