package org.schemamigrate.maven;

import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.core.HistoryUpdate;
import org.schemamigrate.core.MigrationResult;

/** The closing lines of up/down (or, in a dry run, the SQL they would run) and of force/baseline. */
public final class ResultReporter {
    private ResultReporter() {
    }

    public static List<String> migration(MigrationResult result, String verb, String done) {
        List<String> lines = new ArrayList<>();
        if (result.previousAttempt() != null) {
            // the deployment ran before (perhaps on another server at the same moment): one line, no retry
            lines.add("Nothing to " + verb + ": already applied by " + result.previousAttempt().describe()
                    + "; nothing was run again. The database is at " + result.after().describe() + ".");
            return lines;
        }
        if (result.runs().isEmpty()) {
            lines.add("Nothing to " + verb + ": the database is at " + result.before().describe() + ".");
            return lines;
        }
        if (result.dryRun()) {
            // the engine may leave "after" at "before" in a dry run: name the end only when it is known
            boolean endKnown = !result.after().equals(result.before());
            lines.add("Dry run, nothing was changed. The database is at " + result.before().describe() + "; "
                    + verb + " would run " + count(result.runs().size())
                    + (endKnown ? " and end at " + result.after().describe() : "") + ". The SQL:");
            lines.addAll(result.sql().lines().toList());
            return lines;
        }
        lines.add(done + " "  + count(result.runs().size()) + "; " + (result.after().version() == 0
                ? "nothing is applied now" : "the database is now at " + result.after().describe()) + " (was"
                + (result.before().version() == 0 ? ": nothing applied" : " " + result.before().describe()) + ").");
        return lines;
    }

    public static List<String> history(HistoryUpdate update, String goal) {
        List<String> lines = new ArrayList<>();
        lines.add(goal + " changed the history only (no migration SQL ran):");
        update.changes().forEach(change -> lines.add("  - " + change));
        lines.add("Version before: " + update.before().describe() + "; now: " + update.after().describe() + ".");
        return lines;
    }

    private static String count(int n) {
        return n + (n == 1 ? " migration" : " migrations");
    }
}
