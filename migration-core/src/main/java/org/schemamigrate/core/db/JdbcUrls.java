package org.schemamigrate.core.db;

import java.util.regex.Pattern;

/** JDBC URL helpers. Passwords never reach a log line. */
public final class JdbcUrls {
    // password=..., pwd=... in query strings, and user:password@ in authority parts
    private static final Pattern QUERY_PASSWORD =
            Pattern.compile("(?i)([?&;](?:password|pwd)=)[^&;]*");
    private static final Pattern USERINFO_PASSWORD = Pattern.compile("(//[^/:@?]+:)[^@/?]*@");

    private JdbcUrls() {
    }

    /** The passwords a URL carries (query parameter or user:password@), for scrubbing messages. */
    public static java.util.List<String> passwordsIn(String url) {
        java.util.List<String> found = new java.util.ArrayList<>();
        if (url == null) {
            return found;
        }
        java.util.regex.Matcher q = Pattern.compile("(?i)[?&;](?:password|pwd)=([^&;]*)").matcher(url);
        while (q.find()) {
            found.add(q.group(1));
        }
        java.util.regex.Matcher u = Pattern.compile("//[^/:@?]+:([^@/?]*)@").matcher(url);
        while (u.find()) {
            found.add(u.group(1));
        }
        return found;
    }

    /** Replaces any password in the URL with "***". */
    public static String maskPassword(String url) {
        if (url == null) {
            return null;
        }
        String masked = QUERY_PASSWORD.matcher(url).replaceAll("$1***");
        return USERINFO_PASSWORD.matcher(masked).replaceAll("$1***@");
    }
}
