package org.schemamigrate.diff.model;

/**
 * A CHECK constraint; {@code expression} is the condition without the CHECK keyword, as the catalog prints it.
 * {@code column} is set only for MariaDB's column-level checks, which belong to the column's definition: they
 * are dropped by restating the column, so the definition travels with the check. Never compared.
 */
public record Check(String name, String expression, Column column) {

    public Check(String name, String expression) {
        this(name, expression, null);
    }
}
