package org.schemamigrate.core.lint;

import java.util.Locale;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;

/** What a finding risks, most serious first; {@code migration.failOn} picks the lowest one that fails. */
public enum Category {
    /** Loses data: drop table/column/schema, narrowing type change, enum value removed. */
    DESTRUCTIVE,
    /** Breaks the application version that is running while the migration is applied: renames. */
    BACKWARD_INCOMPATIBLE,
    /** May fail on existing rows: NOT NULL, unique, check, foreign key. */
    DATA_DEPENDENT,
    /** Blocks reads or writes of a busy table while it runs. */
    LOCKING;

    public boolean atLeast(Category threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** "destructive", "backward-incompatible", "data-dependent" or "locking"; anything else names the setting. */
    public static Category parse(String text, String setting) {
        for (Category c : values()) {
            if (c.label().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return c;
            }
        }
        throw new MigrationException(CoreErrorCode.CONFIGURATION, setting + " must be one of destructive,"
                + " backward-incompatible, data-dependent, locking; got '" + text + "'.");
    }
}
