package org.schemamigrate.core.internal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.schemamigrate.core.MigrationStatus;
import org.schemamigrate.core.MigrationStatus.State;
import org.schemamigrate.core.StatusReport;
import org.schemamigrate.core.ValidationProblem;
import org.schemamigrate.core.ValidationProblem.Kind;
import org.schemamigrate.core.VersionInfo;
import org.schemamigrate.core.internal.history.AppliedMigration;
import org.schemamigrate.core.Batch;
import org.schemamigrate.core.internal.history.HistoryState;
import org.schemamigrate.core.source.Migration;
import org.schemamigrate.core.source.MigrationDirectory;
import org.schemamigrate.core.source.SumFile;

/**
 * Directory + history → status and problems. Pure and linear in the number of migrations, so status and
 * validate stay fast with thousands of files.
 */
public record StateAnalysis(VersionInfo current, List<MigrationStatus> statuses, List<ValidationProblem> problems,
                            List<Migration> pending, List<AppliedMigration> applied, AppliedMigration dirty) {

    public static StateAnalysis of(MigrationDirectory directory, List<AppliedMigration> history) {
        return of(directory, history, Map.of());
    }

    /** {@code notes}: per version, what is known about a statement left in doubt by a migrator that died. */
    static StateAnalysis of(MigrationDirectory directory, List<AppliedMigration> history, Map<Long, String> notes) {
        Map<Long, AppliedMigration> byVersion = new HashMap<>();
        history.forEach(row -> byVersion.put(row.version(), row));
        AppliedMigration highest = history.stream().max(Comparator.comparingLong(AppliedMigration::version))
                .orElse(null);
        AppliedMigration dirty = history.stream().filter(AppliedMigration::dirty).findFirst().orElse(null);
        VersionInfo current = highest == null ? VersionInfo.NONE
                : new VersionInfo(highest.version(), highest.name(), dirty != null);
        long highestVersion = highest == null ? 0 : highest.version();

        Map<Long, MigrationStatus> statuses = new TreeMap<>();
        List<ValidationProblem> problems = new ArrayList<>();
        List<Migration> pending = new ArrayList<>();
        if (dirty != null) {
            problems.add(new ValidationProblem(Kind.DIRTY, dirty.version(), dirty.name(),
                    (notes.containsKey(dirty.version()) ? notes.get(dirty.version()) + " " : "") + Messages.dirty(dirty, directory.find(dirty.version())
                            .orElse(null), previousVersion(history, dirty.version()))));
        }
        for (String difference : directory.integrityProblems()) {
            problems.add(new ValidationProblem(Kind.INTEGRITY, 0, null, difference + " Review the change (two"
                    + " branches that each added a migration need one of them regenerated), then run migration:hash"
                    + " to rewrite " + SumFile.FILE_NAME + "."));
        }
        for (Migration migration : directory.migrations()) {
            AppliedMigration row = byVersion.get(migration.version());
            if (row == null) {
                boolean outOfOrder = migration.version() < highestVersion;
                statuses.put(migration.version(), new MigrationStatus(migration.version(), migration.name(),
                        outOfOrder ? State.OUT_OF_ORDER : State.PENDING, null, null, null, null));
                pending.add(migration);
                if (outOfOrder) {
                    problems.add(new ValidationProblem(Kind.OUT_OF_ORDER, migration.version(), migration.name(),
                            Messages.outOfOrder(migration, highestVersion)));
                }
                continue;
            }
            State state = stateOf(row);
            if (row.checksum() != null && !row.checksum().equals(migration.checksum())) {
                state = row.dirty() ? State.DIRTY : State.EDITED;
                problems.add(new ValidationProblem(Kind.EDITED, row.version(), row.name(),
                        Messages.edited(migration, row)));
            }
            statuses.put(row.version(), status(row, state));
        }
        for (AppliedMigration row : history) {
            if (statuses.containsKey(row.version())) {
                continue;
            }
            // a baseline marker without a file (baseline at a version that has no script) is expected
            boolean marker = row.state() == HistoryState.BASELINE && row.checksum() == null;
            statuses.put(row.version(), status(row, marker ? State.BASELINE : State.MISSING_FILE));
            if (!marker) {
                problems.add(new ValidationProblem(Kind.MISSING_FILE, row.version(), row.name(),
                        Messages.missingFile(row, directory.description())));
            }
        }
        return new StateAnalysis(current, List.copyOf(statuses.values()), problems, pending, history, dirty);
    }

    private static State stateOf(AppliedMigration row) {
        return switch (row.state()) {
            case APPLIED -> State.APPLIED;
            case BASELINE -> State.BASELINE;
            case DIRTY, RUNNING -> State.DIRTY;
        };
    }

    private static MigrationStatus status(AppliedMigration row, State state) {
        return new MigrationStatus(row.version(), row.name(), state, row.appliedAt(), row.executionMs(),
                row.appliedBy(), row.runId());
    }

    /** The highest recorded version below the given one, or 0. */
    static long previousVersion(List<AppliedMigration> history, long version) {
        return history.stream().mapToLong(AppliedMigration::version).filter(v -> v < version).max().orElse(0);
    }

    public StatusReport report(List<Batch> batches) {
        return new StatusReport(current, statuses, problems, batches);
    }

    /** Applied rows, highest version first: the order in which down reverts them. */
    public List<AppliedMigration> appliedNewestFirst() {
        List<AppliedMigration> rows = new ArrayList<>(applied);
        rows.sort(Comparator.comparingLong(AppliedMigration::version).reversed());
        return rows;
    }
}
