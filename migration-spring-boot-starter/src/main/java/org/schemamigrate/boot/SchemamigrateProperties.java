package org.schemamigrate.boot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * The starter's settings, {@code schemamigrate.*} in application.properties. The field comments become the
 * descriptions an IDE shows (spring-configuration-metadata.json); {@link UnknownProperties} derives the known
 * names from the fields, so a new setting is a new field and nothing else.
 */
@ConfigurationProperties(prefix = SchemamigrateProperties.PREFIX)
public class SchemamigrateProperties {
    public static final String PREFIX = "schemamigrate";

    /** Whether to apply (or, with validate-only, check) the migrations at start-up. */
    private boolean enabled = true;

    /**
     * Where the .up.sql/.down.sql files live: classpath:folder or filesystem:path. The classpath folder's
     * package (db.migration) is also scanned for Java migrations.
     */
    private String location = "classpath:db/migration";

    /** More packages whose JavaMigration classes join the migrations (the package itself, not sub-packages). */
    private List<String> javaPackages = new ArrayList<>();

    /** The schema (PostgreSQL) or database (MySQL/MariaDB) of the history table; default: the connection's. */
    private String schema;

    /** The history table; its log and batch tables take it as prefix. Default: migration_history. */
    private String table;

    /**
     * The label of this start-up's up run. Servers of one deployment that start at once apply the migrations
     * once, and a failed deployment is not attempted again. Default: spring.application.name and
     * spring.application.version when both are known and the version is not a SNAPSHOT; otherwise none.
     */
    private String deployment;

    /** How long to wait for another instance that holds the migration lock. */
    private Duration lockTimeout = Duration.ofMinutes(10);

    /**
     * Run migrations with destructive statements (drop table, drop column, truncate, ...) that their file does
     * not allow with -- migration:allow-destructive.
     */
    private boolean allowDestructive;

    /** Apply pending migrations whose version is below the highest applied one. */
    private boolean outOfOrder;

    /**
     * Apply nothing: fail start-up when migrations are pending or the directory and the database disagree
     * (for setups where a pipeline runs mvn migration:up before the application starts).
     */
    private boolean validateOnly;

    /**
     * On a database that has tables but no migration history (created by ddl-auto, say), record
     * baseline-version as applied without running it, then apply the migrations above it.
     */
    private boolean baselineOnStart;

    /** The version baseline-on-start records; default: the lowest version in the location. */
    private Long baselineVersion;

    /** Apply all pending migrations in one transaction: all land or none (PostgreSQL only). */
    private boolean singleTransaction;

    /**
     * Count the rows that would make SET NOT NULL, unique or foreign key statements fail, and fail before them
     * with the count and an example row.
     */
    private boolean preChecks = true;

    /** Save the rows a destructive statement would destroy to this directory as CSV, with a restore.sql. */
    private Path backupDirectory;

    /** JDBC URL of a dedicated database for the migrations; default: the application's DataSource. */
    private String url;

    /**
     * Login user for url (default: spring.datasource.username). Without url, user and password make the migrations
     * connect to spring.datasource.url as this user (an owner account the application itself does not use).
     */
    private String user;

    /** Login password for url or user (default: spring.datasource.password); never logged. */
    private String password;

    /** The tenant schemas/databases migrated at start-up after the default schema (schemamigrate.fleet.*). */
    @NestedConfigurationProperty
    private final FleetProperties fleet = new FleetProperties();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public List<String> getJavaPackages() {
        return javaPackages;
    }

    public void setJavaPackages(List<String> javaPackages) {
        this.javaPackages = javaPackages;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public String getTable() {
        return table;
    }

    public void setTable(String table) {
        this.table = table;
    }

    public String getDeployment() {
        return deployment;
    }

    public void setDeployment(String deployment) {
        this.deployment = deployment;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public boolean isAllowDestructive() {
        return allowDestructive;
    }

    public void setAllowDestructive(boolean allowDestructive) {
        this.allowDestructive = allowDestructive;
    }

    public boolean isOutOfOrder() {
        return outOfOrder;
    }

    public void setOutOfOrder(boolean outOfOrder) {
        this.outOfOrder = outOfOrder;
    }

    public boolean isValidateOnly() {
        return validateOnly;
    }

    public void setValidateOnly(boolean validateOnly) {
        this.validateOnly = validateOnly;
    }

    public boolean isBaselineOnStart() {
        return baselineOnStart;
    }

    public void setBaselineOnStart(boolean baselineOnStart) {
        this.baselineOnStart = baselineOnStart;
    }

    public Long getBaselineVersion() {
        return baselineVersion;
    }

    public void setBaselineVersion(Long baselineVersion) {
        this.baselineVersion = baselineVersion;
    }

    public boolean isSingleTransaction() {
        return singleTransaction;
    }

    public void setSingleTransaction(boolean singleTransaction) {
        this.singleTransaction = singleTransaction;
    }

    public boolean isPreChecks() {
        return preChecks;
    }

    public void setPreChecks(boolean preChecks) {
        this.preChecks = preChecks;
    }

    public Path getBackupDirectory() {
        return backupDirectory;
    }

    public void setBackupDirectory(Path backupDirectory) {
        this.backupDirectory = backupDirectory;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public FleetProperties getFleet() {
        return fleet;
    }
}
