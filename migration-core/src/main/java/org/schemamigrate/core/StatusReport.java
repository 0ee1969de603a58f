package org.schemamigrate.core;

import java.util.List;

/**
 * Every migration known to the directory or the history, lowest version first, with the current version and
 * the up runs (batches, oldest first) that applied them.
 */
public record StatusReport(VersionInfo current, List<MigrationStatus> migrations, List<ValidationProblem> problems,
                           List<Batch> batches) {

    /** The applied migrations of one batch, in version order. */
    public List<MigrationStatus> appliedBy(Batch batch) {
        return migrations.stream().filter(m -> batch.id().equals(m.batchId())).toList();
    }

    public long count(MigrationStatus.State state) {
        return migrations.stream().filter(m -> m.state() == state).count();
    }

    /** "5 migrations: 3 applied, 2 pending" and any other states that occur. */
    public String summary() {
        StringBuilder sb = new StringBuilder().append(migrations.size())
                .append(migrations.size() == 1 ? " migration" : " migrations");
        String sep = ": ";
        for (MigrationStatus.State state : MigrationStatus.State.values()) {
            long n = count(state);
            if (n > 0) {
                sb.append(sep).append(n).append(' ').append(state.label());
                sep = ", ";
            }
        }
        return sb.append("; current version ").append(current).toString();
    }
}
