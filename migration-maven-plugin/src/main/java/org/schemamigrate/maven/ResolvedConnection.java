package org.schemamigrate.maven;

import org.schemamigrate.core.db.JdbcUrls;

/**
 * Where the goal connects: a JDBC URL, or an embedded sandbox ({@code sandbox != null}) whose URL is known only
 * once it runs. {@code userSource} says where the credentials came from, for the log line.
 */
public record ResolvedConnection(String url, Sandbox.Kind sandbox, boolean defaulted, String user, String password,
                                 String userSource) {

    public boolean embedded() {
        return sandbox != null;
    }

    /** The URL without any password, for log lines. */
    public String maskedUrl() {
        return mask(url);
    }

    static String mask(String url) {
        return JdbcUrls.maskPassword(url);
    }

    @Override
    public String toString() {
        return "ResolvedConnection[url=" + maskedUrl() + ", sandbox=" + sandbox + ", user=" + user
                + ", password=" + (password == null ? null : "***") + "]";
    }
}
