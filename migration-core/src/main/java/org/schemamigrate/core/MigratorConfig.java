package org.schemamigrate.core;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.schemamigrate.core.event.MigrationListener;
import org.schemamigrate.core.internal.history.HistoryStore;

/**
 * Everything a {@link Migrator} needs; built with {@link Migrator#builder()}.
 *
 * @param location    {@code classpath:db/migration}, {@code filesystem:path} or a plain path
 * @param schema      where the history table lives and the session's default schema; null = the connection's
 * @param table       the history table; its log table is {@code <table>_log}
 * @param outOfOrder  apply pending migrations whose version is below the highest applied one
 * @param dryRun      compute and return the SQL, change nothing
 * @param deployment  a label for the up run (CI pipeline id, release); a deployment is attempted only once
 * @param singleTransaction apply all pending migrations in one transaction (PostgreSQL only)
 * @param javaPackages      packages whose JavaMigration classes join the migrations
 * @param javaMigrations    JavaMigration instances given directly (e.g. beans of the application)
 * @param backupDirectory   where rows are saved before destructive statements (core.safety.RowBackup); null = no
 *                          backups
 * @param preChecks         count the rows that would make SET NOT NULL / unique / foreign key statements fail,
 *                          and fail before them (core.safety.PreChecks)
 * @param allowDestructive  run migrations with destructive statements (drop table/column, …) even when their file
 *                          has no {@code -- migration:allow-destructive} directive
 */
public record MigratorConfig(DataSource dataSource, String location, ClassLoader classLoader, String schema,
                             String table, Duration lockTimeout, boolean outOfOrder, boolean dryRun,
                             String deployment, boolean singleTransaction, List<String> javaPackages,
                             List<JavaMigration> javaMigrations, List<MigrationListener> listeners,
                             Path backupDirectory, boolean preChecks, boolean allowDestructive) {
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(10);

    public MigratorConfig {
        if (dataSource == null) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION,
                    "No database is configured: give the Migrator a DataSource or a JDBC URL (migration.url).");
        }
        if (location == null || location.isBlank()) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION,
                    "No migration location is configured: give a directory or classpath:<folder>.");
        }
        if (table == null || table.isBlank()) {
            table = HistoryStore.DEFAULT_TABLE;
        }
        if (lockTimeout == null) {
            lockTimeout = DEFAULT_LOCK_TIMEOUT;
        }
        if (lockTimeout.isNegative()) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "The lock timeout must not be negative (got "
                    + lockTimeout + "); set migration.lockTimeout to a number of seconds.");
        }
        listeners = List.copyOf(listeners);
        javaPackages = List.copyOf(javaPackages);
        javaMigrations = List.copyOf(javaMigrations);
    }
}
