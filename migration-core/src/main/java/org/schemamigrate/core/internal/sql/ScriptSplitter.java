package org.schemamigrate.core.internal.sql;

import java.util.List;
import org.schemamigrate.core.SqlStatement;

/**
 * Splits a migration script into the statements that are sent to the database one by one. Implementations follow
 * the lexical rules of their dialect (quotes, comments, dollar quotes, DELIMITER) and are stateless and
 * thread-safe. A database's splitter comes from its {@code RunnerDialect}.
 */
public interface ScriptSplitter {

    /**
     * Splits a script into statements.
     *
     * @param script     the whole script text
     * @param sourceName the file name or other label of the script, used only in error messages
     * @return the statements in script order; empty when the script holds only whitespace and comments
     * @throws org.schemamigrate.core.MigrationException with {@code INVALID_SCRIPT} when a string, quoted
     *         identifier, dollar quote or block comment is never closed
     */
    List<SqlStatement> split(String script, String sourceName);
}
