package org.schemamigrate.boot.actuate;

import org.schemamigrate.core.Migrator;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** The migrations health on Boot 3 (org.springframework.boot.actuate.health). */
public class MigrationHealthIndicator extends AbstractHealthIndicator {
    private final Migrator migrator;

    public MigrationHealthIndicator(Migrator migrator) {
        super("Could not read the migration status");
        this.migrator = migrator;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MigrationHealth.Check check = MigrationHealth.check(migrator);
        (check.up() ? builder.up() : builder.down()).withDetails(check.details());
    }
}
