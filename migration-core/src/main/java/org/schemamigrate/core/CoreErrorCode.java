package org.schemamigrate.core;

/** The runner's failure codes (this module's {@link ErrorCode}s); the diff has its own enum. */
public enum CoreErrorCode implements ErrorCode {
    /** A file in the migration directory has a bad name, is a duplicate, or cannot be read. */
    INVALID_DIRECTORY,
    /** A migration script cannot be split into statements (unterminated quote, comment or DELIMITER block). */
    INVALID_SCRIPT,
    /** The directory and the history disagree: edited, missing or out-of-order migrations. */
    VALIDATION_FAILED,
    /** A previous migration failed half-way; the database must be repaired and the state cleared with force. */
    DIRTY_DATABASE,
    /** A migration's SQL failed. */
    MIGRATION_FAILED,
    /**
     * A pre-check found rows that would make a statement fail (NULLs before SET NOT NULL, duplicates before a
     * unique constraint, orphans before a foreign key); the message gives the count and an example.
     */
    PRECHECK_FAILED,
    /** A down migration was asked for, but the migration has no down file. */
    IRREVERSIBLE,
    /** The target version does not exist or does not lie in the asked direction. */
    UNKNOWN_VERSION,
    /** Another migrator held the lock for longer than the lock timeout. */
    LOCK_TIMEOUT,
    /** The operation is not allowed in the database's current state (e.g. baseline on a non-empty history). */
    ILLEGAL_STATE,
    /** The deployment was attempted before and failed; it is not attempted again. */
    DEPLOYMENT_FAILED,
    /**
     * A migration to run has destructive statements (drop table, drop column, …) and neither allowDestructive nor
     * the file's {@code -- migration:allow-destructive} directive allows them; nothing was run.
     */
    DESTRUCTIVE_REFUSED,
    /** Bad configuration: missing or conflicting settings. */
    CONFIGURATION,
    /** The database could not be reached or answered with an unexpected error outside a migration. */
    DATABASE_ERROR,
    /**
     * A migration file to run has no statement (empty or only comments) and does not say
     * {@code -- migration:empty}; nothing was run.
     */
    EMPTY_MIGRATION,
    /**
     * A file that runs in one transaction (PostgreSQL without {@code -- migration:no-transaction}) has a
     * transaction-control statement (COMMIT, ROLLBACK, BEGIN, END, a savepoint never set); nothing was run.
     */
    TRANSACTION_CONTROL;

    @Override
    public String module() {
        return "core";
    }
}
