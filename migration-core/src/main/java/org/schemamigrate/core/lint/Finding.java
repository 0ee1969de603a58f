package org.schemamigrate.core.lint;

/**
 * One risk in one statement: a stable code (for suppressions and CI), what it risks, where, and one line of
 * explanation with the safer alternative where there is one.
 */
public record Finding(String code, Category category, String file, int statement, int line, String sql,
                      String explanation) {

    /** "2_drop_email.up.sql:3 SM103 destructive: drops column …". */
    public String describe() {
        return file + ":" + line + " " + code + " " + category.label() + ": " + explanation;
    }
}
