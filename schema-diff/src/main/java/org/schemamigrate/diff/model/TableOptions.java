package org.schemamigrate.diff.model;

/**
 * MySQL table options: storage engine and default collation (the character set is the collation's prefix, so
 * it is not stored apart). Null fields mean the server default. {@code partitioning} is the partitioning clause
 * as the server prints it (PostgreSQL's pg_get_partkeydef, MySQL's {@code PARTITION BY …} of SHOW CREATE TABLE),
 * null for a plain table; {@code rowSecurity}/{@code forceRowSecurity} are PostgreSQL's table flags.
 */
public record TableOptions(String engine, String collation, String partitioning, boolean rowSecurity,
                           boolean forceRowSecurity) {

    public TableOptions(String engine, String collation) {
        this(engine, collation, null, false, false);
    }

    /** These options without the partitioning clause (changed on its own: it rebuilds or is refused). */
    public TableOptions withoutPartitioning() {
        return new TableOptions(engine, collation, null, rowSecurity, forceRowSecurity);
    }

    public TableOptions withPartitioning(String newPartitioning) {
        return new TableOptions(engine, collation, newPartitioning, rowSecurity, forceRowSecurity);
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
