package org.schemamigrate.maven;

import org.apache.maven.execution.MavenSession;
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
     * embedded PostgreSQL sandbox kept in migration.sandboxDir. {@code -Dmigration.url} is read from the session
     * (not bound here), so {@code mvn -X} does not print a password in it.
     */
    @Parameter
    private String url;

    /** Database user; MIGRATION_USER is used when neither this nor migration.serverId gives one. */
    @Parameter(property = "migration.user")
    private String user;

    /**
     * Database password: {@code -Dmigration.password}, read from the session (not bound here) so {@code mvn -X}
     * does not print it; MIGRATION_PASSWORD is used when neither this nor migration.serverId gives one.
     */
    @Parameter
    private String password;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

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
                .resolve(new ConnectionSettings(SecretProperties.get(url, session, "migration.url"), user,
                        SecretProperties.get(password, session, "migration.password"), serverId));
    }
}
