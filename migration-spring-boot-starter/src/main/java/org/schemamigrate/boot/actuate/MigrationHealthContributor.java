package org.schemamigrate.boot.actuate;

import org.schemamigrate.core.Migrator;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** The migrations health on Boot 4, which moved health indicators to org.springframework.boot.health. */
public class MigrationHealthContributor extends AbstractHealthIndicator {
    private final Migrator migrator;

    public MigrationHealthContributor(Migrator migrator) {
        super("Could not read the migration status");
        this.migrator = migrator;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MigrationHealth.Check check = MigrationHealth.check(migrator);
        (check.up() ? builder.up() : builder.down()).withDetails(check.details());
    }
}
