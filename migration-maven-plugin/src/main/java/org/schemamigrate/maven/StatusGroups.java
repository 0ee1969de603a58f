package org.schemamigrate.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schemamigrate.core.MigrationStatus;
import org.schemamigrate.core.StatusReport;
import org.schemamigrate.core.Batch;

/**
 * The status report's migrations grouped the way operators think about them: first what was applied outside any
 * batch (baseline, force, history older than batches), then each up run (batch, deployment) oldest first with
 * the migrations it applied, then what is not applied yet. A batch with nothing left applied is kept only when
 * it did not succeed (a failed release matters; a rolled-back one is history).
 */
final class StatusGroups {
    enum Kind { UNBATCHED, BATCH, NOT_APPLIED }

    /** {@code batch} is null for the unbatched and not-applied groups. */
    record Group(Kind kind, Batch batch, List<MigrationStatus> migrations) {
    }

    private StatusGroups() {
    }

    static List<Group> of(StatusReport report) {
        Map<String, List<MigrationStatus>> perBatch = new LinkedHashMap<>();
        report.batches().forEach(b -> perBatch.put(b.id(), new ArrayList<>()));
        List<MigrationStatus> unbatched = new ArrayList<>();
        List<MigrationStatus> notApplied = new ArrayList<>();
        for (MigrationStatus m : report.migrations()) {
            if (m.batchId() != null && perBatch.containsKey(m.batchId())) {
                perBatch.get(m.batchId()).add(m);
            } else if (m.appliedAt() == null) {
                notApplied.add(m);
            } else {
                unbatched.add(m);
            }
        }
        List<Group> groups = new ArrayList<>();
        if (!unbatched.isEmpty()) {
            groups.add(new Group(Kind.UNBATCHED, null, unbatched));
        }
        for (Batch b : report.batches()) {
            List<MigrationStatus> applied = perBatch.get(b.id());
            if (!applied.isEmpty() || !b.succeeded()) {
                groups.add(new Group(Kind.BATCH, b, applied));
            }
        }
        if (!notApplied.isEmpty()) {
            groups.add(new Group(Kind.NOT_APPLIED, null, notApplied));
        }
        return groups;
    }
}
