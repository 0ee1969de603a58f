package org.schemamigrate.core;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.schemamigrate.core.db.UrlDataSource;
import org.schemamigrate.core.internal.engine.Engine;
import org.schemamigrate.core.internal.engine.LockedBatch;
import org.schemamigrate.core.event.MigrationListener;

/**
 * The migration runner's public face, for Maven goals and for applications at start-up:
 * <pre>{@code
 * Migrator.builder().dataSource(dataSource).location("classpath:db/migration").build().up();
 * }</pre>
 * Every mutating operation takes the advisory lock, reads the history once, and validates before it changes
 * anything. Failures throw {@link MigrationException} whose message says what state the database is in and
 * what to do.
 */
public final class Migrator {
    private final Engine engine;

    private Migrator(MigratorConfig config, org.schemamigrate.core.source.MigrationDirectory loaded,
                     boolean oneRoundTrip, LockedBatch batch) {
        this.engine = new Engine(config, loaded, oneRoundTrip, batch);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Applies every pending migration. */
    public MigrationResult up() {
        return engine.up(Integer.MAX_VALUE, Long.MAX_VALUE);
    }

    /** Applies at most {@code steps} pending migrations. */
    public MigrationResult up(int steps) {
        return engine.up(positive(steps), Long.MAX_VALUE);
    }

    /** Applies pending migrations up to and including {@code version}. */
    public MigrationResult upTo(long version) {
        return engine.up(Integer.MAX_VALUE, version);
    }

    /** Rolls back the most recent migration. */
    public MigrationResult down() {
        return down(1);
    }

    /** Rolls back {@code steps} migrations, highest version first. */
    public MigrationResult down(int steps) {
        return engine.down(positive(steps), -1);
    }

    /** Rolls back every migration above {@code version} (0 rolls back everything). */
    public MigrationResult downTo(long version) {
        return engine.down(Integer.MAX_VALUE, version);
    }

    /**
     * Rolls back exactly the migrations applied by the most recent up run (deployment) that still has
     * applied migrations, newest first. A {@code BatchRollbackPlanned} event names them before anything runs.
     */
    public MigrationResult downLastBatch() {
        return engine.downLastBatch();
    }

    /** Migrates up or down until {@code version} is the current version (0 = nothing applied). */
    public MigrationResult goTo(long version) {
        return engine.goTo(version);
    }

    /**
     * Records {@code version} as the current, clean version without running SQL: records above it are removed
     * and its own record is marked applied. The way out of a dirty state after repairing by hand.
     */
    public HistoryUpdate force(long version) {
        return engine.force(version);
    }

    /**
     * Records the current checksum of applied {@code version}'s file after a reviewed edit (the change is
     * described in the result); refused while the database is dirty. Runs no SQL of the migration.
     */
    public HistoryUpdate repair(long version) {
        return engine.repair(version);
    }

    /** Records an existing database as being at {@code version} without running anything. */
    public HistoryUpdate baseline(long version) {
        return engine.baseline(version);
    }

    /**
     * For a fleet: takes the locks of these schemas (on this Migrator's server, history table as configured) and
     * reads their history, in two round trips; each target's Migrator then runs with {@link Builder#batch}.
     */
    public LockedBatch lockBatch(java.util.List<String> schemas) {
        return engine.lockBatch(schemas);
    }

    public VersionInfo version() {
        return engine.status().current();
    }

    public StatusReport status() {
        return engine.status();
    }

    public ValidationReport validate() {
        return new ValidationReport(engine.status().problems());
    }

    private static int positive(int steps) {
        if (steps < 1) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "steps must be 1 or more (got " + steps + ").");
        }
        return steps;
    }

    /** Builds a Migrator; only the data source (or URL) and the location are required. */
    public static final class Builder {
        private DataSource dataSource;
        private String location = "classpath:db/migration";
        private ClassLoader classLoader;
        private String schema;
        private String table;
        private Duration lockTimeout;
        private boolean outOfOrder;
        private boolean dryRun;
        private String deployment;
        private boolean singleTransaction;
        private boolean allowDestructive;
        private final List<String> javaPackages = new ArrayList<>();
        private final List<JavaMigration> javaMigrations = new ArrayList<>();
        private final List<MigrationListener> listeners = new ArrayList<>();
        private Path backupDirectory;
        private boolean preChecks = true;
        private org.schemamigrate.core.source.MigrationDirectory loaded;
        private boolean oneRoundTrip;
        private LockedBatch batch;

        public Builder dataSource(DataSource dataSource) {
            this.dataSource = dataSource;
            return this;
        }

        public Builder url(String url, String user, String password) {
            this.dataSource = new UrlDataSource(url, user, password);
            return this;
        }

        /** {@code classpath:db/migration} (the default), {@code filesystem:path} or a plain path. */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        public Builder directory(Path directory) {
            this.location = "filesystem:" + directory;
            return this;
        }

        /** The class loader for classpath locations; default: the thread's context class loader. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
            return this;
        }

        public Builder schema(String schema) {
            this.schema = schema;
            return this;
        }

        public Builder table(String table) {
            this.table = table;
            return this;
        }

        public Builder lockTimeout(Duration lockTimeout) {
            this.lockTimeout = lockTimeout;
            return this;
        }

        public Builder outOfOrder(boolean outOfOrder) {
            this.outOfOrder = outOfOrder;
            return this;
        }

        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        /**
         * Labels the up run as a deployment (a CI pipeline id, a release version). Servers of one deployment
         * that start at once apply the migrations once: the others wait for the lock and then report the
         * first attempt's outcome instead of trying again.
         */
        public Builder deployment(String deployment) {
            this.deployment = deployment;
            return this;
        }

        /** Applies all pending migrations in one transaction: all land or none (PostgreSQL only). */
        public Builder singleTransaction(boolean singleTransaction) {
            this.singleTransaction = singleTransaction;
            return this;
        }

        /**
         * Adds the {@link JavaMigration} classes of these packages (only the package itself, not sub-packages).
         * A classpath location's own package ({@code classpath:db/migration} → {@code db.migration}) is always
         * scanned.
         */
        public Builder javaPackages(String... packages) {
            this.javaPackages.addAll(List.of(packages));
            return this;
        }

        /** Adds Java migrations as instances, e.g. beans that need the application's services. */
        public Builder javaMigrations(JavaMigration... migrations) {
            this.javaMigrations.addAll(List.of(migrations));
            return this;
        }

        /**
         * Before each destructive statement (DROP TABLE, DROP COLUMN, TRUNCATE, DELETE without WHERE), saves the
         * rows it would destroy to this directory as CSV, with a restore.sql; a {@code RowsSaved} event names each
         * file. The directory is created on the first save. Null (the default): no backups.
         */
        public Builder backupDirectory(Path backupDirectory) {
            this.backupDirectory = backupDirectory;
            return this;
        }

        /**
         * Pre-checks (on by default): before SET NOT NULL / MODIFY … NOT NULL, a unique constraint or index, a
         * primary key or a foreign key, count the rows that would make it fail and fail with the count and an
         * example row ({@link CoreErrorCode#PRECHECK_FAILED}) instead of leaving a half-applied migration.
         */
        public Builder preChecks(boolean preChecks) {
            this.preChecks = preChecks;
            return this;
        }

        /**
         * Lets up and down run migrations whose statements destroy data (drop table, drop column, truncate, …).
         * Default false: such a run is refused before anything runs, unless the file carries the
         * {@code -- migration:allow-destructive} directive (for reviewed migrations).
         */
        public Builder allowDestructive(boolean allowDestructive) {
            this.allowDestructive = allowDestructive;
            return this;
        }

        public Builder listener(MigrationListener listener) {
            this.listeners.add(listener);
            return this;
        }

        /**
         * Runs every operation on this already read directory instead of reading the location each time: a fleet
         * reads it once (see {@link #readDirectory}) for all its targets, which then all see the same files.
         */
        public Builder directory(org.schemamigrate.core.source.MigrationDirectory loaded) {
            this.loaded = loaded;
            return this;
        }

        /**
         * On PostgreSQL, sends each SQL migration with its history row as one text (one round trip instead of
         * one per statement plus three): the same all-or-nothing and the same history, but a migration's
         * statement events come after it committed, so a long migration shows no progress while it runs. A fleet
         * turns it on for its targets (it reports per target); off by default.
         */
        public Builder oneRoundTrip(boolean oneRoundTrip) {
            this.oneRoundTrip = oneRoundTrip;
            return this;
        }

        /**
         * For a fleet: the batch that holds this target's lock and read its history ({@link Migrator#lockBatch});
         * the first locking operation uses both instead of taking the lock and reading the history itself.
         */
        public Builder batch(LockedBatch batch) {
            this.batch = batch;
            return this;
        }

        /** Reads the location and the Java migrations as configured so far (no database needed). */
        public org.schemamigrate.core.source.MigrationDirectory readDirectory() {
            return org.schemamigrate.core.internal.engine.Engine.loadDirectory(location, loader(), javaPackages,
                    javaMigrations);
        }

        public Migrator build() {
            return new Migrator(new MigratorConfig(dataSource, location, loader(), blankToNull(schema),
                    blankToNull(table), lockTimeout, outOfOrder, dryRun, blankToNull(deployment), singleTransaction,
                    javaPackages, javaMigrations, listeners, backupDirectory, preChecks, allowDestructive), loaded,
                    oneRoundTrip, batch);
        }

        private ClassLoader loader() {
            return classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }
}
