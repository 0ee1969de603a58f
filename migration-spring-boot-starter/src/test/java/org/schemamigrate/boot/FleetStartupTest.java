package org.schemamigrate.boot;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.boot.app.PlainApplication;
import org.schemamigrate.boot.fleet.Invoice;
import org.schemamigrate.boot.fleet.TenantApplication;
import org.schemamigrate.boot.tenancy.MultiTenantApplication;
import org.schemamigrate.boot.tenancy.TenantInvoice;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.UrlDataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A schema per tenant on PostgreSQL: the shared tables come from schemamigrate.location, the tenant tables from
 * schemamigrate.fleet.location into every tenant schema, all before JPA and the JDBC templates exist.
 */
class FleetStartupTest {
    private static final List<String> TENANTS = List.of("tenant_001", "tenant_002", "tenant_003");

    @TempDir
    Path folder;

    @TempDir
    Path tenantFolder;

    @Test
    void threeTenantSchemasMatchedByAPatternAreMigratedBeforeJpaAndTheJdbcTemplate() {
        BootApps apps = tenants(TenantApplication.class);

        try (ConfigurableApplicationContext context = apps.start(fleet("schemamigrate.fleet.targetsPattern=tenant_%",
                "spring.jpa.hibernate.ddl-auto=validate"))) {
            EntityManager em = context.getBean(EntityManagerFactory.class).createEntityManager();
            em.getTransaction().begin();
            em.persist(new Invoice(7L, "first", "paid"));
            em.getTransaction().commit();
            assertThat(em.find(Invoice.class, 7L).getNote()).isEqualTo("paid");
            em.close();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            for (String tenant : TENANTS) {
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + tenant + ".invoice", Integer.class))
                        .isEqualTo(tenant.equals("tenant_002") ? 1 : 0);
            }
        }
        assertThat(apps.appliedVersions()).containsExactly("1", "2");
        for (String tenant : TENANTS) {
            assertThat(applied(apps, tenant)).containsExactly("1", "2");
        }
    }

    @Test
    void hibernateSchemaPerTenantMultiTenancyWritesIntoTheMigratedTenantSchemas() {
        BootApps apps = tenants(MultiTenantApplication.class);

        try (ConfigurableApplicationContext context = apps.start(fleet("schemamigrate.fleet.targets-pattern=tenant_%",
                "spring.jpa.hibernate.ddl-auto=none"))) {
            EntityManagerFactory emf = context.getBean(EntityManagerFactory.class);
            for (String tenant : TENANTS) {
                MultiTenantApplication.TENANT.set(tenant);
                EntityManager em = emf.createEntityManager();
                em.getTransaction().begin();
                em.persist(new TenantInvoice(1L, "customer of " + tenant));
                em.getTransaction().commit();
                em.close();
            }
        } finally {
            MultiTenantApplication.TENANT.remove();
        }
        for (String tenant : TENANTS) {
            assertThat(apps.rows("SELECT customer FROM " + tenant + ".invoice"))
                    .containsExactly(List.of("customer of " + tenant));
        }
    }

    @Test
    void thePoolsConnectionsKeepTheirSessionSettingsAfterTheFleetUsedThem() throws Exception {
        BootApps apps = tenants(PlainApplication.class);

        // two connections: the one fleet worker (work and lock) takes both, and resets their sessions when done
        try (ConfigurableApplicationContext context = apps.start(fleet("schemamigrate.fleet.targets-pattern=tenant_%",
                "spring.datasource.hikari.maximum-pool-size=2",
                "spring.datasource.hikari.connection-init-sql=SET statement_timeout = 12345"))) {
            javax.sql.DataSource pool = context.getBean(javax.sql.DataSource.class);
            try (java.sql.Connection a = pool.getConnection(); java.sql.Connection b = pool.getConnection()) {
                for (java.sql.Connection c : List.of(a, b)) {
                    try (var s = c.createStatement(); var rs = s.executeQuery("SHOW statement_timeout")) {
                        rs.next();
                        assertThat(rs.getString(1)).isEqualTo("12345ms");
                    }
                }
            }
        }
        assertThat(applied(apps, "tenant_003")).containsExactly("1", "2");
    }

    @Test
    void aTenantWithAConflictingTableStopsTheStartUpAndARestartAfterTheFixResumes() {
        BootApps apps = tenants(PlainApplication.class);
        apps.execute("CREATE TABLE tenant_002.invoice (id INT)");

        MigrationException refusal = apps.refused(fleet("schemamigrate.fleet.targets-pattern=tenant_%"));

        assertThat(refusal.code()).isEqualTo(CoreErrorCode.MIGRATION_FAILED);
        FleetStartupException fleet = (FleetStartupException) refusal;
        assertThat(fleet.refused()).extracting(FleetStartupException.Refusal::target).containsExactly("tenant_002");
        assertThat(fleet.refused()).extracting(FleetStartupException.Refusal::code)
                .containsExactly(CoreErrorCode.MIGRATION_FAILED);
        assertThat(fleet.refused()).extracting(FleetStartupException.Refusal::dirty).containsExactly(false);
        assertThat(fleet.skipped()).isEmpty();
        // without fail-fast the others are migrated all the same
        assertThat(applied(apps, "tenant_001")).containsExactly("1", "2");
        assertThat(applied(apps, "tenant_003")).containsExactly("1", "2");
        assertThat(applied(apps, "tenant_002")).isEmpty();
        FailureAnalysis analysis = new MigrationFailureAnalyzer().analyze(refusal);
        assertThat(analysis.getDescription()).contains("tenant_002").contains("MIGRATION_FAILED");
        assertThat(analysis.getAction()).contains("-Dmigration.targets=tenant_002");

        apps.execute("DROP TABLE tenant_002.invoice");
        apps.startAndStop(fleet("schemamigrate.fleet.targets-pattern=tenant_%"));

        for (String tenant : TENANTS) {
            assertThat(applied(apps, tenant)).containsExactly("1", "2");
            // each migration succeeded once per tenant: nothing was applied twice
            assertThat(apps.rows("SELECT action, version FROM " + tenant + ".migration_history_log"
                    + " WHERE outcome = 'success' ORDER BY id"))
                    .containsExactly(List.of("up", "1"), List.of("up", "2"));
        }
    }

    @Test
    void aDatabasePerCustomerOnMariaDbIsMigratedAndResumesAfterAConflictAndForce() {
        BootApps apps = new BootApps(BootApps.Driver.MARIADB, folder, PlainApplication.class);
        apps.writeBaseMigrations();
        writeTenantMigrations();
        // databases on the shared server: named after this test's own database, so the pattern finds only these
        List<String> customers = List.of(apps.db.name() + "_c1", apps.db.name() + "_c2", apps.db.name() + "_c3");
        customers.forEach(c -> apps.execute("CREATE DATABASE " + c));
        apps.execute("CREATE TABLE " + customers.get(1) + ".invoice (id INT)");
        String pattern = "schemamigrate.fleet.targets-pattern=" + apps.db.name() + "_c%";

        FleetStartupException refusal = (FleetStartupException) apps.refused(fleet(pattern));

        assertThat(refusal.code()).isEqualTo(CoreErrorCode.MIGRATION_FAILED);
        assertThat(refusal.refused()).extracting(FleetStartupException.Refusal::target)
                .containsExactly(customers.get(1));
        assertThat(refusal.refused()).extracting(FleetStartupException.Refusal::dirty).containsExactly(true);
        assertThat(applied(apps, customers.get(0))).containsExactly("1", "2");

        apps.execute("DROP TABLE " + customers.get(1) + ".invoice");
        // MariaDB's DDL is not transactional: the failed target is dirty until its state is recorded with force
        FleetStartupException dirty = (FleetStartupException) apps.refused(fleet(pattern));
        assertThat(dirty.refused()).extracting(FleetStartupException.Refusal::code)
                .containsExactly(CoreErrorCode.DIRTY_DATABASE);
        assertThat(new MigrationFailureAnalyzer().analyze(dirty).getAction())
                .contains("-Dmigration.schema=" + customers.get(1));
        Migrator.builder().dataSource(new UrlDataSource(apps.url, apps.db.user(), apps.db.password()))
                .schema(customers.get(1)).location("filesystem:" + tenantFolder).build().force(0);
        try (ConfigurableApplicationContext context = apps.start(fleet(pattern))) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            for (String customer : customers) {
                assertThat(jdbc.queryForObject("SELECT COUNT(note) FROM " + customer + ".invoice", Integer.class))
                        .isZero();
                assertThat(applied(apps, customer)).containsExactly("1", "2");
            }
        }
    }

    @Test
    void failFastAndACanarySkipTheTargetsAfterTheFirstFailure() {
        BootApps apps = tenants(PlainApplication.class);
        apps.execute("CREATE TABLE tenant_001.invoice (id INT)");

        FleetStartupException refusal = (FleetStartupException) apps.refused(fleet(
                "schemamigrate.fleet.targets=tenant_001,tenant_002,tenant_003", "schemamigrate.fleet.fail-fast=true",
                "schemamigrate.fleet.parallel=1"));

        assertThat(refusal.refused()).extracting(FleetStartupException.Refusal::target)
                .containsExactly("tenant_001");
        assertThat(refusal.skipped()).containsExactly("tenant_002", "tenant_003");
        assertThat(apps.rows("SELECT table_schema FROM information_schema.tables WHERE table_name = 'invoice'"))
                .containsExactly(List.of("tenant_001"));

        // a canary that fails stops the others, in parallel and without fail-fast too
        FleetStartupException canary = (FleetStartupException) apps.refused(fleet(
                "schemamigrate.fleet.targets-pattern=tenant_%", "schemamigrate.fleet.canary=1"));
        assertThat(canary.refused()).extracting(FleetStartupException.Refusal::target).containsExactly("tenant_001");
        assertThat(canary.skipped()).containsExactly("tenant_002", "tenant_003");
    }

    @Test
    void validateOnlyRefusesTenantsWithPendingMigrationsNamingThem() {
        BootApps apps = tenants(PlainApplication.class);
        apps.startAndStop(fleet("schemamigrate.fleet.targets-query=SELECT nspname FROM pg_namespace"
                + " WHERE nspname LIKE 'tenant%' ORDER BY 1"));
        writeTenant("3_add_total.up.sql", "ALTER TABLE invoice ADD COLUMN total INT;\n");

        FleetStartupException refusal = (FleetStartupException) apps.refused(fleet(
                "schemamigrate.fleet.targets=tenant_001,tenant_002", "schemamigrate.validate-only=true"));

        assertThat(refusal.validateOnly()).isTrue();
        assertThat(refusal.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
        assertThat(refusal.refused()).extracting(FleetStartupException.Refusal::target)
                .containsExactly("tenant_001", "tenant_002");
        assertThat(applied(apps, "tenant_001")).containsExactly("1", "2");

        apps.startAndStop(fleet("schemamigrate.fleet.targets=tenant_001,tenant_002"));
        SpringApplication.exit(apps.start(fleet("schemamigrate.fleet.targets=tenant_001,tenant_002",
                "schemamigrate.validate-only=true")));
    }

    @Test
    void aPatternThatFindsNoTenantYetLetsAFreshInstallationStart() {
        BootApps apps = tenants(PlainApplication.class);

        apps.startAndStop(fleet("schemamigrate.fleet.targets-pattern=customer_%"));
        apps.startAndStop(fleet("schemamigrate.fleet.targets-query=SELECT nspname FROM pg_namespace WHERE 1 = 0"));

        assertThat(apps.appliedVersions()).containsExactly("1", "2");
        assertThat(applied(apps, "tenant_001")).isEmpty();
    }

    @Test
    void aMisspeltFleetSettingStopsTheStartUp() {
        BootApps apps = tenants(PlainApplication.class);

        MigrationException refusal = apps.refused(fleet("schemamigrate.fleet.target-pattern=tenant_%",
                "schemamigrate.fleet.targets.pattern=tenant_%"));

        assertThat(refusal.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
        assertThat(refusal.getMessage()).contains("schemamigrate.fleet.target-pattern is not a setting")
                .contains("schemamigrate.fleet.targets.pattern is not a setting")
                .contains("did you mean schemamigrate.fleet.targets-pattern?");
        assertThat(apps.tableExists("migration_history")).isFalse();
    }

    @Test
    void twoTargetSettingsStopTheStartUpNamingBoth() {
        BootApps apps = tenants(PlainApplication.class);

        MigrationException refusal = apps.refused(fleet("schemamigrate.fleet.targets=tenant_001",
                "schemamigrate.fleet.targets-pattern=tenant_%"));

        assertThat(refusal.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
        assertThat(((SettingsConflictException) refusal).settings())
                .containsExactly("schemamigrate.fleet.targets", "schemamigrate.fleet.targets-pattern");
        assertThat(apps.tableExists("migration_history")).isFalse();
    }

    @Test
    void targetsWithoutALocationAndALocationWithoutTargetsStopTheStartUp() {
        BootApps apps = tenants(PlainApplication.class);

        assertThat(apps.refused("schemamigrate.fleet.targets=tenant_001").code())
                .isEqualTo(CoreErrorCode.CONFIGURATION);
        assertThat(apps.refused(fleet()).code()).isEqualTo(CoreErrorCode.CONFIGURATION);
        assertThat(apps.tableExists("migration_history")).isFalse();
    }

    /** A database with the shared migrations, three empty tenant schemas and the tenant migrations. */
    private BootApps tenants(Class<?> application) {
        BootApps apps = new BootApps(BootApps.Driver.POSTGRESQL, folder, application);
        apps.writeBaseMigrations();
        for (String tenant : TENANTS) {
            apps.execute("CREATE SCHEMA " + tenant);
        }
        writeTenantMigrations();
        return apps;
    }

    private void writeTenantMigrations() {
        writeTenant("1_create_invoice.up.sql", "CREATE TABLE invoice (id BIGINT PRIMARY KEY,"
                + " customer VARCHAR(100) NOT NULL);\n");
        writeTenant("2_add_note.up.sql", "ALTER TABLE invoice ADD COLUMN note VARCHAR(200);\n");
    }

    private String[] fleet(String... more) {
        List<String> settings = new java.util.ArrayList<>(List.of("schemamigrate.fleet.location=filesystem:"
                + tenantFolder));
        settings.addAll(List.of(more));
        return settings.toArray(String[]::new);
    }

    private void writeTenant(String file, String content) {
        try {
            Files.writeString(tenantFolder.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> applied(BootApps apps, String tenant) {
        boolean history = !apps.rows("SELECT 1 FROM information_schema.tables WHERE table_schema = '" + tenant
                + "' AND table_name = 'migration_history'").isEmpty();
        return !history ? List.of() : apps.rows("SELECT version FROM " + tenant + ".migration_history"
                + " WHERE state = 'applied' ORDER BY version").stream().map(r -> r.get(0)).toList();
    }
}
