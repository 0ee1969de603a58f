package org.schemamigrate.diff.inspect.mysql;

import java.util.List;

/**
 * The inspector's information_schema queries: one per object kind for a whole schema (parameter 1: the schema
 * name). Where MySQL 8 and MariaDB differ in columns, each has its own constant.
 */
final class MySqlQueries {

    private MySqlQueries() {
    }

    static final String SCHEMA = """
            SELECT coalesce(?, database())
            """;

    /** Base tables and (MariaDB) sequences, which information_schema lists as tables of type SEQUENCE. */
    static final String TABLES = """
            SELECT TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_COLLATION, TABLE_COMMENT, CREATE_OPTIONS
            FROM information_schema.TABLES
            WHERE TABLE_SCHEMA = ? AND TABLE_TYPE IN ('BASE TABLE', 'SEQUENCE')
            ORDER BY TABLE_NAME
            """;

    static final String COLUMNS = """
            SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA,
                   CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION,
                   COLLATION_NAME, GENERATION_EXPRESSION, COLUMN_COMMENT
            FROM information_schema.COLUMNS
            WHERE TABLE_SCHEMA = ?
            ORDER BY TABLE_NAME, ORDINAL_POSITION
            """;

    /**
     * Every index (primary, unique, plain, fulltext, spatial), one row per key part in key order; IGNORED (MariaDB
     * 10.6+) or IS_VISIBLE (MySQL 8) says whether the optimizer may use it. MariaDB fills STATISTICS table by
     * table, key by key, part by part, in the order SHOW CREATE TABLE prints the keys (creation order within a
     * kind), and returns it so when nothing sorts it: no ORDER BY (a sort, even ROW_NUMBER's, loses that order),
     * so a table created from the model lists its keys as the original does.
     */
    static final String INDEXES_MARIADB = """
            SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, INDEX_TYPE, COLUMN_NAME, NULL, COLLATION, SUB_PART,
                   INDEX_COMMENT, IGNORED = 'YES'
            FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = ?
            """;

    /** MySQL 8 adds functional key parts (COLUMN_NAME null, EXPRESSION set). */
    static final String INDEXES_MYSQL = """
            SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, INDEX_TYPE, COLUMN_NAME, EXPRESSION, COLLATION, SUB_PART,
                   INDEX_COMMENT, IS_VISIBLE = 'NO'
            FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = ?
            ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX
            """;

    /** Foreign keys, one row per column in key order. */
    static final String FOREIGN_KEYS = """
            SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME,
                   r.DELETE_RULE, r.UPDATE_RULE
            FROM information_schema.KEY_COLUMN_USAGE k
            JOIN information_schema.REFERENTIAL_CONSTRAINTS r
              ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
             AND r.TABLE_NAME = k.TABLE_NAME
            WHERE k.TABLE_SCHEMA = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL
            ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION
            """;

    /** MariaDB names checks per table (a column-level check is named after its column) and says its level. */
    static final String CHECKS_MARIADB = """
            SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL
            FROM information_schema.CHECK_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA = ?
            ORDER BY TABLE_NAME, CONSTRAINT_NAME
            """;

    /** MySQL 8 names checks per schema and keeps the table in TABLE_CONSTRAINTS. */
    static final String CHECKS_MYSQL = """
            SELECT t.TABLE_NAME, t.CONSTRAINT_NAME, c.CHECK_CLAUSE, 'Table'
            FROM information_schema.TABLE_CONSTRAINTS t
            JOIN information_schema.CHECK_CONSTRAINTS c
              ON c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND c.CONSTRAINT_NAME = t.CONSTRAINT_NAME
            WHERE t.TABLE_SCHEMA = ? AND t.CONSTRAINT_TYPE = 'CHECK'
            ORDER BY t.TABLE_NAME, t.CONSTRAINT_NAME
            """;

    /**
     * One row per MariaDB sequence, built from the names the TABLES query found: a sequence's options are only
     * readable from the sequence itself, so all of them are read in one UNION ALL (one round trip for any count).
     */
    static String sequences(List<String> quotedNames, List<String> literalNames) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < quotedNames.size(); i++) {
            if (i > 0) {
                sql.append("\nUNION ALL ");
            }
            sql.append("SELECT ").append(literalNames.get(i)).append(", start_value, increment, minimum_value,"
                    + " maximum_value, cache_size, cycle_option FROM ").append(quotedNames.get(i));
        }
        return sql.toString();
    }
}
