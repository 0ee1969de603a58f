package org.schemamigrate.core.internal.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemamigrate.core.lint.SqlText;

/**
 * Data a statement destroys: a whole table (DROP TABLE, TRUNCATE, DELETE without WHERE) or one column
 * (ALTER TABLE … DROP [COLUMN]). Read from the statement normalised like the linter reads it.
 *
 * @param column null when the whole table's rows are lost
 */
record Destruction(TableName table, Ident column) {
    private static final Pattern DROP_TABLE = Pattern.compile(
            "^DROP TABLE (?:IF EXISTS )?(.+?)(?: CASCADE| RESTRICT)?$");
    private static final Pattern TRUNCATE = Pattern.compile(
            "^TRUNCATE (?:TABLE )?(?:ONLY )?(.+?)(?: (?:RESTART|CONTINUE) IDENTITY)?(?: CASCADE| RESTRICT)?$");
    private static final Pattern DELETE_ALL = Pattern.compile("^DELETE FROM (" + Ident.QUALIFIED + ")$");

    /** What the statement destroys, in statement order; empty when nothing (or nothing this reads). */
    static List<Destruction> of(String sql) {
        String text = SqlText.normalise(sql);
        List<Destruction> found = new ArrayList<>();
        Matcher m;
        if ((m = DROP_TABLE.matcher(text)).matches() || (m = TRUNCATE.matcher(text)).matches()) {
            for (String name : SqlText.topLevelParts(m.group(1))) {
                TableName table = TableName.parse(name.replaceFirst("^ONLY ", "").replaceFirst(" ?\\*$", ""));
                if (table != null) {
                    found.add(new Destruction(table, null));
                }
            }
        } else if ((m = DELETE_ALL.matcher(text)).matches()) {
            found.add(new Destruction(TableName.parse(m.group(1)), null));
        } else if ((m = SqlText.ALTER_TABLE.matcher(text)).matches()) {
            TableName table = TableName.parse(m.group(1));
            for (String action : SqlText.topLevelParts(m.group(2))) {
                Matcher drop = SqlText.DROP_COLUMN.matcher(action);
                if (table != null && drop.find()) {
                    found.add(new Destruction(table, Ident.of(drop.group(1))));
                }
            }
        }
        return found;
    }

    /** {@code member} or {@code member.phone}. */
    String describe() {
        return column == null ? table.toString() : table + "." + column.name();
    }
}
