package org.schemamigrate.boot;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.MigrationResult;
import org.schemamigrate.core.MigrationStatus;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.StatusReport;
import org.schemamigrate.core.ValidationProblem;
import org.schemamigrate.core.ValidationReport;
import org.schemamigrate.core.fleet.FleetReport;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs at start-up, before the EntityManagerFactory and the JdbcTemplates (they depend on this bean, see
 * {@link MigrationDependsOnPostProcessor}): applies the pending migrations, or in validate-only mode refuses to
 * start when anything is pending or disagrees; then the same for the tenant fleet ({@link FleetStartup}), if
 * configured. A refusal is the runner's {@link MigrationException}, with the same
 * code and message the Maven goals give.
 */
public class MigrationStartup implements InitializingBean {
    private final Migrator migrator;
    private final DataSource dataSource;
    private final SchemamigrateProperties properties;
    private final FleetStartup fleet;

    public MigrationStartup(Migrator migrator, DataSource dataSource, SchemamigrateProperties properties) {
        this(migrator, dataSource, properties, null);
    }

    /** {@code fleet}: the tenant schemas migrated after the default one; null without schemamigrate.fleet.*. */
    MigrationStartup(Migrator migrator, DataSource dataSource, SchemamigrateProperties properties,
                     FleetStartup fleet) {
        this.migrator = migrator;
        this.dataSource = dataSource;
        this.properties = properties;
        this.fleet = fleet;
    }

    @Override
    public void afterPropertiesSet() {
        long start = System.nanoTime();
        if (properties.isValidateOnly()) {
            validateOnly();
        } else {
            if (properties.isBaselineOnStart()) {
                baselineExistingDatabase();
            }
            MigrationResult result = migrator.up();
            StartupLog.summary(result, Duration.ofNanos(System.nanoTime() - start));
        }
        // the tenants after the shared tables: their migrations may refer to them
        if (fleet != null) {
            fleet.run();
        }
    }

    /** The tenant fleet's status, read now (every target's history); empty without schemamigrate.fleet.*. */
    public Optional<FleetReport> fleetStatus() {
        return fleet == null ? Optional.empty() : Optional.of(fleet.status());
    }

    private void validateOnly() {
        StatusReport status = migrator.status();
        List<ValidationProblem> problems = status.problems().stream()
                .filter(p -> !(properties.isOutOfOrder() && p.kind() == ValidationProblem.Kind.OUT_OF_ORDER))
                .toList();
        if (!problems.isEmpty()) {
            ErrorCode code = status.current().dirty() ? CoreErrorCode.DIRTY_DATABASE : CoreErrorCode.VALIDATION_FAILED;
            throw new MigrationException(code, "schemamigrate.validate-only: the migration directory and the"
                    + " database disagree. " + new ValidationReport(problems).describe());
        }
        List<MigrationStatus> pending = status.migrations().stream()
                .filter(m -> m.state() == MigrationStatus.State.PENDING
                        || m.state() == MigrationStatus.State.OUT_OF_ORDER).toList();
        if (!pending.isEmpty()) {
            throw new MigrationException(CoreErrorCode.VALIDATION_FAILED, "schemamigrate.validate-only: "
                    + pending.size() + " migration(s) are not applied: " + pending.stream()
                    .map(m -> m.version() + " " + m.name()).collect(Collectors.joining(", "))
                    + ". Apply them first (mvn migration:up), or let the application apply them at start-up by"
                    + " removing schemamigrate.validate-only.");
        }
        StartupLog.info("Schema validated at " + status.current().describe() + "; nothing is pending");
    }

    /** Only a database with tables of its own and no history at all is baselined; an empty one is migrated. */
    private void baselineExistingDatabase() {
        StatusReport status = migrator.status();
        boolean historyEmpty = status.current().version() == 0
                && status.migrations().stream().allMatch(m -> m.appliedAt() == null);
        if (!historyEmpty || status.migrations().isEmpty() || !hasTables()) {
            return;
        }
        long version = properties.getBaselineVersion() != null ? properties.getBaselineVersion()
                : status.migrations().get(0).version();
        migrator.baseline(version);
        StartupLog.info("Baselined the existing database at version " + version
                + " (schemamigrate.baseline-on-start): migrations up to it are recorded, not run");
    }

    private boolean hasTables() {
        String history = (properties.getTable() == null ? "migration_history" : properties.getTable())
                .toLowerCase(Locale.ROOT);
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = properties.getSchema() != null ? properties.getSchema() : connection.getSchema();
            boolean catalogs = meta.getURL() != null && !meta.getURL().startsWith("jdbc:postgresql:");
            try (ResultSet tables = catalogs
                    ? meta.getTables(properties.getSchema() != null ? schema : connection.getCatalog(), null, "%",
                    new String[] {"TABLE"})
                    : meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    if (!tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT).startsWith(history)) {
                        return true;
                    }
                }
                return false;
            }
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "schemamigrate.baseline-on-start could not list"
                    + " the database's tables: " + e.getMessage(), e);
        }
    }
}
