package org.schemamigrate.maven;

import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.core.HistoryUpdate;
import org.schemamigrate.core.MigrationResult;
import org.schemamigrate.core.VersionInfo;

/** The closing lines of up/down (or, in a dry run, the SQL they would run) and of force/baseline. */
public final class ResultReporter {
    private ResultReporter() {
    }

    public static List<String> migration(MigrationResult result, String verb, String done) {
        List<String> lines = new ArrayList<>();
        if (result.previousAttempt() != null) {
            // the deployment ran before (perhaps on another server at the same moment): one line, no retry
            lines.add("Nothing to " + verb + ": already applied by " + result.previousAttempt().describe()
                    + "; nothing was run again. The database is at " + describe(result.after()) + ".");
            return lines;
        }
        if (result.runs().isEmpty()) {
            lines.add("Nothing to " + verb + ": the database is at " + describe(result.before()) + ".");
            return lines;
        }
        if (result.dryRun()) {
            // the engine may leave "after" at "before" in a dry run: name the end only when it is known
            boolean endKnown = !result.after().equals(result.before());
            lines.add("Dry run, nothing was changed. The database is at " + describe(result.before()) + "; "
                    + verb + " would run " + count(result.runs().size())
                    + (endKnown ? " and end at " + describe(result.after()) : "") + ". The SQL:");
            lines.addAll(result.sql().lines().toList());
            return lines;
        }
        lines.add(done + " "  + count(result.runs().size()) + "; the database is now at "
                + describe(result.after()) + " (was " + describe(result.before()) + ").");
        return lines;
    }

    public static List<String> history(HistoryUpdate update, String goal) {
        List<String> lines = new ArrayList<>();
        lines.add(goal + " changed the history only (no migration SQL ran):");
        update.changes().forEach(change -> lines.add("  - " + change));
        lines.add("Version before: " + describe(update.before()) + "; now: " + describe(update.after()) + ".");
        return lines;
    }

    static String describe(VersionInfo v) {
        return v.version() == 0 ? "no version (nothing applied)" : "version " + v;
    }

    private static String count(int n) {
        return n + (n == 1 ? " migration" : " migrations");
    }
}
