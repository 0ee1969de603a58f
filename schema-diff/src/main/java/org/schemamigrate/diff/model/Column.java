package org.schemamigrate.diff.model;

import java.util.Objects;

/**
 * A column. {@code defaultExpression} and {@code generatedExpression} are SQL as the catalog prints them;
 * {@code identity} is null for ordinary columns; {@code collation} is null when the type's default applies.
 */
public record Column(String name, ColumnType type, boolean nullable, String defaultExpression, Identity identity,
                     String generatedExpression, String collation, String comment) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static Column of(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, null, null, null, null, null);
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, generatedExpression, collation,
                comment);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpression, identity, generatedExpression, collation,
                comment);
    }

    public Column withDefault(String expression) {
        return new Column(name, type, nullable, expression, identity, generatedExpression, collation, comment);
    }

    public Column withIdentity(Identity newIdentity) {
        return new Column(name, type, nullable, defaultExpression, newIdentity, generatedExpression, collation,
                comment);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, collation,
                newComment);
    }
}
