package org.schemamigrate.core.internal.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.lint.SqlText;

/**
 * A data-dependent step read from a statement: the columns that must become NOT NULL, unique (or a primary key),
 * or reference a parent table. Only plain column lists are read; expressions, prefix lengths, partial indexes
 * and NULLS NOT DISTINCT are left to the database; a foreign key added NOT VALID checks no existing rows.
 *
 * @param parent        the referenced table of a foreign key, else null
 * @param parentColumns the referenced columns; empty = the parent's primary key
 */
record PreCheck(Kind kind, TableName table, List<Ident> columns, TableName parent, List<Ident> parentColumns) {
    enum Kind { NOT_NULL, UNIQUE, PRIMARY_KEY, FOREIGN_KEY }

    private static final String T = Ident.TOKEN;
    private static final String LIST = " ?\\(([^()]*)\\)";
    private static final Pattern SET_NOT_NULL = Pattern.compile("^ALTER (?:COLUMN )?(" + T + ") SET NOT NULL$");
    private static final Pattern MODIFY = Pattern.compile("^MODIFY (?:COLUMN )?(" + T + ") (.*)$");
    private static final Pattern CHANGE = Pattern.compile("^CHANGE (?:COLUMN )?(" + T + ") " + T + " (.*)$");
    private static final Pattern NOT_NULL_DEFINITION = Pattern.compile("(^| )NOT NULL\\b");
    private static final Pattern UNIQUE = Pattern.compile(
            "^ADD (?:CONSTRAINT " + T + " )?UNIQUE(?: KEY| INDEX)?(?: " + T + ")?" + LIST);
    private static final Pattern PRIMARY_KEY = Pattern.compile(
            "^ADD (?:CONSTRAINT " + T + " )?PRIMARY KEY(?: USING [A-Z]+)?" + LIST);
    private static final Pattern FOREIGN_KEY = Pattern.compile("^ADD (?:CONSTRAINT " + T + " )?FOREIGN KEY(?: "
            + T + ")?" + LIST + " REFERENCES (" + Ident.QUALIFIED + ")(?:" + LIST + ")?");
    private static final Pattern UNIQUE_INDEX = Pattern.compile("^CREATE UNIQUE INDEX (?:CONCURRENTLY )?"
            + "(?:IF NOT EXISTS )?(?:" + T + " )?ON (?:ONLY )?(" + Ident.QUALIFIED + ")(?: USING [A-Z]+)?" + LIST
            + "(.*)$");

    /** The checks a statement needs, in action order; empty when it has none or cannot be read. */
    static List<PreCheck> of(RunnerDialect dialect, String sql) {
        String text = SqlText.normalise(sql);
        List<PreCheck> checks = new ArrayList<>();
        Matcher m = UNIQUE_INDEX.matcher(text);
        if (m.matches()) {
            if (!m.group(3).matches(".*\\b(WHERE|NULLS NOT DISTINCT)\\b.*")) {
                add(checks, Kind.UNIQUE, TableName.parse(m.group(1)), Ident.columnList(m.group(2)), null, null);
            }
            return checks;
        }
        m = SqlText.ALTER_TABLE.matcher(text);
        if (m.matches()) {
            TableName table = TableName.parse(m.group(1));
            for (String action : SqlText.topLevelParts(m.group(2))) {
                action(dialect, table, action, checks);
            }
        }
        return checks;
    }

    private static void action(RunnerDialect dialect, TableName table, String action, List<PreCheck> checks) {
        Matcher m;
        if ((m = SET_NOT_NULL.matcher(action)).matches()) {
            add(checks, Kind.NOT_NULL, table, List.of(Ident.of(m.group(1))), null, null);
        } else if (dialect.modifiesColumnDefinitions() && ((m = MODIFY.matcher(action)).matches()
                || (m = CHANGE.matcher(action)).matches())) {
            if (NOT_NULL_DEFINITION.matcher(m.group(2)).find()) {
                add(checks, Kind.NOT_NULL, table, List.of(Ident.of(m.group(1))), null, null);
            }
        } else if ((m = UNIQUE.matcher(action)).find()) {
            add(checks, Kind.UNIQUE, table, Ident.columnList(m.group(1)), null, null);
        } else if ((m = PRIMARY_KEY.matcher(action)).find()) {
            add(checks, Kind.PRIMARY_KEY, table, Ident.columnList(m.group(1)), null, null);
        } else if ((m = FOREIGN_KEY.matcher(action)).find() && !action.endsWith(" NOT VALID")) {
            // NOT VALID (PostgreSQL) leaves existing rows unchecked: nothing to fail on
            add(checks, Kind.FOREIGN_KEY, table, Ident.columnList(m.group(1)), TableName.parse(m.group(2)),
                    m.group(3) == null ? List.of() : Ident.columnList(m.group(3)));
        }
    }

    private static void add(List<PreCheck> checks, Kind kind, TableName table, List<Ident> columns,
                            TableName parent, List<Ident> parentColumns) {
        boolean readable = table != null && columns != null && !columns.isEmpty()
                && (kind != Kind.FOREIGN_KEY || parent != null && parentColumns != null);
        if (readable) {
            checks.add(new PreCheck(kind, table, columns, parent, parentColumns));
        }
    }

    /** The tables whose rows decide the outcome. */
    List<TableName> tables() {
        return parent == null ? List.of(table) : List.of(table, parent);
    }
}
