package org.schemamigrate.core;

/** The database's current version: the highest recorded one (0 when none), and whether it is dirty. */
public record VersionInfo(long version, String name, boolean dirty) {
    public static final VersionInfo NONE = new VersionInfo(0, null, false);

    @Override
    public String toString() {
        if (version == 0) {
            return "none (nothing applied yet)";
        }
        return version + " " + name + (dirty ? " (dirty)" : "");
    }

    /** For sentences: "version 3 add_email" or "version none (nothing applied yet)", the status line's words. */
    public String describe() {
        return "version " + this;
    }
}
