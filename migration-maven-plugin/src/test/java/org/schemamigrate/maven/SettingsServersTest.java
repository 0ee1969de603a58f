package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.junit.jupiter.api.Test;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

/** Maven's own decrypter with a test master password: what migration.serverId sees at run time. */
class SettingsServersTest {

    private static DefaultSettingsDecrypter decrypter(String securityFile) {
        return new DefaultSettingsDecrypter(new DefaultSecDispatcher(new DefaultPlexusCipher(), Map.of(),
                securityFile));
    }

    private static Settings settings(String id, String user, String password) {
        Server server = new Server();
        server.setId(id);
        server.setUsername(user);
        server.setPassword(password);
        Settings settings = new Settings();
        settings.addServer(server);
        return settings;
    }

    private static String securityFile() throws Exception {
        return Path.of(SettingsServersTest.class.getResource("/settings-security.xml").toURI()).toString();
    }

    @Test
    void decryptsAnEncryptedPassword() throws Exception {
        SettingsServers servers = new SettingsServers(
                settings("db", "deployer", "{Mi7DZWH+pM8H3Zdb9YoxY9JgTUtTKHxb0cWLHSaRiAU=}"),
                decrypter(securityFile()));
        ServerCredentials credentials = servers.find("db");
        assertThat(credentials.user()).isEqualTo("deployer");
        assertThat(credentials.password()).isEqualTo("Depl0yer-s3cret");
    }

    @Test
    void plainPasswordsPassThrough() throws Exception {
        SettingsServers servers = new SettingsServers(settings("db", "u", "plain"), decrypter(securityFile()));
        assertThat(servers.find("db").password()).isEqualTo("plain");
    }

    @Test
    void unknownIdIsNull() throws Exception {
        assertThat(new SettingsServers(settings("db", "u", "p"), decrypter(securityFile())).find("other")).isNull();
        assertThat(new SettingsServers(null, decrypter(securityFile())).find("db")).isNull();
    }

    @Test
    void undecryptablePasswordIsAConfigurationError() {
        SettingsServers servers = new SettingsServers(
                settings("db", "deployer", "{Mi7DZWH+pM8H3Zdb9YoxY9JgTUtTKHxb0cWLHSaRiAU=}"),
                decrypter("/nonexistent/settings-security.xml"));
        assertThatThrownBy(() -> servers.find("db"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Cannot decrypt the password of the <server> 'db'")
                .hasMessageNotContaining("Mi7DZWH");
    }
}
