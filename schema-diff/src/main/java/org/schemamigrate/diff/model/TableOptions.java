package org.schemamigrate.diff.model;

/**
 * MySQL table options: storage engine and default collation (the character set is the collation's prefix, so
 * it is not stored apart). Null fields mean the server default.
 */
public record TableOptions(String engine, String collation) {

    /** The character set a collation belongs to: {@code utf8mb4_bin} → {@code utf8mb4}. */
    public static String charsetOf(String collation) {
        if (collation == null) {
            return null;
        }
        int underscore = collation.indexOf('_');
        return underscore < 0 ? collation : collation.substring(0, underscore);
    }
}
