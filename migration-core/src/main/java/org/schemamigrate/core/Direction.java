package org.schemamigrate.core;

import java.util.Locale;

/** Which script of a migration runs. */
public enum Direction {
    UP, DOWN;

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Direction fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
