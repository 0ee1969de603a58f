package org.schemamigrate.diff.model;

/**
 * A PostgreSQL exclusion constraint. {@code definition} is the catalog's own text (pg_get_constraintdef:
 * {@code EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (…)}), compared and written as it is.
 */
public record Exclusion(String name, String definition) {
}
