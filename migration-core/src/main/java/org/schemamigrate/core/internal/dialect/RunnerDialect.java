package org.schemamigrate.core.internal.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.internal.sql.ScriptSplitter;

/**
 * Everything the runner does differently per database, in one object: session set-up, the history tables, the
 * advisory lock, the script splitter, the locking lint rules and the SQL of pre-checks and row backups.
 * golang-migrate's {@code database.Driver} is the model: adding a database means implementing this interface
 * (and passing {@code RunnerDialectContract} in the tests). The rest of the runner never branches on the kind.
 */
public interface RunnerDialect {

    /** The one factory: PostgreSQL, or the MySQL family (MySQL and MariaDB as flavours of one implementation). */
    static RunnerDialect of(DatabaseKind kind) {
        Objects.requireNonNull(kind, "kind");
        return switch (kind) {
            case POSTGRESQL -> PostgresDialect.INSTANCE;
            case MYSQL -> MySqlDialect.MYSQL;
            case MARIADB -> MySqlDialect.MARIADB;
        };
    }

    DatabaseKind kind();

    default String displayName() {
        return kind().displayName();
    }

    /** Quotes an identifier unconditionally. */
    default String quote(String identifier) {
        return kind().quote(identifier);
    }

    /** Whether a WITH clause may hold an INSERT or DELETE (PostgreSQL): two writes in one round trip. */
    default boolean writableCte() {
        return false;
    }

    /** True when DDL can be rolled back, so a migration and its history row can commit together. */
    default boolean transactionalDdl() {
        return kind().transactionalDdl();
    }

    // --- session -------------------------------------------------------------------------------------------

    /**
     * Names the session after the tool and makes {@code schema} (may be null: keep the connection's) current.
     * Returns what puts the changed settings back, so a pooled connection goes back as it came.
     */
    SessionRestore prepareSession(Connection c, String schema, String applicationName) throws SQLException;

    /** The connection's current schema (PostgreSQL) or database (MySQL family); null when there is none. */
    String currentSchema(Connection c) throws SQLException;

    /** The message for a connection without a current schema, naming the fix. */
    String noCurrentSchemaMessage();

    /** Names the lock connection, so waiting deploys can tell who holds the lock; best effort. */
    void nameConnection(Connection c, String applicationName);

    /** Puts back what {@link #prepareSession} changed. */
    @FunctionalInterface
    interface SessionRestore {
        void restore(Connection c) throws SQLException;
    }

    // --- history -------------------------------------------------------------------------------------------

    String createHistoryTable(String qualifiedName);

    String createLogTable(String qualifiedName);

    String createBatchTable(String qualifiedName);

    /** The SQL expression for "now" in the timestamp column type the history tables use. */
    String now();

    /** True when the table exists; {@code schema} null means the current one. */
    boolean tableExists(Connection c, String schema, String table, String qualifiedName) throws SQLException;

    /**
     * {@link #tableExists} for several tables of one schema, in the order given; a dialect answers in one query
     * (the history, log and batch tables are checked at the start of every run).
     */
    default boolean[] tablesExist(Connection c, String schema, List<String> tables, List<String> qualifiedNames)
            throws SQLException {
        boolean[] exist = new boolean[tables.size()];
        for (int i = 0; i < exist.length; i++) {
            exist[i] = tableExists(c, schema, tables.get(i), qualifiedNames.get(i));
        }
        return exist;
    }

    /** Reads a history timestamp column as an instant (null stays null). */
    Instant readTimestamp(ResultSet rs, int column) throws SQLException;

    // --- lock and splitter ---------------------------------------------------------------------------------

    /** The session-scoped advisory lock for {@code name} (schema and history table). */
    AdvisoryLock advisoryLock(String name);

    /** The lexical rules of the dialect's scripts (quotes, comments, dollar quotes, DELIMITER). */
    ScriptSplitter splitter();

    // --- lint: the locking rules, which differ per database; null means no risk ----------------------------

    /** A locking risk: the lint code and why. */
    record LockRisk(String code, String explanation) {
    }

    /** {@code sql} is a normalised DROP INDEX statement. */
    LockRisk dropIndex(String sql);

    /** A CREATE INDEX on a table that existed before the migration. */
    LockRisk createIndex(boolean concurrently);

    /** A CREATE INDEX (not CONCURRENTLY) on a partitioned table that existed before the migration. */
    default LockRisk createPartitionedIndex() {
        return createIndex(false);
    }

    /** An ADD COLUMN action (normalised) on an existing table. */
    LockRisk addColumn(String table, String action);

    /** An added CHECK or FOREIGN KEY constraint (normalised action) on an existing table. */
    LockRisk addConstraint(String table, String action);

    /** SET NOT NULL with no earlier CHECK (col IS NOT NULL) in the file. */
    LockRisk setNotNull(String table);

    /** A column type change; {@code sql} is the whole normalised statement. */
    LockRisk changeColumn(String table, String sql);

    /**
     * A varchar made longer and nothing else; {@code lengthPrefixKept}: its maximum byte length stays on the same
     * side of 255 (MySQL/MariaDB then change only metadata).
     */
    LockRisk widenVarchar(String table, String sql, boolean lengthPrefixKept);

    /** True when the dialect has MySQL's {@code MODIFY}/{@code CHANGE} column definitions. */
    boolean modifiesColumnDefinitions();

    // --- pre-checks and row backups ------------------------------------------------------------------------

    /** Columns, their types and the primary key of a table; null when it does not exist. */
    CatalogTable describeTable(Connection c, String schema, String table, boolean quoted) throws SQLException;

    /** True when unquoted column names match the catalog without regard to case. */
    boolean caseInsensitiveColumns();

    /** False for column types without equality (PostgreSQL json, xml): they cannot identify a row. */
    boolean hasEquality(String columnType);

    /** True when a failed query aborts the transaction (PostgreSQL): checks then run under a savepoint. */
    boolean failedQueryAbortsTransaction();

    /** The expression that selects a column as text (NULL stays NULL). */
    String selectAsText(String columnRef, String columnType);

    /** The literal that restores a non-null value selected with {@link #selectAsText}. */
    String restoreLiteral(String columnType, String text);

    /** The null-safe equality operator, with spaces. */
    String nullSafeEquals();

    /** True when rows stream only inside a transaction (PostgreSQL cursors). */
    boolean streamsOnlyInTransaction();

    /** The session settings a backup query runs under, so its text form reads back exactly. */
    Map<String, String> exportSettings();

    String readSetting(Connection c, String name) throws SQLException;

    void writeSetting(Connection c, String name, String value) throws SQLException;

    /** The first and last lines of restore.sql. */
    String restoreScriptHeader();

    String restoreScriptFooter();

    // --- crash truth: what an interrupted run left behind ----------------------------------------------------

    /**
     * Finds other sessions running a statement; one parameter, the statement text. Rows: the session id and how
     * long it has been running.
     */
    String runningStatementQuery();

    /** Counts schemas (databases) with the name given as the one parameter, including those without rights. */
    String schemaExistsQuery();

    /**
     * A condition comparing a catalog name column with a parameter: exactly where the catalog holds names as
     * written (PostgreSQL), without regard to case on the MySQL family.
     */
    String catalogNameEquals(String column);

    /** True when an index name is unique only within its table (MySQL family), not within the schema. */
    boolean indexNamesPerTable();

    /**
     * Counts indexes; parameters: schema and index name, then the table when {@code onTable}. The conditions use
     * {@link #catalogNameEquals}.
     */
    String indexExistsQuery(boolean onTable);

    /** The current transaction's id as text, or null when the database cannot say later what became of it. */
    String transactionIdQuery();

    /**
     * The status of the transaction whose id is the one parameter ("committed" when it committed); null when
     * {@link #transactionIdQuery} is.
     */
    String transactionStatusQuery();
}
