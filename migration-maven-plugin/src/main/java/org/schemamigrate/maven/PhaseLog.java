package org.schemamigrate.maven;

import java.util.Locale;
import org.apache.maven.plugin.logging.Log;
import org.schemamigrate.diff.workflow.PhaseListener;

/**
 * The phase lines of diff, check and init: one info line as a phase starts, one with its time as it ends, so a
 * long goal is never silent. Info level, so -q (Maven's error-only level) hides them.
 */
final class PhaseLog implements PhaseListener {
    private final Log log;

    PhaseLog(Log log) {
        this.log = log;
    }

    @Override
    public void started(String phase) {
        log.info(capitalised(phase) + " ...");
    }

    @Override
    public void ended(String phase, long millis) {
        log.info(capitalised(phase) + ": done in " + String.format(Locale.ROOT, "%.1f s", millis / 1000.0));
    }

    private static String capitalised(String phase) {
        return phase.isEmpty() ? phase : Character.toUpperCase(phase.charAt(0)) + phase.substring(1);
    }
}
