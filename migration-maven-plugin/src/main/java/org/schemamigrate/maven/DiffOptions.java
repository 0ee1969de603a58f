package org.schemamigrate.maven;

import org.schemamigrate.diff.desired.DesiredSchema;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.logging.Log;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.source.MigrationWriter;
import org.schemamigrate.diff.diff.Renames;
import org.schemamigrate.diff.inspect.Exclusions;
import org.schemamigrate.diff.desired.EntityModel;
import org.schemamigrate.diff.desired.ProjectClasspath;
import org.schemamigrate.diff.desired.SettingsSources;
import org.schemamigrate.diff.plan.PlanOptions;

/**
 * What diff, check and init read: the desired schema (entities or a file), the current one (the directory
 * replayed or the live database), the dev database and the planning options. {@link #of} checks every one of
 * them, so a mistake fails before the dev database starts.
 */
record DiffOptions(DatabaseKind kind, Renames renames, boolean fromDatabase, PlanOptions plan, String name,
                   boolean sequenceVersions, Path dir, String schema, File desired, EntityModel entities,
                   ProjectClasspath project, Path basedir, String devUrl, String devUser, String devPassword,
                   File sandboxDir, Exclusions exclusions, String historyTable, boolean cache,
                   Duration devServerIdle) {

    /** @param name the name of the pair to write (diff, init) or a label (check) */
    static DiffOptions of(MigrationParameters p, String name, boolean fromDatabase) {
        DatabaseKind kind = DialectSetting.parse(p.dialect);
        if (p.desired != null && !p.desired.isFile()) {
            throw new ConfigurationException("migration.desired names " + p.desired + ", which is not a file.");
        }
        Renames renames = Renames.parse(p.renames);
        Exclusions exclusions = Exclusions.parse(p.exclude);
        boolean sequence = MigrationWriter.Versioning.parse(p.versioning, "migration.versioning")
                == MigrationWriter.Versioning.SEQUENCE;
        EntityModel entities = new EntityModel(HistoryOptions.list(p.packages), kind, p.databaseVersion,
                p.namingStrategy, p.implicitNamingStrategy, blankToNull(p.persistenceUnit),
                HistoryOptions.list(p.springProfiles), settingsSources(p));
        return new DiffOptions(kind, renames, fromDatabase || fromDatabase(p.from),
                new PlanOptions(p.online, lockTimeout(p.ddlLockTimeout)), name, sequence, p.dir.toPath(), p.schema,
                p.desired, entities, project(p), p.project == null || p.project.getBasedir() == null ? null
                : p.project.getBasedir().toPath(),
                SecretProperties.get(p.devUrl, p.session, "migration.devUrl"), p.devUser,
                SecretProperties.get(p.devPassword, p.session, "migration.devPassword"), p.sandboxDir, exclusions,
                blankToNull(p.table), p.cache, devServerIdle(p.devServerIdle, System.getenv("CI")));
    }

    /**
     * Starts the dev database (and the live one when the current schema comes from it). With desiredFirst the
     * desired schema is built before, so that a mistake in the entities or their settings fails before any
     * server starts (init needs no entities).
     */
    DiffWorkspace open(ConnectionOptions connection, boolean desiredFirst, Log log) {
        if (!log.isDebugEnabled()) {
            Sandbox.quietLaunchers();
        }
        DesiredSchema desiredSchema = null;
        if (desiredFirst) {
            if (desired == null && entities.persistenceUnit() == null) {
                EntityPackages.check(project, entities.packages());
            }
            desiredSchema = DiffWorkspace.desired(this, log);
        }
        boolean embedded = devUrl == null || devUrl.isBlank();
        DevDatabase dev = new PhaseLog(log).phase(embedded ? "starting the dev database" : "opening the dev database",
                () -> DevDatabase.open(devUrl, devUser, devPassword, kind, devServerIdle, log));
        try {
            return new DiffWorkspace(this, dev, LiveDatabase.openIf(fromDatabase, connection::resolve, sandboxDir,
                    log), desiredSchema, log);
        } catch (RuntimeException e) {
            dev.close();
            throw e;
        }
    }

    /** -D user properties over the JVM's system properties, the environment, the project's directory: as Boot. */
    private static SettingsSources settingsSources(MigrationParameters p) {
        Map<String, String> user = new HashMap<>();
        if (p.session != null) {
            p.session.getUserProperties().forEach((k, v) -> user.put(String.valueOf(k), String.valueOf(v)));
        }
        return SettingsSources.withCommandLine(user, p.project == null || p.project.getBasedir() == null ? null
                : p.project.getBasedir().toPath());
    }

    private static boolean fromDatabase(String from) {
        String f = from == null ? "" : from.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "", "migrations" -> false;
            case "database" -> true;
            default -> throw new ConfigurationException("migration.from must be migrations or database; got '"
                    + from + "'.");
        };
    }

    /**
     * migration.devServerIdle; zero (or unset, outside Maven) means a temporary dev server per goal. auto: none
     * on a CI machine (CI=true), which is fresh each time and must not keep a server after the build.
     */
    static Duration devServerIdle(String setting, String ci) {
        if ("auto".equalsIgnoreCase(setting == null ? "" : setting.strip())) {
            return "true".equalsIgnoreCase(ci) || "1".equals(ci) ? Duration.ZERO : Duration.ofMinutes(30);
        }
        Duration idle = Durations.parse(setting, "migration.devServerIdle");
        if (idle != null && idle.isNegative()) {
            throw new ConfigurationException("migration.devServerIdle must not be negative; got '" + setting
                    + "'. Use 0 for a temporary dev server per goal.");
        }
        return idle == null ? Duration.ZERO : idle;
    }

    /** migration.ddlLockTimeout; zero writes no lock timeout. */
    private static Duration lockTimeout(String setting) {
        Duration timeout = Durations.parse(setting, "migration.ddlLockTimeout");
        if (timeout != null && timeout.isNegative()) {
            throw new ConfigurationException("migration.ddlLockTimeout must not be negative; got '" + setting
                    + "'. Use 0 to write no lock timeout.");
        }
        return timeout == null ? PlanOptions.DEFAULT_LOCK_TIMEOUT : timeout;
    }

    /** The project's compiled classes and runtime classpath: the application's view of its entities. */
    private static ProjectClasspath project(MigrationParameters p) {
        if (p.project == null) {
            return new ProjectClasspath(Path.of("target", "classes"), List.of());
        }
        try {
            return new ProjectClasspath(Path.of(p.project.getBuild().getOutputDirectory()),
                    p.project.getRuntimeClasspathElements().stream().map(Path::of).toList());
        } catch (DependencyResolutionRequiredException e) {
            throw new IllegalStateException("The project's runtime classpath is not resolved", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
