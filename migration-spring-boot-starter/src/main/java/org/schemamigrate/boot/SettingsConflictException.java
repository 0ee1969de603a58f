package org.schemamigrate.boot;

import java.util.List;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;

/** Settings that exclude each other are set together ({@code schemamigrate.fleet.targets} and a pattern, say). */
public class SettingsConflictException extends MigrationException {
    private final List<String> settings;

    SettingsConflictException(List<String> settings, String message) {
        super(CoreErrorCode.CONFIGURATION, message);
        this.settings = List.copyOf(settings);
    }

    /** The full names of the conflicting settings, as given in application.properties. */
    public List<String> settings() {
        return settings;
    }
}
