package org.schemamigrate.diff.model;

/**
 * A CHECK constraint; {@code expression} is the condition without the CHECK keyword, as the catalog prints it.
 * {@code column} is set only for MariaDB's column-level checks, which belong to the column's definition: they
 * are dropped by restating the column, so the definition travels with the check. {@code noInherit}: PostgreSQL's
 * {@code NO INHERIT}, part of the check's definition. Never compared.
 */
public record Check(String name, String expression, Column column, boolean noInherit) {

    /** A check that child tables inherit (PostgreSQL's default; the only kind on MySQL/MariaDB). */
    public Check(String name, String expression, Column column) {
        this(name, expression, column, false);
    }

    public Check(String name, String expression) {
        this(name, expression, null);
    }

    /** The same check under another name. */
    public Check withName(String other) {
        return new Check(other, expression, column, noInherit);
    }

    /** The same check with another condition (and column, for MariaDB's column-level checks). */
    public Check withExpression(String other, Column otherColumn) {
        return new Check(name, other, otherColumn, noInherit);
    }
}
