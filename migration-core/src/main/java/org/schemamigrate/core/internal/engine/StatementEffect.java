package org.schemamigrate.core.internal.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemamigrate.core.lint.SqlText;

/**
 * What a DDL statement leaves in the catalog when it has committed: an object that exists (CREATE, ADD,
 * RENAME) or no longer exists (DROP). Used to tell whether a statement that was running when a migrator died
 * committed. Null from {@link #of} when the statement's effect does not show as an object that exists or not
 * (DML, type changes, defaults).
 *
 * @param kind    "table", "column", "index" or "constraint"
 * @param schema  the schema the statement names, or null for the migrated one
 * @param table   the table (for a table or a PostgreSQL index: the object itself)
 * @param name    the column, index or constraint; null for a table
 * @param present true when the committed statement leaves the object, false when it removes it
 */
record StatementEffect(String kind, String schema, String table, String name, boolean present) {
    private static final String NAME = "(\"[^\"]+\"|`[^`]+`|[^ ,()\"`.;]+)";
    private static final String QUALIFIED = "(?:" + NAME + "\\.)?" + NAME;
    private static final Pattern CREATE_TABLE = Pattern.compile("^CREATE (?:OR REPLACE )?(?:TEMPORARY |UNLOGGED )?"
            + "(?:ALGORITHM ?= ?\\S+ )?(?:DEFINER ?= ?\\S+ )?(?:SQL SECURITY \\S+ )?(?:TABLE|VIEW|MATERIALIZED VIEW)"
            + " (?:IF NOT EXISTS )?" + QUALIFIED + "(?:[ (]|$).*");
    private static final Pattern DROP_TABLE = Pattern.compile(
            "^DROP (?:TEMPORARY )?(?:TABLE|VIEW|MATERIALIZED VIEW) (?:IF EXISTS )?" + QUALIFIED + "(?:[ ,;]|$).*");
    private static final Pattern RENAME_TABLE = Pattern.compile(
            "^RENAME TABLE " + QUALIFIED + " TO " + QUALIFIED + "(?:[ ,;]|$).*");
    private static final Pattern CREATE_INDEX = Pattern.compile("^CREATE (?:UNIQUE |FULLTEXT |SPATIAL )?INDEX"
            + " (?:CONCURRENTLY )?(?:IF NOT EXISTS )?" + NAME + " ON (?:ONLY )?" + QUALIFIED + "(?:[ (]|$).*");
    private static final Pattern DROP_INDEX = Pattern.compile("^DROP INDEX (?:CONCURRENTLY )?(?:IF EXISTS )?"
            + QUALIFIED + "(?: ON " + QUALIFIED + ")?(?:[ ,;]|$).*");
    private static final Pattern ALTER_TABLE = Pattern.compile(
            "^ALTER TABLE (?:IF EXISTS )?(?:ONLY )?" + QUALIFIED + " (.*)$");
    private static final Pattern ADD_INDEX = Pattern.compile(
            "^ADD (?:UNIQUE |FULLTEXT |SPATIAL )?(?:INDEX|KEY) (?:IF NOT EXISTS )?" + NAME + ".*");
    private static final Pattern ADD_CONSTRAINT = Pattern.compile("^ADD CONSTRAINT (?:IF NOT EXISTS )?" + NAME + ".*");
    private static final Pattern DROP_NAMED = Pattern.compile(
            "^DROP (INDEX|KEY|CONSTRAINT|FOREIGN KEY|CHECK) (?:IF EXISTS )?" + NAME + ".*");
    private static final Pattern RENAME_TO = Pattern.compile("^RENAME (?:TO|AS) " + QUALIFIED + "$");
    private static final Pattern RENAME_COLUMN = Pattern.compile(
            "^(?:RENAME COLUMN " + NAME + " TO|CHANGE (?:COLUMN )?(?:IF EXISTS )?" + NAME + ") " + NAME + ".*");
    private static final Pattern ADD_COLUMN = Pattern.compile("^ADD (?:COLUMN )?(?:IF NOT EXISTS )?(?!CONSTRAINT |"
            + "PRIMARY |UNIQUE |FOREIGN |CHECK |INDEX |KEY |FULLTEXT |SPATIAL |PERIOD |SYSTEM |\\()" + NAME + " .*");

    static StatementEffect of(String sql) {
        String s = SqlText.normalise(sql);
        Matcher m;
        if ((m = CREATE_TABLE.matcher(s)).matches()) {
            return table(m.group(1), m.group(2), true);
        }
        if ((m = DROP_TABLE.matcher(s)).matches()) {
            return table(m.group(1), m.group(2), false);
        }
        if ((m = RENAME_TABLE.matcher(s)).matches()) {
            return table(m.group(3), m.group(4), true);
        }
        if ((m = CREATE_INDEX.matcher(s)).matches()) {
            return new StatementEffect("index", n(m.group(2)), n(m.group(3)), n(m.group(1)), true);
        }
        if ((m = DROP_INDEX.matcher(s)).matches()) {
            return new StatementEffect("index", n(m.group(1)), m.group(4) == null ? null : n(m.group(4)),
                    n(m.group(2)), false);
        }
        if ((m = ALTER_TABLE.matcher(s)).matches()) {
            // an ALTER TABLE commits as a whole, so its first action tells
            List<String> actions = SqlText.topLevelParts(m.group(3));
            return alter(n(m.group(1)), n(m.group(2)), actions.get(0));
        }
        return null;
    }

    private static StatementEffect alter(String schema, String table, String action) {
        Matcher m;
        if ((m = ADD_INDEX.matcher(action)).matches()) {
            return new StatementEffect("index", schema, table, n(m.group(1)), true);
        }
        if ((m = ADD_CONSTRAINT.matcher(action)).matches()) {
            return new StatementEffect("constraint", schema, table, n(m.group(1)), true);
        }
        if ((m = DROP_NAMED.matcher(action)).matches()) {
            boolean index = m.group(1).equals("INDEX") || m.group(1).equals("KEY");
            return new StatementEffect(index ? "index" : "constraint", schema, table, n(m.group(2)), false);
        }
        if ((m = RENAME_TO.matcher(action)).matches()) {
            return new StatementEffect("table", m.group(1) == null ? schema : n(m.group(1)), n(m.group(2)), null,
                    true);
        }
        if ((m = RENAME_COLUMN.matcher(action)).matches()) {
            return new StatementEffect("column", schema, table, n(m.group(3)), true);
        }
        if ((m = SqlText.DROP_COLUMN.matcher(action)).matches()) {
            return new StatementEffect("column", schema, table, n(m.group(1)), false);
        }
        if ((m = ADD_COLUMN.matcher(action)).matches()) {
            return new StatementEffect("column", schema, table, n(m.group(1)), true);
        }
        return null;
    }

    private static StatementEffect table(String schema, String table, boolean present) {
        return new StatementEffect("table", n(schema), n(table), null, present);
    }

    private static String n(String token) {
        return token == null ? null : SqlText.name(token);
    }

    /** "the table shop.x", "the column x.y", "the index i on x": how a message names the object. */
    String object() {
        String qualified = (schema == null ? "" : schema + ".") + table;
        return switch (kind) {
            case "table" -> "the table " + qualified;
            case "column" -> "the column " + qualified + "." + name;
            default -> "the " + kind + " " + name + (table == null ? "" : " on " + qualified);
        };
    }
}
