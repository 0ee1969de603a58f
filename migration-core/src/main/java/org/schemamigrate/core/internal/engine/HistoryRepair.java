package org.schemamigrate.core.internal.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.core.Direction;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.HistoryUpdate;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.VersionInfo;
import org.schemamigrate.core.internal.history.AppliedMigration;
import org.schemamigrate.core.internal.history.HistoryState;
import org.schemamigrate.core.internal.history.HistoryStore;
import org.schemamigrate.core.internal.history.LogEntry;
import org.schemamigrate.core.source.Migration;

/**
 * force, baseline and repair: they change only the history, never the schema. Each runs in one transaction (the
 * history tables are transactional on every supported database) and returns a line per change.
 */
final class HistoryRepair {
    private final Engine.Context ctx;
    private final boolean dryRun;

    HistoryRepair(Engine.Context ctx, boolean dryRun) {
        this.ctx = ctx;
        this.dryRun = dryRun;
    }

    /** The database work of one described change. */
    private interface Change {
        void apply(Connection c, HistoryStore history) throws SQLException;
    }

    HistoryUpdate force(long version) {
        if (version < 0) {
            throw new MigrationException(CoreErrorCode.UNKNOWN_VERSION, "force needs a version of 0 or more (got "
                    + version + "); 0 means nothing applied.");
        }
        List<AppliedMigration> history = ctx.state().applied();
        AppliedMigration row = history.stream().filter(r -> r.version() == version).findFirst().orElse(null);
        Migration migration = ctx.directory().find(version).orElse(null);
        if (version > 0 && row == null && migration == null) {
            throw new MigrationException(CoreErrorCode.UNKNOWN_VERSION, "Cannot force version " + version + ": no"
                    + " migration file and no history record has that version. Check the version (status lists them"
                    + " all); use 0 for \"nothing applied\".");
        }
        List<String> descriptions = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        List<AppliedMigration> above = history.stream().filter(r -> r.version() > version).toList();
        if (!above.isEmpty()) {
            above.forEach(r -> descriptions.add("removed the record of " + r.label() + " (" + describe(r) + ")"));
            changes.add((c, h) -> h.deleteAbove(c, version));
        }
        if (row != null && row.dirty()) {
            descriptions.add("marked " + row.label() + " as applied (" + describe(row) + ")");
            changes.add((c, h) -> h.markApplied(c, version, row.statementsTotal(), row.executionMs()));
        } else if (row == null && migration != null) {
            descriptions.add("recorded " + migration.label() + " as applied without running it");
            changes.add((c, h) -> h.insert(c, record(migration, HistoryState.APPLIED)));
        }
        if (descriptions.isEmpty()) {
            descriptions.add("nothing to change: " + (version == 0 ? "no version is recorded"
                    : row.label() + " is already the current, clean version"));
        }
        return apply("force", version, descriptions, changes);
    }

    HistoryUpdate baseline(long version) {
        if (version < 1) {
            throw new MigrationException(CoreErrorCode.UNKNOWN_VERSION, "baseline needs a version of 1 or more (got "
                    + version + ").");
        }
        if (!ctx.state().applied().isEmpty()) {
            throw new MigrationException(CoreErrorCode.ILLEGAL_STATE, "Cannot baseline: the database already has a"
                    + " migration history (current version " + ctx.state().current() + "). Baseline is for a"
                    + " database that was never migrated by this tool; to change the recorded version use force.");
        }
        List<String> descriptions = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        List<AppliedMigration> rows = new ArrayList<>();
        for (Migration m : ctx.directory().migrations()) {
            if (m.version() <= version) {
                descriptions.add("recorded " + m.label() + " as baseline (not run)");
                rows.add(record(m, HistoryState.BASELINE));
            }
        }
        changes.add((c, h) -> h.insertAll(c, rows));
        if (ctx.directory().find(version).isEmpty()) {
            descriptions.add("recorded baseline marker " + version + " (no migration file has this version)");
            changes.add((c, h) -> h.insert(c, new AppliedMigration(version, "baseline", null,
                    HistoryState.BASELINE, Direction.UP, 0, 0, null, 0, ctx.session().user(),
                    ctx.session().runId())));
        }
        return apply("baseline", version, descriptions, changes);
    }

    /**
     * Records the current checksum of an applied migration's file after a reviewed edit, saying what changed.
     * Refused on a dirty database: repair records a reviewed file, it does not vouch for a half-applied one.
     */
    HistoryUpdate repair(long version) {
        List<AppliedMigration> history = ctx.state().applied();
        AppliedMigration dirty = history.stream().filter(AppliedMigration::dirty).findFirst().orElse(null);
        if (dirty != null) {
            throw new MigrationException(CoreErrorCode.ILLEGAL_STATE, "Cannot repair: the database is dirty at "
                    + dirty.label() + " (" + describe(dirty) + "). Make the schema match a version by hand and run"
                    + " force first; repair only records a reviewed edit of a cleanly applied file. Nothing changed.");
        }
        AppliedMigration row = history.stream().filter(r -> r.version() == version).findFirst().orElse(null);
        if (row == null) {
            throw new MigrationException(CoreErrorCode.UNKNOWN_VERSION, "Cannot repair version " + version + ": it is"
                    + " not applied, so it has no recorded checksum (status lists the applied versions).");
        }
        Migration migration = ctx.directory().find(version).orElseThrow(() -> new MigrationException(
                CoreErrorCode.UNKNOWN_VERSION, "Cannot repair " + row.label() + ": no migration file has version "
                + version + ". Restore the file; repair records the checksum of a file that exists."));
        List<String> descriptions = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        if (migration.checksum().equals(row.checksum())) {
            descriptions.add("nothing to change: " + migration.up().fileName() + " matches the checksum recorded"
                    + " for " + row.label());
        } else {
            descriptions.add("recorded the checksum of " + migration.up().fileName() + " for " + row.label()
                    + ": the file was edited after it was " + describe(row) + " (recorded " + shortSum(row.checksum())
                    + ", the file now " + shortSum(migration.checksum()) + "); the schema was not changed");
            changes.add((c, h) -> h.updateChecksum(c, version, migration.checksum()));
        }
        return apply("repair", version, descriptions, changes);
    }

    private static String shortSum(String checksum) {
        return checksum == null ? "none" : checksum.length() > 12 ? checksum.substring(0, 12) + "…" : checksum;
    }

    private HistoryUpdate apply(String action, long version, List<String> descriptions, List<Change> changes) {
        VersionInfo before = ctx.state().current();
        if (dryRun) {
            return new HistoryUpdate(before, before, descriptions);
        }
        Session session = ctx.session();
        Connection c = session.connection();
        try {
            c.setAutoCommit(false);
            for (Change change : changes) {
                change.apply(c, session.history());
            }
            session.history().log(c, new LogEntry(session.runId(), action, version, null, "success",
                    String.join("; ", descriptions), session.user(), session.host(), 0));
            c.commit();
            c.setAutoCommit(true);
        } catch (SQLException e) {
            try {
                c.rollback();
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the session closes the connection next
            }
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, action + " failed and changed nothing: "
                    + e.getMessage(), e);
        }
        VersionInfo after = StateAnalysis.of(ctx.directory(), Engine.readHistory(session)).current();
        return new HistoryUpdate(before, after, descriptions);
    }

    private AppliedMigration record(Migration m, HistoryState state) {
        return new AppliedMigration(m.version(), m.name(), m.checksum(), state, Direction.UP, 0, 0, null, 0,
                ctx.session().user(), ctx.session().runId());
    }

    private static String describe(AppliedMigration row) {
        if (!row.dirty()) {
            return row.state().dbValue();
        }
        return "dirty after a failed " + row.operation().dbValue() + " at statement "
                + Math.min(row.statementsDone() + 1, row.statementsTotal()) + " of " + row.statementsTotal();
    }
}
