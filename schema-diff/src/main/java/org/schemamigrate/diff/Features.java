package org.schemamigrate.diff;

import java.util.Objects;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * The database product and version a plan or inspection targets. Version-dependent behaviour asks here, so that
 * dialect code holds no scattered version numbers.
 */
public record Features(DatabaseKind kind, int major, int minor) {

    public Features {
        Objects.requireNonNull(kind, "kind");
    }

    public static Features postgres(int major) {
        return new Features(DatabaseKind.POSTGRESQL, major, 0);
    }

    public boolean atLeast(int wantedMajor, int wantedMinor) {
        return major > wantedMajor || (major == wantedMajor && minor >= wantedMinor);
    }
}
