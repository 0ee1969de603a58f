package org.schemamigrate.boot;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.MigrationStatus;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.StatusReport;
import org.schemamigrate.core.ValidationProblem;
import org.schemamigrate.core.VersionInfo;
import org.schemamigrate.core.fleet.Fleet;
import org.schemamigrate.core.fleet.FleetReport;
import org.schemamigrate.core.fleet.FleetTarget;
import org.schemamigrate.core.fleet.FleetTargets;
import org.schemamigrate.core.fleet.TargetResult;

/**
 * The tenant fleet's part of the start-up ({@code schemamigrate.fleet.*}), run by {@link MigrationStartup} right
 * after the default schema, so whatever waits for the migrations waits for the tenants too. Every target is
 * migrated (or, validate-only, checked) from the fleet's location on the migrations' DataSource; any failed
 * target stops the start-up with a {@link FleetStartupException} naming it, after the others were done.
 */
final class FleetStartup {
    private static final Log LOG = LogFactory.getLog("org.schemamigrate.boot");
    private static final int LINES = 20;
    private static final String FLEET = SchemamigrateProperties.PREFIX + ".fleet.";
    // as FleetTargets.pattern lists them: schemas on PostgreSQL, databases on MySQL/MariaDB
    private static final String SCHEMAS_LIKE = "SELECT schema_name FROM information_schema.schemata"
            + " WHERE schema_name LIKE ?";

    private final SchemamigrateProperties properties;
    private final FleetProperties fleet;
    private final DataSource server;
    private final ClassLoader classLoader;

    private FleetStartup(SchemamigrateProperties properties, DataSource server, ClassLoader classLoader) {
        this.properties = properties;
        this.fleet = properties.getFleet();
        // the tenants' connections leave the pool afterwards: the fleet resets their sessions between targets
        this.server = EvictingConnections.of(server);
        this.classLoader = classLoader;
    }

    /** Checks the settings before anything connects; null when no fleet is configured. */
    static FleetStartup of(SchemamigrateProperties properties, DataSource server, ClassLoader classLoader) {
        FleetProperties fleet = properties.getFleet();
        List<String> given = new ArrayList<>();
        if (!blank(fleet.getTargets())) {
            given.add(FLEET + "targets");
        }
        if (!blank(fleet.getTargetsPattern())) {
            given.add(FLEET + "targets-pattern");
        }
        if (!blank(fleet.getTargetsQuery())) {
            given.add(FLEET + "targets-query");
        }
        if (given.size() > 1) {
            throw new SettingsConflictException(given, "Name the tenant fleet's targets one way, not with "
                    + String.join(" and ", given) + ": remove all but one of them.");
        }
        if (given.isEmpty()) {
            if (!blank(fleet.getLocation())) {
                throw new MigrationException(CoreErrorCode.CONFIGURATION, FLEET + "location is set, but no targets:"
                        + " set " + FLEET + "targets, " + FLEET + "targets-pattern or " + FLEET + "targets-query"
                        + " (or remove " + FLEET + "location).");
            }
            return null;
        }
        if (blank(fleet.getLocation())) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, given.get(0) + " needs " + FLEET + "location:"
                    + " the directory of the tenant tables' migrations (classpath:db/tenant, say). The default"
                    + " schema's " + SchemamigrateProperties.PREFIX + ".location is not used for the tenants.");
        }
        if ((fleet.getParallel() != null && fleet.getParallel() < 1) || fleet.getCanary() < 0) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, FLEET + "parallel must be 1 or more and "
                    + FLEET + "canary 0 or more (got " + fleet.getParallel() + " and " + fleet.getCanary() + ").");
        }
        return new FleetStartup(properties, server, classLoader);
    }

    void run() {
        if (properties.isValidateOnly()) {
            validateOnly();
        } else {
            up();
        }
    }

    /** Every target's version and pending count, for the Actuator endpoint. */
    FleetReport status() {
        List<FleetTarget> targets = targets();
        return targets.isEmpty() ? new FleetReport("status", List.of(), Duration.ZERO) : build(targets).status();
    }

    private void up() {
        List<FleetTarget> targets = targets();
        if (targets.isEmpty()) {
            return;
        }
        FleetReport report = build(targets).up();
        List<FleetStartupException.Refusal> refused = report.with(TargetResult.Outcome.FAILED).stream()
                .map(r -> new FleetStartupException.Refusal(r.target().name(), r.code(), r.error(),
                        r.dirty())).toList();
        List<String> skipped = report.with(TargetResult.Outcome.SKIPPED).stream().map(r -> r.target().name()).toList();
        String summary = "Tenant fleet (" + FLEET + "location " + fleet.getLocation() + "): "
                + report.results().size() + " targets, " + describe(report.versions()) + "; "
                + (refused.isEmpty() ? "none failed" : refused.size() + " failed (" + names(refused) + ")")
                + (skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped") + " in " + millis(report.duration());
        if (refused.isEmpty() && skipped.isEmpty()) {
            LOG.info(summary);
            return;
        }
        LOG.error(summary);
        throw new FleetStartupException(false, refused, skipped, refused.size() + " of " + report.results().size()
                + " tenant targets failed" + (skipped.isEmpty() ? "" : " and " + skipped.size() + " were skipped"
                + " (" + String.join(", ", skipped) + ")") + "; the others are migrated:\n" + lines(refused));
    }

    /** Each target as {@link MigrationStartup} checks the default schema: nothing pending, nothing disagreeing. */
    private void validateOnly() {
        long start = System.nanoTime();
        List<FleetTarget> targets = targets();
        if (targets.isEmpty()) {
            return;
        }
        List<Checked> checked = build(targets).each(reach -> check(reach.target(), reach.migrator()));
        List<FleetStartupException.Refusal> refused = checked.stream().map(Checked::refusal)
                .filter(r -> r != null).toList();
        Map<VersionInfo, Long> versions = new TreeMap<>(Comparator.comparingLong(VersionInfo::version).reversed()
                .thenComparing(VersionInfo::dirty).thenComparing(v -> String.valueOf(v.name())));
        checked.stream().filter(c -> c.version() != null).forEach(c -> versions.merge(c.version(), 1L, Long::sum));
        String summary = "Tenant fleet validated (" + SchemamigrateProperties.PREFIX + ".validate-only): "
                + checked.size() + " targets, " + describe(versions) + "; " + (refused.isEmpty() ? "nothing is"
                + " pending" : refused.size() + " refused (" + names(refused) + ")") + " in "
                + millis(Duration.ofNanos(System.nanoTime() - start));
        if (refused.isEmpty()) {
            LOG.info(summary);
            return;
        }
        LOG.error(summary);
        throw new FleetStartupException(true, refused, List.of(), SchemamigrateProperties.PREFIX + ".validate-only: "
                + refused.size() + " of " + checked.size() + " tenant targets are not migrated or disagree with "
                + FLEET + "location:\n" + lines(refused));
    }

    private record Checked(VersionInfo version, FleetStartupException.Refusal refusal) {
    }

    private Checked check(FleetTarget target, Migrator migrator) {
        try {
            StatusReport status = migrator.status();
            List<ValidationProblem> problems = status.problems().stream()
                    .filter(p -> !(properties.isOutOfOrder() && p.kind() == ValidationProblem.Kind.OUT_OF_ORDER))
                    .toList();
            if (!problems.isEmpty()) {
                ErrorCode code = status.current().dirty() ? CoreErrorCode.DIRTY_DATABASE
                        : CoreErrorCode.VALIDATION_FAILED;
                return refused(target, status.current(), code, firstLine(problems.get(0).message()));
            }
            List<MigrationStatus> pending = status.migrations().stream()
                    .filter(m -> m.state() == MigrationStatus.State.PENDING
                            || m.state() == MigrationStatus.State.OUT_OF_ORDER).toList();
            if (!pending.isEmpty()) {
                return refused(target, status.current(), CoreErrorCode.VALIDATION_FAILED, pending.size()
                        + " migration(s) are not applied: " + pending.stream().map(m -> m.version() + " " + m.name())
                        .collect(Collectors.joining(", ")));
            }
            return new Checked(status.current(), null);
        } catch (MigrationException e) {
            return refused(target, null, e.code(), firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            return refused(target, null, CoreErrorCode.DATABASE_ERROR, firstLine(e.getMessage()));
        }
    }

    private static Checked refused(FleetTarget target, VersionInfo version, ErrorCode code, String error) {
        return new Checked(version, new FleetStartupException.Refusal(target.name(), code, error,
                version != null && version.dirty()));
    }

    /** The fleet on the migrations' DataSource: the default schema's safety settings apply to every target. */
    private Fleet build(List<FleetTarget> targets) {
        Fleet.Builder builder = Fleet.builder().server(server).targets(targets)
                .migrator(b -> b.location(fleet.getLocation()).classLoader(classLoader).table(properties.getTable())
                        .lockTimeout(properties.getLockTimeout()).allowDestructive(properties.isAllowDestructive())
                        .outOfOrder(properties.isOutOfOrder()).preChecks(properties.isPreChecks()))
                .maxConnections(poolSize(server)).canary(fleet.getCanary()).failFast(fleet.isFailFast())
                .backupDirectory(properties.getBackupDirectory())
                .listener((r, done, total, failures) -> progress(r, done, total));
        if (fleet.getParallel() != null) {
            builder.parallel(fleet.getParallel());
        }
        return builder.build();
    }

    /**
     * Empty, with a warning, when the pattern or query finds no target: a fresh installation has no tenants yet,
     * and the shared schema must not depend on them to start.
     */
    private List<FleetTarget> targets() {
        if (!blank(fleet.getTargets())) {
            return FleetTargets.list(fleet.getTargets(), FLEET + "targets");
        }
        boolean pattern = !blank(fleet.getTargetsPattern());
        String setting = pattern ? FLEET + "targets-pattern=" + fleet.getTargetsPattern()
                : FLEET + "targets-query=" + fleet.getTargetsQuery();
        if (pattern ? !anyRow(SCHEMAS_LIKE, fleet.getTargetsPattern()) : !anyRow(fleet.getTargetsQuery(), null)) {
            LOG.warn("Tenant fleet: " + setting + " finds no target, so no tenant was migrated");
            return List.of();
        }
        return pattern ? FleetTargets.pattern(server, fleet.getTargetsPattern())
                : FleetTargets.query(server, fleet.getTargetsQuery());
    }

    /** A failed target at ERROR (the report lists only the first ones), the others at DEBUG. */
    private static void progress(TargetResult r, int done, int total) {
        String line = "Tenant fleet [" + done + "/" + total + "] " + r.target().name() + ": " + r.outcome()
                + (r.after() == null ? "" : " at " + r.after().describe())
                + (r.error() == null ? "" : ": " + r.code() + ": " + r.error());
        if (r.outcome() == TargetResult.Outcome.FAILED) {
            LOG.error(line);
        } else {
            LOG.debug(line);
        }
    }

    /** Whether the query returns a row; true when it fails, so that FleetTargets reports the failure. */
    private boolean anyRow(String sql, String parameter) {
        try (Connection c = server.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            return true;
        }
    }

    /**
     * A fleet worker holds two connections (work and lock); more workers than a pool can serve would wait for
     * connections until the pool times out. HikariCP (Boot's default) says its size; others get the fleet's default.
     */
    private static int poolSize(DataSource server) {
        DataSource dataSource = server instanceof EvictingConnections e ? e.pool() : server;
        try {
            Method size = dataSource.getClass().getMethod("getMaximumPoolSize");
            if (size.invoke(dataSource) instanceof Integer max && max >= 2) {
                return max;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not HikariCP: the fleet's own limit applies
        }
        return 32;
    }

    private static String describe(Map<VersionInfo, Long> versions) {
        return versions.isEmpty() ? "none readable" : versions.entrySet().stream()
                .map(e -> e.getValue() + " at " + e.getKey().describe()).collect(Collectors.joining(", "));
    }

    /** At most 10 names: a thousand failed tenants must not make a thousand-name log line. */
    private static String names(List<FleetStartupException.Refusal> refused) {
        return refused.stream().limit(10).map(FleetStartupException.Refusal::target)
                .collect(Collectors.joining(", ")) + (refused.size() > 10 ? ", …" : "");
    }

    private static String lines(List<FleetStartupException.Refusal> refused) {
        return refused.stream().limit(LINES).map(r -> "  " + r.target() + ": " + r.code() + ": " + r.error())
                .collect(Collectors.joining("\n")) + (refused.size() > LINES ? "\n  … and " + (refused.size()
                - LINES) + " more (the log names each failed target)" : "");
    }

    private static String firstLine(String message) {
        return message == null ? "(no message)" : message.lines().findFirst().orElse("");
    }

    private static String millis(Duration d) {
        return d.toMillis() + " ms";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
