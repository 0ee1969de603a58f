package org.schemamigrate.core.internal.engine;

import org.schemamigrate.core.Direction;
import org.schemamigrate.core.internal.history.AppliedMigration;
import org.schemamigrate.core.source.Migration;
import org.schemamigrate.core.source.Script;

/** The texts a person reads when something is wrong: what happened, what state the database is in, the fix. */
final class Messages {
    private Messages() {
    }

    static String dirty(AppliedMigration row, Migration migration, long previousVersion) {
        boolean down = row.operation() == Direction.DOWN;
        Script script = migration == null ? null : down ? migration.down() : migration.up();
        String file = script == null ? "its " + (down ? "down" : "up") + " file" : script.location();
        String progress = row.statementsDone() == 0
                ? "none of its " + row.statementsTotal() + " statements had completed"
                : "statements 1–" + row.statementsDone() + " of " + row.statementsTotal() + " were committed";
        if (row.inDoubt()) {
            progress += " and statement " + (row.statementsDone() + 1) + " may or may not have";
        }
        String next = row.inDoubt() ? "" : row.statementsDone() < row.statementsTotal()
                ? " (the first one not applied is statement " + (row.statementsDone() + 1) + " of " + file + ")"
                : "";
        String doneVersion = down ? String.valueOf(previousVersion) : String.valueOf(row.version());
        String undoneVersion = down ? String.valueOf(row.version()) : String.valueOf(previousVersion);
        if (!row.inDoubt() && row.statementsDone() == row.statementsTotal() && row.statementsTotal() > 0) {
            return "The database is dirty at version " + row.label() + ", but all " + row.statementsTotal()
                    + " statements of its " + (down ? "down" : "up") + " migration committed; only the record is"
                    + " missing. Record it with force: mvn migration:force -Dversion=" + doneVersion
                    + " (or Migrator.force(" + doneVersion + ")). Nothing else runs until then.";
        }
        return "The database is dirty at version " + row.label() + ": its " + (down ? "down" : "up")
                + " migration failed part-way and " + progress + next + ". " + (row.inDoubt() ? "Find out whether statement "
                + (row.statementsDone() + 1) + " committed, run by hand the statements after the last committed one"
                + " (or undo the committed ones)" : "Repair the database by hand") + ", then"
                + " record the outcome with force: version " + doneVersion + " if you completed the "
                + (down ? "rollback" : "migration") + ", or version " + undoneVersion + " if you undid the"
                + " committed statements (mvn migration:force -Dversion=" + doneVersion + ", or Migrator.force("
                + doneVersion + ")). Nothing else runs until then." + (down ? "" : correctedFile(row.version()));
    }

    static String edited(Migration migration, AppliedMigration row) {
        return "Migration " + row.label() + " was edited after it was applied: " + migration.up().location()
                + " now has checksum " + shortSum(migration.checksum()) + " but " + shortSum(row.checksum())
                + " was applied. Restore the file as it was applied (e.g. from version control) and put the change"
                + " in a new migration. " + reviewedFix(row.version());
    }

    /**
     * The one case where an applied file may change: a migration that failed part-way, was corrected (so other
     * databases run the fixed file), completed by hand and forced. Found in the PostgreSQL trial: force keeps the
     * failed file's checksum, so validate then called the fix an edit and only said to restore the file.
     */
    static String reviewedFix(long version) {
        return "If the edit is a reviewed fix (a migration that failed, was corrected, completed by hand and"
                + " forced), record the file as it is now with repair: mvn migration:repair -Dmigration.version="
                + version + " (or Migrator.repair(" + version + ")).";
    }

    /** After a failed up: a file corrected for the other databases is recorded after force, with repair. */
    static String correctedFile(long version) {
        return " If you also correct the file, record it after force with mvn migration:repair -Dmigration.version="
                + version + " (Migrator.repair(" + version + ")).";
    }

    static String missingFile(AppliedMigration row, String directory) {
        return "Migration " + row.label() + " is recorded as applied but its up file (version " + row.version()
                + ", name " + row.name() + ", e.g. " + row.version() + "_" + row.name() + ".up.sql or with the"
                + " version zero-padded) is missing from " + directory + ". Restore the file (e.g. from version"
                + " control): a migration that ran must stay in the directory.";
    }

    static String outOfOrder(Migration migration, long highestApplied) {
        return "Migration " + migration.label() + " (" + migration.up().location() + ") is pending but a higher"
                + " version, " + highestApplied + ", is already applied (usually a branch merged after a release)."
                + " Give it a version above " + highestApplied + " by renaming the file pair, or allow out-of-order"
                + " migrations (migration.outOfOrder=true).";
    }

    private static String shortSum(String checksum) {
        return checksum == null ? "(none)" : checksum.substring(0, Math.min(12, checksum.length()));
    }
}
