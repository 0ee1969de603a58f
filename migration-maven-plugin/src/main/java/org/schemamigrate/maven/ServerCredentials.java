package org.schemamigrate.maven;

/** User and (decrypted) password of a settings.xml {@code <server>}; either may be null. */
public record ServerCredentials(String id, String user, String password) {

    /** Finds a server by id; returns null when settings.xml has none with that id. */
    @FunctionalInterface
    public interface Lookup {
        ServerCredentials find(String id);
    }

    @Override
    public String toString() {
        // records print every component: keep the password out of any log line or exception message
        return "ServerCredentials[id=" + id + ", user=" + user + ", password=" + (password == null ? null : "***")
                + "]";
    }
}
