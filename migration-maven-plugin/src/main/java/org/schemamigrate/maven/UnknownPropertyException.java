package org.schemamigrate.maven;

/**
 * A -Dmigration.* property or a {@code <configuration>} key that no goal (or not this goal) reads: a typo that
 * would otherwise be ignored, even on a safety switch. {@code nearest} is the known name closest to it.
 */
public final class UnknownPropertyException extends ConfigurationException {
    private final String property;
    private final String nearest;

    UnknownPropertyException(String property, String nearest, String message) {
        super(message);
        this.property = property;
        this.nearest = nearest;
    }

    public String property() {
        return property;
    }

    public String nearest() {
        return nearest;
    }
}
