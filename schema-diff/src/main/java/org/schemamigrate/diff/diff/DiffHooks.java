package org.schemamigrate.diff.diff;

import java.util.List;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.ColumnType;

/**
 * The small dialect-specific part of diffing: normalising spellings that a dialect treats as equal, so the generic
 * differ never reports a difference that is not real. Implementations are pure.
 */
public interface DiffHooks {

    /** Equivalent spellings of a type map to one (e.g. int4 and integer). */
    default ColumnType normalizeType(ColumnType type) {
        return type;
    }

    /**
     * Whether two (normalised) types are spellings the server treats the same. Decides "no change" only: what is
     * written is always the desired type as read.
     */
    default boolean sameType(ColumnType a, ColumnType b) {
        return a.equals(b);
    }

    /** Equivalent spellings of an expression (default, check, predicate, index key) map to one; null stays null. */
    default String normalizeExpression(String sql) {
        return sql == null ? null : sql.strip();
    }

    /**
     * The form under which two check expressions compare equal. Only for comparison, never planned: a dialect may
     * print an expression in a form that reads back differently (PostgreSQL's IN lists on varchar columns).
     */
    default String checkKey(String expression) {
        return expression;
    }

    /**
     * The spellings under which an expression uses a label of a schema-level enum type (PostgreSQL:
     * {@code 'A'::status}), so the differ can tell when the target uses a label it adds; none by default (a
     * dialect whose enums are column types, like MySQL's, has no such labels).
     */
    default List<String> enumLabelLiterals(String enumName, String label) {
        return List.of();
    }

    /**
     * A column default after the sequence it names is renamed, as the server would then print it; unchanged by
     * default.
     */
    default String sequenceRenamedInDefault(String defaultExpression, String from, String to) {
        return defaultExpression;
    }

    /**
     * Whether altering the column a check belongs to drops the check (MariaDB's column-level checks are part of
     * the column's definition); such a check is then dropped and added again around the column change.
     */
    default boolean lostWhenColumnAltered(Check check) {
        return false;
    }

    /**
     * Whether changing the type of {@code column} leaves {@code check} stored as another expression than the same
     * check created on the new type (PostgreSQL re-parses a check over the column from its printed form, so an IN
     * list on a varchar prints differently afterwards); such a check is then dropped and added again around the
     * change, so that the table reads as the desired schema's.
     */
    default boolean reparsedByTypeChange(Check check, String column) {
        return false;
    }

    /**
     * Whether a foreign key blocks a type change of its columns on either side (MySQL and MariaDB refuse to
     * change them); such keys are then dropped before the change and added again after it.
     */
    default boolean foreignKeysBlockTypeChange() {
        return false;
    }

    /**
     * True when a constraint can be renamed to a name differing only in case; where not (MySQL's foreign keys and
     * checks, which cannot be renamed at all), it is dropped and added under its new spelling instead.
     */
    default boolean renamesChangeCase() {
        return true;
    }

    /**
     * True when an index or unique key can be renamed to a name differing only in case (MySQL/MariaDB: through a
     * temporary name, as the planner writes it); the same as {@link #renamesChangeCase()} by default.
     */
    default boolean renamesIndexCase() {
        return renamesChangeCase();
    }

    /**
     * True where the server names the index it generates for a foreign key after the key when the key is added
     * again (MySQL family), so an index the desired schema keeps under another name is declared again
     * ({@link ForeignKeyIndexes}).
     */
    default boolean foreignKeysGenerateIndexes() {
        return false;
    }

    /**
     * True where keys keep the table's KEY_BLOCK_SIZE of when they were made (MySQL family), so they are restated
     * when it changes ({@link KeyBlockSizes}).
     */
    default boolean keysKeepTableKeyBlockSize() {
        return false;
    }

    /** True where the server can move an existing column to another place (MySQL family: MODIFY … AFTER). */
    default boolean placesColumns() {
        return false;
    }

    /**
     * Whether a constraint of this kind can be renamed in place; when a table or column is renamed, constraints
     * named after it follow the new name only where they can (otherwise generated names are left as they are).
     */
    default boolean canRename(SchemaChange.ConstraintKind kind) {
        return true;
    }
}
