package org.schemamigrate.boot.actuate;

import java.util.Map;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.StatusJson;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/** {@code /actuator/migrations}: the JSON of {@code mvn migration:status -Dmigration.format=json}, read live. */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {
    private final Migrator migrator;

    public MigrationsEndpoint(Migrator migrator) {
        this.migrator = migrator;
    }

    @ReadOperation
    public Map<String, Object> migrations() {
        return StatusJson.tree(migrator.status());
    }
}
