package org.schemamigrate.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.UrlDataSource;
import org.schemamigrate.diff.desired.DesiredSchema;
import org.schemamigrate.diff.desired.EntityModel;
import org.schemamigrate.diff.diff.Renames;
import org.schemamigrate.diff.plan.PlanOptions;
import org.schemamigrate.diff.workflow.DiffGenerator;
import org.schemamigrate.diff.workflow.DiffRequest;
import org.schemamigrate.diff.workflow.DiffResult;

/**
 * What migration:diff and migration:check share: the desired schema (the project's entities or a schema file),
 * the current one (the migration directory replayed, or a live database), and the dev database both are built
 * and proven on.
 */
public abstract class AbstractDiffMojo extends AbstractConnectionMojo {

    /** The directory of the migration pairs: replayed for the current schema, and where diff writes. */
    @Parameter(property = "migration.dir", defaultValue = "${project.basedir}/src/main/resources/db/migration")
    private File dir;

    /** The target database: postgresql (default), mysql or mariadb. Picks Hibernate's dialect and the dev database. */
    @Parameter(property = "migration.dialect", defaultValue = "postgresql")
    private String dialect;

    /** The server version Hibernate generates DDL for, e.g. 16 or 11.4; default: the embedded server's. */
    @Parameter(property = "migration.databaseVersion")
    private String databaseVersion;

    /**
     * A dev database where scratch schemas (PostgreSQL) or databases (MySQL/MariaDB) may be created and dropped;
     * default: a temporary embedded server of the dialect, started and removed by the goal.
     */
    @Parameter(property = "migration.devUrl")
    private String devUrl;

    /** User for migration.devUrl. */
    @Parameter(property = "migration.devUser")
    private String devUser;

    /** Password for migration.devUrl. */
    @Parameter(property = "migration.devPassword")
    private String devPassword;

    /** Comma-separated packages to scan for @Entity classes; default: all of the project's classes. */
    @Parameter(property = "migration.packages")
    private String packages;

    /**
     * Physical naming: spring (Spring Boot's snake_case), jpa (Hibernate's) or a class name. Default: spring, or with
     * migration.persistenceUnit the unit's hibernate.physical_naming_strategy, else jpa.
     */
    @Parameter(property = "migration.namingStrategy")
    private String namingStrategy;

    /**
     * Implicit naming: spring, jpa or a class name. Default: spring, or with migration.persistenceUnit the unit's
     * hibernate.implicit_naming_strategy, else jpa.
     */
    @Parameter(property = "migration.implicitNamingStrategy")
    private String implicitNamingStrategy;

    /**
     * A unit of META-INF/persistence.xml to take the entity classes, mapping files and Hibernate settings from,
     * instead of scanning the compiled classes.
     */
    @Parameter(property = "migration.persistenceUnit")
    private String persistenceUnit;

    /** A SQL schema file to use as the desired schema instead of the entities. */
    @Parameter(property = "migration.desired")
    private File desired;

    /** Where the current schema comes from: migrations (the directory replayed, default) or database (migration.url). */
    @Parameter(property = "migration.from", defaultValue = "migrations")
    private String from;

    /** The schema of the live database for migration.from=database; default: the connection's. */
    @Parameter(property = "migration.schema")
    private String schema;

    /** Skip the goal. */
    @Parameter(property = "migration.skip", defaultValue = "false")
    private boolean skip;

    /** Where the embedded sandbox keeps its data, when migration.from=database uses it. */
    @Parameter(property = "migration.sandboxDir", defaultValue = "${project.build.directory}/migration-db")
    private File sandboxDir;

    @Parameter(defaultValue = "${project.compileClasspathElements}", readonly = true, required = true)
    private List<String> classpathElements;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File basedir;

    /**
     * Plan for tables in use (diff and check; init ignores it). PostgreSQL: indexes on existing tables are built and
     * dropped CONCURRENTLY in a second, no-transaction migration ({@code <name>_concurrently}), foreign keys and
     * checks are added NOT VALID and then validated, SET NOT NULL goes through a validated check. MySQL/MariaDB:
     * each ALTER TABLE requests ALGORITHM=INSTANT or ALGORITHM=INPLACE, LOCK=NONE when the dev server's version
     * supports it for every change in it, so the server refuses instead of locking.
     */
    @Parameter(property = "migration.online", defaultValue = "false")
    private boolean online;

    /**
     * How long each generated file waits for a table lock before it fails, written at its top: PostgreSQL
     * lock_timeout, MySQL/MariaDB lock_wait_timeout (whole seconds). 30 (seconds), 5s, 1500ms, PT5S; 0 writes
     * none. Not migration.lockTimeout, which is how long up/down wait for another deploy.
     */
    @Parameter(property = "migration.ddlLockTimeout", defaultValue = "5s")
    private String ddlLockTimeout;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping: migration.skip is true.");
            return;
        }
        if (!getLog().isDebugEnabled()) {
            Sandbox.quietLaunchers();
        }
        try {
            DatabaseKind kind = DialectSetting.parse(dialect);
            Renames renames = Renames.parse(renames()); // malformed entries fail before a server starts
            try (DevDatabase dev = DevDatabase.open(devUrl, devUser, devPassword, kind, getLog());
                 LiveDatabase live = LiveDatabase.openIf(fromDatabase(), this::resolveConnection, sandboxDir,
                         getLog())) {
                run(new Inputs(dev, live, kind, renames));
            }
        } catch (RuntimeException e) {
            Failures.rethrow(e);
        }
    }

    /** What a diff goal works with; the desired schema is built on first use (init may not need it). */
    protected final class Inputs {
        private final DevDatabase dev;
        private final LiveDatabase live;
        private final DatabaseKind kind;
        private final Renames renames;
        private DesiredSchema desiredSchema;

        Inputs(DevDatabase dev, LiveDatabase live, DatabaseKind kind, Renames renames) {
            this.dev = dev;
            this.live = live;
            this.kind = kind;
            this.renames = renames;
        }

        DevDatabase dev() {
            return dev;
        }

        LiveDatabase live() {
            return live;
        }

        File directory() {
            return dir;
        }

        String schema() {
            return schema;
        }

        DesiredSchema desired() {
            if (desiredSchema == null) {
                // Hibernate logs through Maven's slf4j (quieted with the launchers), not java.util.logging's stderr
                System.setProperty("org.jboss.logging.provider", "slf4j");
                desiredSchema = desired != null ? DesiredSchema.fromFile(desired.toPath())
                        : DesiredSchema.fromEntities(classpathElements.stream().map(Path::of).toList(),
                        new EntityModel(packageList(), kind, databaseVersion, namingStrategy, implicitNamingStrategy,
                        blankToNull(persistenceUnit)));
                getLog().info("Desired schema: " + desiredSchema.label());
            }
            return desiredSchema;
        }

        /** The diff of the desired schema against the directory (or, with a live database, against it). */
        DiffRequest request(boolean againstLive) {
            DiffRequest.CurrentSchema current = againstLive && live != null
                    ? new DiffRequest.FromDatabase(new UrlDataSource(live.url(), live.user(), live.password()),
                    schema, live.label())
                    : new DiffRequest.FromMigrations();
            return new DiffRequest(dev.dataSource(), dev.kind(), desired().ddl(), desired().label(), current,
                    dir.toPath(), migrationName(), sequenceVersions(), renames, new PlanOptions(online, lockTimeout()),
                    directoryLabel());
        }

        /** migration.ddlLockTimeout; zero writes no lock timeout. */
        Duration lockTimeout() {
            Duration timeout = Durations.parse(ddlLockTimeout, "migration.ddlLockTimeout");
            if (timeout != null && timeout.isNegative()) {
                throw new ConfigurationException("migration.ddlLockTimeout must not be negative; got '"
                        + ddlLockTimeout + "'. Use 0 to write no lock timeout.");
            }
            return timeout == null ? PlanOptions.DEFAULT_LOCK_TIMEOUT : timeout;
        }

        /** The directory relative to the project, as users usually configure it; absolute when outside. */
        private String directoryLabel() {
            Path path = dir.toPath().toAbsolutePath().normalize();
            Path base = basedir == null ? null : basedir.toPath().toAbsolutePath().normalize();
            return base != null && path.startsWith(base) && !path.equals(base)
                    ? base.relativize(path).toString().replace('\\', '/') : path.toString();
        }
    }

    /** True when the goal compares with the live database (migration.from=database). */
    protected boolean fromDatabase() {
        return current();
    }

    /** Does the goal's work. */
    protected void run(Inputs inputs) throws MojoFailureException {
        report(new DiffGenerator(Clock.systemUTC()), inputs.request(true));
    }

    private boolean current() {
        String f = from == null ? "" : from.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "", "migrations" -> false;
            case "database" -> true;
            default -> throw new ConfigurationException("migration.from must be migrations or database; got '"
                    + from + "'.");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private List<String> packageList() {
        return packages == null || packages.isBlank() ? List.of()
                : Arrays.stream(packages.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** The name of the pair diff writes; check writes nothing. */
    protected abstract String migrationName();

    protected boolean sequenceVersions() {
        return false;
    }

    /** The migration.renames setting of goals that take it (diff, check); null: no renames. */
    protected String renames() {
        return null;
    }

    /** Drop + add pairs that may be renames, as warnings that say how to plan the rename instead. */
    protected void warnPossibleRenames(DiffResult result) {
        result.renameHints().forEach(hint -> getLog().warn("Possible rename: " + hint));
    }

    /** Runs the generator and reports (or fails on) its result; init does its own work instead. */
    protected void report(DiffGenerator generator, DiffRequest request) throws MojoFailureException {
        throw new UnsupportedOperationException("goal without a report");
    }

    /** One log line per finding of the written files' headers: file:line code category: explanation. */
    protected static List<String> describeFindings(DiffResult result) {
        return result.findings().stream().map(f -> "  " + f.describe()).toList();
    }

    /** The plan's steps, one log line each, marked when they can lose data or fail on existing rows. */
    protected static List<String> describe(DiffResult result) {
        return result.upPlan().steps().stream().map(step -> "  " + switch (step.safety()) {
            case DESTRUCTIVE -> "[can lose data] ";
            case DATA_DEPENDENT -> "[may fail on existing rows] ";
            case SAFE -> "";
        } + step.comment()).toList();
    }
}
