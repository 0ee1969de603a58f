package org.schemamigrate.boot.actuate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.StatusJson;
import org.schemamigrate.core.fleet.FleetReport;
import org.schemamigrate.core.fleet.TargetResult;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/migrations}: the JSON of {@code mvn migration:status -Dmigration.format=json}, read live, and
 * with schemamigrate.fleet.* a {@code fleet} entry: the tenant targets per version, how many have pending
 * migrations, and those whose status cannot be read.
 */
@Endpoint(id = "migrations")
public class MigrationsEndpoint {
    private final Migrator migrator;
    private final Supplier<Optional<FleetReport>> fleet;

    public MigrationsEndpoint(Migrator migrator) {
        this(migrator, Optional::empty);
    }

    public MigrationsEndpoint(Migrator migrator, Supplier<Optional<FleetReport>> fleet) {
        this.migrator = migrator;
        this.fleet = fleet;
    }

    @ReadOperation
    public Map<String, Object> migrations() {
        Map<String, Object> tree = StatusJson.tree(migrator.status());
        fleet.get().ifPresent(report -> tree.put("fleet", fleet(report)));
        return tree;
    }

    private static Map<String, Object> fleet(FleetReport report) {
        Map<String, Object> fleet = new LinkedHashMap<>();
        fleet.put("targets", report.results().size());
        fleet.put("versions", report.versions().entrySet().stream().map(e -> {
            Map<String, Object> version = new LinkedHashMap<>();
            version.put("version", e.getKey().version());
            version.put("name", e.getKey().name());
            version.put("dirty", e.getKey().dirty());
            version.put("targets", e.getValue());
            return version;
        }).toList());
        fleet.put("pendingTargets", report.results().stream().filter(r -> r.pending() > 0).count());
        List<Map<String, Object>> failed = report.with(TargetResult.Outcome.FAILED).stream().map(r -> {
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("target", r.target().name());
            target.put("code", String.valueOf(r.code()));
            target.put("error", r.error());
            return target;
        }).toList();
        fleet.put("failed", failed);
        return fleet;
    }
}
