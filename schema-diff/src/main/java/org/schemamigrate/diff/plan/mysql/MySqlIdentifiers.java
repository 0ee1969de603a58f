package org.schemamigrate.diff.plan.mysql;

import java.util.List;

/**
 * Quotes every MySQL/MariaDB identifier the planner writes, whatever its spelling: a name that is a keyword in some
 * server version, or has upper case or odd characters, can never break a generated migration.
 */
public final class MySqlIdentifiers {

    private MySqlIdentifiers() {
    }

    public static String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    public static String quoteAll(List<String> identifiers) {
        return String.join(", ", identifiers.stream().map(MySqlIdentifiers::quote).toList());
    }

    /** A string literal for comments and enum labels; backslashes are escapes in MySQL's default SQL mode. */
    public static String literal(String text) {
        return text == null ? "NULL" : "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
