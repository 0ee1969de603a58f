package org.schemamigrate.boot.actuate;

import java.util.LinkedHashMap;
import java.util.Map;
import org.schemamigrate.core.MigrationStatus;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.StatusReport;

/**
 * What both health indicators (Boot 3's and Boot 4's API) report: DOWN while the database is dirty (a migration
 * failed half-way and needs repair), UP otherwise, with the current version and what is pending or disagrees.
 */
public final class MigrationHealth {
    private MigrationHealth() {
    }

    /** The details; {@code up} is false when the database is dirty. */
    public record Check(boolean up, Map<String, Object> details) {
    }

    public static Check check(Migrator migrator) {
        StatusReport report = migrator.status();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", report.current().version());
        details.put("name", report.current().name());
        details.put("dirty", report.current().dirty());
        details.put("pending", report.count(MigrationStatus.State.PENDING));
        details.put("problems", report.problems().stream().map(p -> p.message()).toList());
        return new Check(!report.current().dirty(), details);
    }
}
