package org.schemamigrate.diff.model;

/**
 * Table options: MySQL's storage engine and default collation (the character set is the collation's prefix, so
 * it is not stored apart), and the row format and key block size when the table states them (as
 * information_schema's CREATE_OPTIONS lists them: a server's default row format is never one of them). Null
 * fields mean the server default. {@code partitioning} is the partitioning clause as the server prints it
 * (PostgreSQL's pg_get_partkeydef, MySQL's {@code PARTITION BY …} of SHOW CREATE TABLE), null for a plain table;
 * {@code rowSecurity}/{@code forceRowSecurity} are PostgreSQL's table flags.
 */
public record TableOptions(String engine, String collation, String rowFormat, Integer keyBlockSize,
                           String partitioning, boolean rowSecurity, boolean forceRowSecurity) {

    public TableOptions(String engine, String collation) {
        this(engine, collation, null, null, null, false, false);
    }

    public TableOptions(String engine, String collation, String rowFormat, Integer keyBlockSize) {
        this(engine, collation, rowFormat, keyBlockSize, null, false, false);
    }

    public TableOptions(String engine, String collation, String partitioning, boolean rowSecurity,
                        boolean forceRowSecurity) {
        this(engine, collation, null, null, partitioning, rowSecurity, forceRowSecurity);
    }

    /** The options of information_schema.TABLES.CREATE_OPTIONS ({@code row_format=COMPRESSED key_block_size=8}). */
    public static TableOptions of(String engine, String collation, String createOptions) {
        String rowFormat = null;
        Integer keyBlockSize = null;
        for (String option : createOptions == null ? new String[0] : createOptions.trim().split("\\s+")) {
            String lower = option.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("row_format=")) {
                rowFormat = option.substring("row_format=".length()).toUpperCase(java.util.Locale.ROOT);
            } else if (lower.startsWith("key_block_size=")) {
                keyBlockSize = Integer.valueOf(option.substring("key_block_size=".length()));
            }
        }
        return new TableOptions(engine, collation, rowFormat, keyBlockSize);
    }

    public TableOptions withCollation(String newCollation) {
        return new TableOptions(engine, newCollation, rowFormat, keyBlockSize, partitioning, rowSecurity,
                forceRowSecurity);
    }

    /** These options without the partitioning clause (changed on its own: it rebuilds or is refused). */
    public TableOptions withoutPartitioning() {
        return withPartitioning(null);
    }

    public TableOptions withPartitioning(String newPartitioning) {
        return new TableOptions(engine, collation, rowFormat, keyBlockSize, newPartitioning, rowSecurity,
                forceRowSecurity);
    }

    /** The character set a collation belongs to: {@code utf8mb4_bin} → {@code utf8mb4}. */
    public static String charsetOf(String collation) {
        if (collation == null) {
            return null;
        }
        int underscore = collation.indexOf('_');
        return underscore < 0 ? collation : collation.substring(0, underscore);
    }
}
