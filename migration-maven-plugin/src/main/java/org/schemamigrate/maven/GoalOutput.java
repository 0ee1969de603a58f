package org.schemamigrate.maven;

import java.io.PrintStream;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * The lines a goal was run for (the status table, the current version, a fleet's report): Maven's log as usual,
 * but with {@code mvn -q} (errors only) on standard output, plain, since the user still asked for them. Progress
 * and phase lines stay in the log, so -q hides them.
 */
final class GoalOutput {
    private final Log log;
    private final PrintStream stdout;

    GoalOutput(Log log, PrintStream stdout) {
        this.log = log;
        this.stdout = stdout;
    }

    static GoalOutput of(Log log) {
        return new GoalOutput(log, System.out);
    }

    void info(List<String> lines) {
        if (log.isInfoEnabled()) {
            lines.forEach(log::info);
        } else {
            print(lines);
        }
    }

    void warn(String line) {
        if (log.isWarnEnabled()) {
            log.warn(line);
        } else {
            print(List.of(line));
        }
    }

    private void print(List<String> lines) {
        lines.forEach(stdout::println);
        stdout.flush();
    }
}
