package org.schemamigrate.diff.model;

import java.util.Objects;

/**
 * A column. {@code defaultExpression} and {@code generatedExpression} are SQL as the catalog prints them;
 * {@code identity} is null for ordinary columns (MySQL's AUTO_INCREMENT is an identity by default);
 * {@code collation} is null when the type's default applies. MySQL only: {@code onUpdate} is the
 * {@code ON UPDATE} expression (CURRENT_TIMESTAMP) or null, and {@code generatedVirtual} tells a VIRTUAL
 * generated column from a STORED one.
 */
public record Column(String name, ColumnType type, boolean nullable, String defaultExpression, Identity identity,
                     String generatedExpression, String collation, String comment, String onUpdate,
                     boolean generatedVirtual) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public Column(String name, ColumnType type, boolean nullable, String defaultExpression, Identity identity,
                  String generatedExpression, String collation, String comment) {
        this(name, type, nullable, defaultExpression, identity, generatedExpression, collation, comment, null, false);
    }

    public static Column of(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, null, null, null, null, null);
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, generatedExpression, collation,
                comment, onUpdate, generatedVirtual);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpression, identity, generatedExpression, collation,
                comment, onUpdate, generatedVirtual);
    }

    public Column withDefault(String expression) {
        return new Column(name, type, nullable, expression, identity, generatedExpression, collation, comment,
                onUpdate, generatedVirtual);
    }

    public Column withIdentity(Identity newIdentity) {
        return new Column(name, type, nullable, defaultExpression, newIdentity, generatedExpression, collation,
                comment, onUpdate, generatedVirtual);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, collation,
                newComment, onUpdate, generatedVirtual);
    }

    public Column withOnUpdate(String expression) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, collation, comment,
                expression, generatedVirtual);
    }

    public Column withCollation(String newCollation) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, newCollation,
                comment, onUpdate, generatedVirtual);
    }
}
