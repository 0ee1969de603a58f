package org.schemamigrate.core;

/**
 * One executable statement of a migration script.
 *
 * @param sql    the statement text, trimmed, without the trailing delimiter and without comments that precede it
 *               (comments inside the statement are kept)
 * @param number the 1-based position of the statement in the script, counting only real statements
 * @param line   the 1-based line of the statement's first character that is neither whitespace nor part of a
 *               leading comment, so error messages point at the SQL itself
 */
public record SqlStatement(String sql, int number, int line) {
}
