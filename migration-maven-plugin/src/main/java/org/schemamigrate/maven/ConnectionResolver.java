package org.schemamigrate.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides where a goal connects and with which credentials. Precedence: the goal's own settings (pom
 * {@code <configuration>} or {@code -Dmigration.*}) and a settings.xml server, then the environment
 * ({@code MIGRATION_URL}, {@code MIGRATION_USER}, {@code MIGRATION_PASSWORD}), then the embedded sandbox.
 * A user or password given in two explicit places is an error naming both, so nobody wonders which one won.
 */
public final class ConnectionResolver {
    public static final String ENV_URL = "MIGRATION_URL";
    public static final String ENV_USER = "MIGRATION_USER";
    public static final String ENV_PASSWORD = "MIGRATION_PASSWORD";
    static final String EMBEDDED = "embedded:";

    private static final Pattern URL_USER = Pattern.compile("(?i)[?&;]user=");
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)[?&;](password|pwd)=");
    private static final Pattern URL_USERINFO = Pattern.compile("(?i)^jdbc:[a-z0-9]+:(?:[a-z0-9:]*)//[^/?@]+@");

    private final Map<String, String> env;
    private final ServerCredentials.Lookup servers;

    public ConnectionResolver(Map<String, String> env, ServerCredentials.Lookup servers) {
        this.env = env;
        this.servers = servers;
    }

    /** One credential candidate: its value and a human name for where it came from. */
    private record Candidate(String value, String source) {
    }

    public ResolvedConnection resolve(ConnectionSettings settings) {
        String url = settings.url();
        String urlSource = "migration.url";
        if (url == null && nonBlank(env.get(ENV_URL))) {
            url = env.get(ENV_URL).trim();
            urlSource = "the environment variable " + ENV_URL;
        }
        ServerCredentials server = server(settings.serverId());
        String serverSource = server == null ? null
                : "the <server> '" + server.id() + "' of settings.xml (migration.serverId)";

        List<Candidate> users = new ArrayList<>();
        List<Candidate> passwords = new ArrayList<>();
        add(users, settings.user(), "migration.user");
        add(passwords, settings.password(), "migration.password");
        if (server != null) {
            add(users, server.user(), serverSource);
            add(passwords, server.password(), serverSource);
        }
        if (url != null && (URL_USER.matcher(url).find() || URL_USERINFO.matcher(url).find())) {
            users.add(new Candidate(null, "the URL (" + urlSource + ")"));
        }
        if (url != null && (URL_PASSWORD.matcher(url).find() || hasUserInfoPassword(url))) {
            passwords.add(new Candidate(null, "the URL (" + urlSource + ")"));
        }
        requireSingle("user", users);
        requireSingle("password", passwords);
        // the environment fills only what nothing explicit gave
        if (users.isEmpty() && nonBlank(env.get(ENV_USER))) {
            users.add(new Candidate(env.get(ENV_USER), "the environment variable " + ENV_USER));
        }
        if (passwords.isEmpty() && env.get(ENV_PASSWORD) != null && !env.get(ENV_PASSWORD).isEmpty()) {
            passwords.add(new Candidate(env.get(ENV_PASSWORD), "the environment variable " + ENV_PASSWORD));
        }
        String user = users.isEmpty() ? null : users.get(0).value();
        String password = passwords.isEmpty() ? null : passwords.get(0).value();
        String userSource = users.isEmpty() ? null : users.get(0).source();

        if (url == null) {
            if (!users.isEmpty() || !passwords.isEmpty()) {
                String where = !users.isEmpty() ? users.get(0).source() : passwords.get(0).source();
                throw new ConfigurationException("Credentials are set (by " + where + ") but no database URL is:"
                        + " set migration.url (or " + ENV_URL + ") to the database they are for, or"
                        + " migration.url=embedded:postgres to use them on the embedded sandbox.");
            }
            return new ResolvedConnection(null, Sandbox.Kind.POSTGRES, true, null, null, null);
        }
        if (url.regionMatches(true, 0, EMBEDDED, 0, EMBEDDED.length())) {
            return new ResolvedConnection(null, embeddedKind(url, urlSource), false, user, password, userSource);
        }
        if (!url.regionMatches(true, 0, "jdbc:", 0, 5)) {
            throw new ConfigurationException("The database URL from " + urlSource + " is not a JDBC URL: "
                    + ResolvedConnection.mask(url) + ". Use jdbc:postgresql://host/db, jdbc:mariadb://host/db or"
                    + " jdbc:mysql://host/db, or embedded:postgres / embedded:mariadb for the sandbox.");
        }
        return new ResolvedConnection(url, null, false, user, password, userSource);
    }

    private ServerCredentials server(String serverId) {
        if (serverId == null) {
            return null;
        }
        ServerCredentials server = servers.find(serverId);
        if (server == null) {
            throw new ConfigurationException("migration.serverId is '" + serverId + "' but settings.xml has no"
                    + " <server> with that id. Add <server><id>" + serverId + "</id><username>…</username>"
                    + "<password>…</password></server> to ~/.m2/settings.xml (or the file given with -s), or fix"
                    + " the id.");
        }
        if (server.user() == null && server.password() == null) {
            throw new ConfigurationException("The <server> '" + serverId + "' of settings.xml has neither a"
                    + " <username> nor a <password>; add them, or remove migration.serverId.");
        }
        return server;
    }

    private static Sandbox.Kind embeddedKind(String url, String source) {
        String kind = url.substring(EMBEDDED.length()).trim().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "postgres", "postgresql", "" -> Sandbox.Kind.POSTGRES;
            case "mariadb" -> Sandbox.Kind.MARIADB;
            default -> throw new ConfigurationException("Unknown embedded database '" + kind + "' in " + source
                    + ": use embedded:postgres or embedded:mariadb.");
        };
    }

    private static void requireSingle(String what, List<Candidate> candidates) {
        if (candidates.size() > 1) {
            throw new ConfigurationException("The database " + what + " is set in two places: by "
                    + candidates.get(0).source() + " and by " + candidates.get(1).source()
                    + ". Keep one of them.");
        }
    }

    private static boolean hasUserInfoPassword(String url) {
        var m = URL_USERINFO.matcher(url);
        return m.find() && m.group().substring(m.group().lastIndexOf("//") + 2).contains(":");
    }

    private static void add(List<Candidate> list, String value, String source) {
        if (value != null) {
            list.add(new Candidate(value, source));
        }
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }
}
