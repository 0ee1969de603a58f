package org.schemamigrate.maven;

import java.util.stream.Collectors;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/** Finds a settings.xml server and decrypts its password ({@code mvn --encrypt-password}) with Maven's decrypter. */
public final class SettingsServers implements ServerCredentials.Lookup {
    private final Settings settings;
    private final SettingsDecrypter decrypter;

    public SettingsServers(Settings settings, SettingsDecrypter decrypter) {
        this.settings = settings;
        this.decrypter = decrypter;
    }

    @Override
    public ServerCredentials find(String id) {
        Server server = settings == null ? null : settings.getServer(id);
        if (server == null) {
            return null;
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        String errors = result.getProblems().stream()
                .filter(p -> p.getSeverity() != SettingsProblem.Severity.WARNING)
                .map(SettingsProblem::getMessage).collect(Collectors.joining("; "));
        if (!errors.isEmpty()) {
            throw new ConfigurationException("Cannot decrypt the password of the <server> '" + id + "' in"
                    + " settings.xml: " + errors + ". Check ~/.m2/settings-security.xml (the master password) or"
                    + " re-encrypt the password with mvn --encrypt-password.");
        }
        Server decrypted = result.getServer();
        return new ServerCredentials(id, decrypted.getUsername(), decrypted.getPassword());
    }
}
