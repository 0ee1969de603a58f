package org.schemamigrate.core.internal.safety;

import java.util.regex.Pattern;
import org.schemamigrate.core.internal.dialect.CatalogTable.Column;
import org.schemamigrate.core.internal.dialect.RunnerDialect;

/**
 * How a saved value travels: the database renders it as text (the select expression), the text goes to the CSV
 * as is, and the restore script turns it back into a literal that gives exactly the same value.
 * <ul>
 *   <li>PostgreSQL: {@code col::text}, restored as {@code 'text'::type} (the column's own type, so uuid, jsonb,
 *   arrays, numeric, timestamps and bytea's {@code \x…} hex form all round-trip).</li>
 *   <li>MySQL/MariaDB: binary strings as {@code HEX(col)} restored as {@code X'…'}, BIT as a number, everything
 *   else {@code CAST(col AS CHAR)} restored as a quoted string that the server converts back to the column type.
 *   Quotes are doubled and backslashes escaped; the restore script switches NO_BACKSLASH_ESCAPES off so that
 *   this holds whatever the server's sql_mode.</li>
 *   <li>Carriage returns are written as escapes (PostgreSQL: in an {@code E''} string), so restore.sql survives
 *   tools that normalise line ends.</li>
 * </ul>
 */
final class Values {
    private static final Pattern NUMERIC = Pattern.compile(
            "(smallint|integer|bigint|int|tinyint|mediumint|numeric|decimal|real|double|float|double precision)"
                    + "\\b.*");

    private Values() {
    }

    /** The expression that selects the column as text (NULL stays NULL). */
    static String select(RunnerDialect dialect, Column column, String qualifier) {
        return dialect.selectAsText((qualifier == null ? "" : qualifier + ".") + dialect.quote(column.name()),
                column.type());
    }

    /** The literal that restores a value selected with {@link #select}. */
    static String literal(RunnerDialect dialect, Column column, String text) {
        return text == null ? "NULL" : dialect.restoreLiteral(column.type(), text);
    }

    /** An RFC 4180 field: NULL is an empty unquoted field, every value (the empty string too) is quoted. */
    static String csv(String text) {
        return text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** A short rendering for messages: {@code id=42} or {@code email='a@b'}; NULL as NULL. */
    static String show(Column column, String text) {
        if (text == null) {
            return column.name() + "=NULL";
        }
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return column.name() + "=" + (NUMERIC.matcher(column.type()).matches() ? shown : "'" + shown + "'");
    }
}
