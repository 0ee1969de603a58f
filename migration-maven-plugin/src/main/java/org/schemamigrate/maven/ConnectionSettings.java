package org.schemamigrate.maven;

/**
 * The connection settings as the goal received them (pom configuration or -D properties); null = not set.
 * {@code serverId} names a {@code <server>} of settings.xml that supplies user and password.
 */
public record ConnectionSettings(String url, String user, String password, String serverId) {

    public ConnectionSettings {
        url = blankToNull(url);
        user = blankToNull(user);
        password = blankToNull(password);
        serverId = blankToNull(serverId);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
