package org.schemamigrate.diff.model;

/** A CHECK constraint; {@code expression} is the condition without the CHECK keyword, as the catalog prints it. */
public record Check(String name, String expression) {
}
