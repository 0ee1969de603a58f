package org.schemamigrate.diff.model;

/**
 * One key of an index: a plain column (raw name) or an expression (SQL as the catalog prints it), with its
 * ordering options ("", "DESC", "NULLS FIRST", "DESC NULLS LAST"). {@code prefixLength} is MySQL's key prefix
 * ({@code name(10)}), null for the whole column. {@code keyOptions} is what PostgreSQL prints between the key and
 * its ordering when it is not the default: collation and operator class ({@code COLLATE "C" text_pattern_ops}),
 * "" otherwise.
 */
public record IndexPart(String column, String expression, String ordering, Integer prefixLength,
                        String keyOptions) {

    public IndexPart(String column, String expression, String ordering) {
        this(column, expression, ordering, null, "");
    }

    public IndexPart(String column, String expression, String ordering, Integer prefixLength) {
        this(column, expression, ordering, prefixLength, "");
    }

    public IndexPart {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("An index part is either a column or an expression");
        }
        ordering = ordering == null ? "" : ordering;
        keyOptions = keyOptions == null ? "" : keyOptions;
    }

    public static IndexPart prefix(String name, int length) {
        return new IndexPart(name, null, "", length);
    }

    public static IndexPart column(String name) {
        return new IndexPart(name, null, "");
    }

    public static IndexPart expression(String sql) {
        return new IndexPart(null, sql, "");
    }

    /** The same key on another column or expression (after a rename or a normalisation). */
    public IndexPart withKey(String newColumn, String newExpression) {
        return new IndexPart(newColumn, newExpression, ordering, prefixLength, keyOptions);
    }
}
