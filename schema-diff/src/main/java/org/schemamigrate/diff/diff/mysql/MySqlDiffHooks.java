package org.schemamigrate.diff.diff.mysql;

import java.util.Locale;
import java.util.Map;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.diff.DiffHooks;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.ColumnType;

/**
 * MySQL's and MariaDB's equivalent spellings, for models not read by the inspector (hand-built or from other
 * tools): type aliases as information_schema names them, and MySQL 8's parentheses around check clauses.
 */
public final class MySqlDiffHooks implements DiffHooks {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("integer", "int"), Map.entry("int4", "int"), Map.entry("int8", "bigint"),
            Map.entry("int2", "smallint"), Map.entry("int1", "tinyint"), Map.entry("bool", "tinyint"),
            Map.entry("boolean", "tinyint"), Map.entry("dec", "decimal"), Map.entry("numeric", "decimal"),
            Map.entry("fixed", "decimal"), Map.entry("real", "double"), Map.entry("double precision", "double"),
            Map.entry("character varying", "varchar"), Map.entry("character", "char"));

    @Override
    public ColumnType normalizeType(ColumnType type) {
        String lower = type.name().toLowerCase(Locale.ROOT);
        return type.withName(ALIASES.getOrDefault(lower, lower));
    }

    /** MySQL 8 prints {@code (`a` > 0)}, MariaDB {@code `a` > 0}. */
    @Override
    public String checkKey(String expression) {
        String key = expression.strip();
        while (key.startsWith("(") && key.endsWith(")") && balanced(key.substring(1, key.length() - 1))) {
            key = key.substring(1, key.length() - 1).strip();
        }
        return key;
    }

    /** MariaDB's column-level checks are part of the column definition: altering the column drops them. */
    @Override
    public boolean lostWhenColumnAltered(Check check) {
        return check.column() != null;
    }

    @Override
    public boolean foreignKeysBlockTypeChange() {
        return true;
    }

    /** MySQL cannot rename foreign keys or checks, and the primary key is PRIMARY. */
    @Override
    public boolean renamesChangeCase() {
        return false;
    }

    /** An index or unique key (an index too) is renamed through a temporary name (MySqlCaseRenames). */
    @Override
    public boolean renamesIndexCase() {
        return true;
    }

    @Override
    public boolean foreignKeysGenerateIndexes() {
        return true;
    }

    @Override
    public boolean keysKeepTableKeyBlockSize() {
        return true;
    }

    @Override
    public boolean placesColumns() {
        return true;
    }

    @Override
    public boolean canRename(SchemaChange.ConstraintKind kind) {
        return kind == SchemaChange.ConstraintKind.UNIQUE;
    }

    private static boolean balanced(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
