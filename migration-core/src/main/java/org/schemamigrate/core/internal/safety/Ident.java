package org.schemamigrate.core.internal.safety;

import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.core.lint.SqlText;

/**
 * A name read from a statement normalised by {@link SqlText}: the name as the database sees it (unquoted names
 * lower-cased, as PostgreSQL folds them) and whether it was quoted. MySQL compares unquoted names without regard
 * to case, so matching against the catalog is left to {@link #matches}.
 */
record Ident(String name, boolean quoted) {
    /** A regex for one identifier token of normalised SQL. */
    static final String TOKEN = "(?:\"[^\"]+\"|`[^`]+`|[^ ,()\"`.]+)";
    /** A regex for an optionally schema-qualified name. */
    static final String QUALIFIED = TOKEN + "(?:\\." + TOKEN + ")?";

    static Ident of(String token) {
        return new Ident(SqlText.name(token), token.startsWith("\"") || token.startsWith("`"));
    }

    /** True when this parsed name denotes the catalog name {@code actual}. */
    boolean matches(String actual, boolean caseInsensitive) {
        return caseInsensitive ? actual.equalsIgnoreCase(name) : actual.equals(name);
    }

    /** Splits {@code a, "b" DESC} into identifiers; null when an element is not a plain column. */
    static List<Ident> columnList(String text) {
        List<Ident> columns = new ArrayList<>();
        for (String part : SqlText.topLevelParts(text)) {
            String plain = part.replaceFirst(" (ASC|DESC)$", "").replaceFirst(" NULLS (FIRST|LAST)$", "")
                    .replaceFirst(" (ASC|DESC)$", "");
            if (!plain.matches(TOKEN)) {
                return null;
            }
            columns.add(of(plain));
        }
        return columns;
    }
}
