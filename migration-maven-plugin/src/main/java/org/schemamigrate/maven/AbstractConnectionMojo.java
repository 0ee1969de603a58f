package org.schemamigrate.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** The target-database settings shared by every goal that talks to it (and by diff with migration.from=database). */
public abstract class AbstractConnectionMojo extends AbstractMojo {

    /**
     * JDBC URL of the database (jdbc:postgresql://…, jdbc:mariadb://…, jdbc:mysql://…), or embedded:postgres /
     * embedded:mariadb for the embedded sandbox. When neither this nor MIGRATION_URL is set, the goals use the
     * embedded PostgreSQL sandbox kept in migration.sandboxDir.
     */
    @Parameter(property = "migration.url")
    private String url;

    /** Database user; MIGRATION_USER is used when neither this nor migration.serverId gives one. */
    @Parameter(property = "migration.user")
    private String user;

    /** Database password; MIGRATION_PASSWORD is used when neither this nor migration.serverId gives one. */
    @Parameter(property = "migration.password")
    private String password;

    /** Id of a settings.xml server whose username and password (encrypted or not) are used. */
    @Parameter(property = "migration.serverId")
    private String serverId;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    @Component
    private SettingsDecrypter decrypter;

    /** Where the connection comes from: configuration, settings.xml, MIGRATION_* variables, or the sandbox. */
    protected ResolvedConnection resolveConnection() {
        return new ConnectionResolver(System.getenv(), new SettingsServers(settings, decrypter))
                .resolve(new ConnectionSettings(url, user, password, serverId));
    }
}
