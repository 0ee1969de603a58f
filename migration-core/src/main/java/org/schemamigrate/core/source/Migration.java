package org.schemamigrate.core.source;

/**
 * A versioned migration: an up script and, when it is reversible, a down script.
 * The checksum recorded in the history is the up script's.
 */
public record Migration(long version, String name, Script up, Script down) {

    public boolean reversible() {
        return down != null;
    }

    public String checksum() {
        return up.checksum();
    }

    /** "3 add_email": how a migration is named in every message. */
    public String label() {
        return version + " " + name;
    }
}
