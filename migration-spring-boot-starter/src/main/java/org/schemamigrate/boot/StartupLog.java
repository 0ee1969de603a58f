package org.schemamigrate.boot;

import java.time.Duration;
import java.util.stream.Collectors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.schemamigrate.core.Direction;
import org.schemamigrate.core.MigrationResult;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.event.MigrationListener;

/**
 * The start-up log: one line per applied migration with its time, what made the run wait or warn, and one
 * summary line. Commons Logging, because Spring itself logs through it on Boot 3 and 4 alike.
 */
final class StartupLog implements MigrationListener {
    private static final Log LOG = LogFactory.getLog("org.schemamigrate.boot");

    @Override
    public void onEvent(MigrationEvent event) {
        // Java 17: an instanceof chain over the sealed events
        if (event instanceof MigrationEvent.MigrationSucceeded s) {
            LOG.info((s.direction() == Direction.UP ? "Applied migration " : "Rolled back migration ") + s.version()
                    + " " + s.name() + " in " + millis(s.duration()));
        } else if (event instanceof MigrationEvent.MigrationFailed f) {
            LOG.error("Migration " + f.version() + " " + f.name() + " failed at statement " + f.statement()
                    + " (line " + f.line() + "); " + f.committedStatements() + " statement(s) stayed committed");
        } else if (event instanceof MigrationEvent.LockWaiting w) {
            LOG.warn("Waiting for " + w.lockName() + ", held by " + w.holder() + " (" + millis(w.waited()) + " of "
                    + millis(w.timeout()) + "; schemamigrate.lock-timeout sets the limit)");
        } else if (event instanceof MigrationEvent.HistoryTableCreated t) {
            LOG.info("Created the migration history table " + t.table());
        } else if (event instanceof MigrationEvent.RowsSaved r) {
            LOG.info("Saved " + r.rows() + " row(s) of " + r.what() + " to " + r.file() + "; restore with "
                    + r.restoreScript());
        } else if (event instanceof MigrationEvent.RiskFound r) {
            LOG.warn(r.finding().describe() + (r.allowedBy() == null ? "" : " (allowed by " + r.allowedBy() + ")")
                    + ": " + r.finding().sql());
        } else if (event instanceof MigrationEvent.DeploymentAlreadyAttempted d) {
            LOG.info("Deployment " + d.deployment() + " was already applied (" + d.firstAttempt()
                    + "); nothing is run again");
        } else if (event instanceof MigrationEvent.Warning w) {
            LOG.warn(w.message());
        }
    }

    static void summary(MigrationResult result, Duration took) {
        if (result.runs().isEmpty()) {
            LOG.info("Schema is up to date at " + result.after().describe() + " (checked in " + millis(took) + ")");
            return;
        }
        LOG.info("Applied " + result.runs().size() + (result.runs().size() == 1 ? " migration (" : " migrations (")
                + result.runs().stream().map(r -> String.valueOf(r.version())).collect(Collectors.joining(", "))
                + ") in " + millis(took) + "; the schema is now at " + result.after().describe());
    }

    static void info(String message) {
        LOG.info(message);
    }

    static void warn(String message) {
        LOG.warn(message);
    }

    private static String millis(Duration d) {
        return d.toMillis() + " ms";
    }
}
