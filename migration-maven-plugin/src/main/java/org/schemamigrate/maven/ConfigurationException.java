package org.schemamigrate.maven;

/** A goal's settings are missing, conflicting or malformed; the message names the setting and the fix. */
public class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }
}
