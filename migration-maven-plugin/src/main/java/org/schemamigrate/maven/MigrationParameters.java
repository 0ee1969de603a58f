package org.schemamigrate.maven;

import java.io.File;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Every property of every goal, each declared once: Maven reads parameters only from fields of a goal's class
 * hierarchy, so they live here and the goals take the groups they need ({@link ConnectionOptions},
 * {@link HistoryOptions}, {@link RunOptions}, {@link DiffOptions}). Which goal reads which property is listed in
 * {@link KnownProperties}; no logic lives here.
 */
public abstract class MigrationParameters extends AbstractMojo {

    // ---- every goal

    /** The directory of the golang-migrate style pairs {@code <version>_<name>.up.sql} / {@code .down.sql}. */
    @Parameter(property = "migration.dir", defaultValue = "${project.basedir}/src/main/resources/db/migration")
    File dir;

    /** Skip the goal. */
    @Parameter(property = "migration.skip", defaultValue = "false")
    boolean skip;

    // ---- the target database (ConnectionOptions)

    /**
     * JDBC URL of the database (jdbc:postgresql://…, jdbc:mariadb://…, jdbc:mysql://…), or embedded:postgres /
     * embedded:mariadb for the embedded sandbox. When neither this nor MIGRATION_URL is set, the goals use the
     * embedded PostgreSQL sandbox kept in migration.sandboxDir; a URL that is configured but empty fails.
     * {@code -Dmigration.url} is read from the session (not bound here), so {@code mvn -X} does not print a
     * password in it.
     */
    @Parameter
    String url;

    /** Database user; MIGRATION_USER is used when neither this nor migration.serverId gives one. */
    @Parameter(property = "migration.user")
    String user;

    /**
     * Database password: {@code -Dmigration.password}, read from the session (not bound here) so {@code mvn -X}
     * does not print it; MIGRATION_PASSWORD is used when neither this nor migration.serverId gives one.
     */
    @Parameter
    String password;

    /** Id of a settings.xml server whose username and password (encrypted or not) are used. */
    @Parameter(property = "migration.serverId")
    String serverId;

    /**
     * Fail instead of using the embedded sandbox when no database URL is given (the release profile's setting,
     * so that an unset MIGRATION_URL never migrates the sandbox and reports success).
     */
    @Parameter(property = "migration.requireUrl", defaultValue = "false")
    boolean requireUrl;

    /** Where the embedded sandbox keeps its data (one folder per database kind). */
    @Parameter(property = "migration.sandboxDir", defaultValue = "${project.build.directory}/migration-db")
    File sandboxDir;

    // ---- the history and the runner (HistoryOptions)

    /** Schema of the history table and the session's default schema (diff: the live database's); default: the connection's. */
    @Parameter(property = "migration.schema")
    String schema;

    /** Name of the history table (its event log is {@code <table>_log}); default: migration_history. */
    @Parameter(property = "migration.table")
    String table;

    /** How long to wait for another migrator's lock: 30 (seconds), 30s, 5m, PT5M; default 10 minutes. */
    @Parameter(property = "migration.lockTimeout")
    String lockTimeout;

    /** Allow applying pending migrations whose version is below the highest applied one. */
    @Parameter(property = "migration.outOfOrder", defaultValue = "false")
    boolean outOfOrder;

    /**
     * Comma-separated packages of the project whose JavaMigration classes run with the SQL files (only each
     * package itself). The goals read the compiled classes: compile first (mvn compile migration:up).
     */
    @Parameter(property = "migration.javaPackages", defaultValue = "db.migration")
    String javaPackages;

    // ---- up and down (RunOptions)

    /** Print the SQL that would run and change nothing. */
    @Parameter(property = "migration.dryRun", defaultValue = "false")
    boolean dryRun;

    /**
     * Run migrations with destructive statements (drop table, drop column, truncate, …; see migration:lint). Without
     * it such a run is refused before anything runs, listing the statements, unless the file carries the
     * {@code -- migration:allow-destructive} directive (a reviewed migration).
     */
    @Parameter(property = "migration.allowDestructive", defaultValue = "false")
    boolean allowDestructive;

    /**
     * Before each destructive statement (DROP TABLE, ALTER TABLE … DROP COLUMN, TRUNCATE, DELETE without WHERE)
     * save the rows it would destroy as CSV, with a restore.sql that puts them back once the schema is back, in
     * {@code <migration.backupDir>/<UTC yyyyMMdd-HHmmss>/}. Each saved file is logged.
     */
    @Parameter(property = "migration.backup", defaultValue = "false")
    boolean backup;

    /** The folder under which each run with migration.backup=true gets its own timestamped directory. */
    @Parameter(property = "migration.backupDir", defaultValue = "${project.build.directory}/migration-backups")
    File backupDir;

    /**
     * Before SET NOT NULL / MODIFY … NOT NULL, a unique constraint or index, a primary key or a foreign key, count
     * the rows that would make it fail and stop with the count and an example row, before the migration is
     * half-applied. false turns the pre-checks off.
     */
    @Parameter(property = "migration.preChecks", defaultValue = "true")
    boolean preChecks;

    /** up: apply at most this many pending migrations (default all); down: roll back this many (default 1). Alias: steps. */
    @Parameter(property = "migration.steps")
    Integer steps;

    /** up: stop after this version (it is applied); down: roll back every migration above it (0: all). Alias: to. */
    @Parameter(property = "migration.to")
    String to;

    /**
     * Labels this up run as a deployment (CI pipeline id, release version), attempted once: a later or concurrent
     * run with the same id runs nothing and says "already applied by deployment …", or fails with the first
     * attempt's error if that failed (use a new id after the fix). Not read from the environment.
     */
    @Parameter(property = "migration.deployment")
    String deployment;

    /**
     * Apply all pending migrations in one transaction, all or none (PostgreSQL). Refused before anything runs on
     * MySQL/MariaDB and when a pending file is -- migration:no-transaction.
     */
    @Parameter(property = "migration.singleTransaction", defaultValue = "false")
    boolean singleTransaction;

    /**
     * last: roll back exactly the migrations of the most recent up run (batch, deployment) that still has applied
     * migrations, newest first; the goal names them before the first one runs. Not combinable with steps or to.
     */
    @Parameter(property = "migration.batch")
    String batch;

    /** force, baseline, repair: the migration version (0 = nothing applied, for force). Alias: version. */
    @Parameter(property = "migration.version")
    String version;

    // ---- fleets (FleetOptions): up, down, status, validate and check over many schemas/databases

    /** Comma-separated targets: schema (PostgreSQL) / database (MySQL, MariaDB) names on migration.url's server, or JDBC URLs. */
    @Parameter(property = "migration.targets")
    String targets;

    /** A file of targets, one per line, # comments. */
    @Parameter(property = "migration.targetsFile")
    File targetsFile;

    /** A query run on migration.url whose first column names the targets, e.g. SELECT schema_name FROM tenants. */
    @Parameter(property = "migration.targetsQuery")
    String targetsQuery;

    /** The existing schemas/databases whose name is LIKE this pattern, e.g. tenant_%. */
    @Parameter(property = "migration.targetsPattern")
    String targetsPattern;

    /** Targets migrated at once; default: the number of cores (capped by migration.maxConnections / 2). */
    @Parameter(property = "migration.parallel")
    Integer parallel;

    /** The connections a fleet run may hold at once (two per target: work and lock); default 32. */
    @Parameter(property = "migration.maxConnections", defaultValue = "32")
    int maxConnections;

    /** The first N targets run one by one first; if one of them fails, no other target is touched. */
    @Parameter(property = "migration.canary", defaultValue = "0")
    int canary;

    /** Stop starting targets after the first failure (the rest are reported as skipped); default: go on. */
    @Parameter(property = "migration.failFast", defaultValue = "false")
    boolean failFast;

    // ---- reports

    /** status, lint and test: text (default) or json (one line on standard output; use -q to get only the JSON). */
    @Parameter(property = "migration.format", defaultValue = "text")
    String format;

    /** status: write the report to this file instead (text without colours, or JSON); test: also write the JSON there. */
    @Parameter(property = "migration.output")
    File output;

    /** lint: fail on findings at or above destructive (default), backward-incompatible, data-dependent, locking, none. */
    @Parameter(property = "migration.failOn", defaultValue = "destructive")
    String failOn;

    /** lint: which files, both (default), up (what a deployment runs) or down (what a rollback runs). */
    @Parameter(property = "migration.direction", defaultValue = "both")
    String direction;

    /** lint and test: only the newest N migrations (e.g. 1 in a pull request); default: all. */
    @Parameter(property = "migration.latest")
    Integer latest;

    // ---- migration:test

    /** test: a directory of {@code <version>.sql} files that insert rows after that version's up (the data check). */
    @Parameter(property = "migration.testData")
    File testData;

    /** test: fail on a migration without a down file instead of reporting it as irreversible. */
    @Parameter(property = "migration.requireDown", defaultValue = "false")
    boolean requireDown;

    // ---- writing migrations (create, diff, init)

    /** The name of the new migration, e.g. add_email (other characters become underscores); init: baseline_schema. Alias: name. */
    @Parameter(property = "migration.name")
    String name;

    /** How a new version is numbered: timestamp (yyyyMMddHHmmss UTC, default) or sequence (zero-padded). */
    @Parameter(property = "migration.versioning", defaultValue = "timestamp")
    String versioning;

    // ---- the desired schema and the dev database (DiffOptions)

    /**
     * The target database: postgresql (default), mysql or mariadb. diff: Hibernate's dialect and the dev database;
     * lint: the SQL dialect (default: the kind of migration.url if set).
     */
    @Parameter(property = "migration.dialect")
    String dialect;

    /** The server version Hibernate generates DDL for, e.g. 16 or 11.4; default: the embedded server's. */
    @Parameter(property = "migration.databaseVersion")
    String databaseVersion;

    /**
     * A dev database where scratch schemas (PostgreSQL) or databases (MySQL/MariaDB) may be created and dropped;
     * default: a temporary embedded server of the dialect, started and removed by the goal.
     */
    @Parameter // -Dmigration.devUrl: read from the session (SecretProperties), so mvn -X does not print it
    String devUrl;

    /**
     * Whether diff and check reuse their earlier work: the replayed migration directory kept on a dev server that
     * outlives the goal (a template database on PostgreSQL, a copied database on MySQL/MariaDB), and Hibernate's DDL
     * kept in target/ while the entity classes, the settings and the Hibernate jars stay the same. false: every run
     * starts from zero.
     */
    @Parameter(property = "migration.cache", defaultValue = "true")
    boolean cache = true;

    /**
     * How long the embedded dev server (PostgreSQL, or MariaDB for MariaDB/MySQL) stays up after the last diff or
     * check used it, shared by the user's builds (home ~/.cache/schemamigrate/dev-postgres or dev-mariadb; stop
     * them with migration:stop-dev). 0: a temporary server for each goal. auto: 30m, but 0 where the environment
     * variable CI is true.
     */
    @Parameter(property = "migration.devServerIdle", defaultValue = "auto")
    String devServerIdle;

    /** User for migration.devUrl. */
    @Parameter(property = "migration.devUser")
    String devUser;

    /** Password for migration.devUrl. */
    @Parameter // -Dmigration.devPassword: read from the session (SecretProperties), so mvn -X does not print it
    String devPassword;

    /**
     * Comma-separated packages to scan for @Entity classes, on the whole runtime classpath (jars included). Default:
     * a Spring Boot application's @EntityScan packages or its @SpringBootApplication package, else the project's own
     * compiled classes only.
     */
    @Parameter(property = "migration.packages")
    String packages;

    /**
     * Physical naming: spring (Spring Boot's snake_case), jpa (Hibernate's defaults, for implicit naming too unless
     * migration.implicitNamingStrategy is set) or a class name. Default: the application's
     * spring.jpa.hibernate.naming.physical-strategy, else spring; with migration.persistenceUnit the unit's
     * hibernate.physical_naming_strategy, else jpa.
     */
    @Parameter(property = "migration.namingStrategy")
    String namingStrategy;

    /**
     * Implicit naming: spring, jpa or a class name. Default: the application's
     * spring.jpa.hibernate.naming.implicit-strategy, else jpa when migration.namingStrategy is jpa, else spring; with
     * migration.persistenceUnit the unit's hibernate.implicit_naming_strategy, else jpa.
     */
    @Parameter(property = "migration.implicitNamingStrategy")
    String implicitNamingStrategy;

    /**
     * Comma-separated Spring profiles whose application-{profile}.properties/.yml apply to the desired schema.
     * Default: spring.profiles.active of the application's settings.
     */
    @Parameter(property = "migration.springProfiles")
    String springProfiles;

    /**
     * A unit of META-INF/persistence.xml to take the entity classes, mapping files and Hibernate settings from,
     * instead of scanning the compiled classes.
     */
    @Parameter(property = "migration.persistenceUnit")
    String persistenceUnit;

    /** A SQL schema file to use as the desired schema instead of the entities. */
    @Parameter(property = "migration.desired")
    File desired;

    /** Where the current schema comes from: migrations (the directory replayed, default) or database (migration.url). */
    @Parameter(property = "migration.from", defaultValue = "migrations")
    String from;

    /**
     * Plan for tables in use (diff and check; init ignores it). PostgreSQL: indexes on existing tables are built and
     * dropped CONCURRENTLY in a second, no-transaction migration ({@code <name>_concurrently}), foreign keys and
     * checks are added NOT VALID and then validated, SET NOT NULL goes through a validated check. MySQL/MariaDB:
     * each ALTER TABLE requests ALGORITHM=INSTANT or ALGORITHM=INPLACE, LOCK=NONE when the dev server's version
     * supports it for every change in it, so the server refuses instead of locking.
     */
    @Parameter(property = "migration.online", defaultValue = "false")
    boolean online;

    /**
     * How long each generated file waits for a table lock before it fails, written at its top: PostgreSQL
     * lock_timeout, MySQL/MariaDB lock_wait_timeout (whole seconds). 30 (seconds), 5s, 1500ms, PT5S; 0 writes
     * none. Not migration.lockTimeout, which is how long up/down wait for another deploy.
     */
    @Parameter(property = "migration.ddlLockTimeout", defaultValue = "5s")
    String ddlLockTimeout;

    /**
     * Tables and columns to rename rather than drop and add, which keeps their data: comma-separated entries,
     * old:new for a table and table.old:new for a column (the table as it is now, or its new name when it is
     * renamed too), e.g. library_item:book,book.isbn:isbn13. Down renames them back.
     */
    @Parameter(property = "migration.renames")
    String renames;

    /**
     * Tables diff, check and init leave alone (neither created, changed nor dropped): comma-separated table-name
     * patterns, * for any run of characters and ? for one, matched case-insensitively, e.g. legacy_*,audit_log.
     * Other tools' history tables (flyway_schema_history, databasechangelog, databasechangeloglock,
     * atlas_schema_revisions, schema_migrations) are excluded by default; !name manages one of them after all.
     */
    @Parameter(property = "migration.exclude")
    String exclude;

    // ---- Maven's own objects

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    MojoExecution mojoExecution;

    @Component
    SettingsDecrypter decrypter;

    /** The properties this run gives a value, even an empty one (-D or configuration); not a parameter. */
    java.util.Set<String> given = java.util.Set.of();
}
