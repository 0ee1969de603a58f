package org.schemamigrate.core.safety;

import java.util.Set;
import java.util.regex.Pattern;
import org.schemamigrate.core.db.DatabaseKind;

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
    private static final Set<String> MYSQL_BINARY = Set.of("binary", "varbinary", "tinyblob", "blob", "mediumblob",
            "longblob", "geometry", "point", "linestring", "polygon", "multipoint", "multilinestring",
            "multipolygon", "geometrycollection");

    private static final Pattern NUMERIC = Pattern.compile(
            "(smallint|integer|bigint|int|tinyint|mediumint|numeric|decimal|real|double|float|double precision)"
                    + "\\b.*");

    private Values() {
    }

    /** The expression that selects the column as text (NULL stays NULL). */
    static String select(DatabaseKind kind, TableInfo.Column column, String qualifier) {
        String ref = (qualifier == null ? "" : qualifier + ".") + kind.quote(column.name());
        if (kind == DatabaseKind.POSTGRESQL) {
            return ref + "::text";
        }
        if (MYSQL_BINARY.contains(column.type())) {
            return "HEX(" + ref + ")";
        }
        return column.type().equals("bit") ? "CAST(" + ref + " AS UNSIGNED)" : "CAST(" + ref + " AS CHAR)";
    }

    /** The literal that restores a value selected with {@link #select}. */
    static String literal(DatabaseKind kind, TableInfo.Column column, String text) {
        if (text == null) {
            return "NULL";
        }
        if (kind == DatabaseKind.POSTGRESQL) {
            // standard_conforming_strings is on (the restore script sets it): only quotes need doubling; a carriage
            // return (which editors and line-based tools change) goes in an E'' string as an escape
            return (text.indexOf('\r') < 0 ? "'" + text.replace("'", "''")
                    : "E'" + text.replace("\\", "\\\\").replace("'", "''").replace("\r", "\\r")) + "'::"
                    + column.type();
        }
        if (MYSQL_BINARY.contains(column.type())) {
            return "X'" + text + "'";
        }
        if (column.type().equals("bit")) {
            return text;
        }
        return "'" + text.replace("\\", "\\\\").replace("'", "''").replace("\0", "\\0").replace("\r", "\\r")
                + "'";
    }

    /** An RFC 4180 field: NULL is an empty unquoted field, every value (the empty string too) is quoted. */
    static String csv(String text) {
        return text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** A short rendering for messages: {@code id=42} or {@code email='a@b'}; NULL as NULL. */
    static String show(TableInfo.Column column, String text) {
        if (text == null) {
            return column.name() + "=NULL";
        }
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return column.name() + "=" + (NUMERIC.matcher(column.type()).matches() ? shown : "'" + shown + "'");
    }
}
