package org.schemamigrate.maven;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.apache.maven.plugin.logging.Log;
import org.schemamigrate.core.Direction;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.event.MigrationListener;

/**
 * Turns the engine's events into Maven log lines: one line per migration; statement progress only once a
 * migration has run long enough for a person to wonder whether it hangs.
 */
public final class LogListener implements MigrationListener {
    static final Duration PROGRESS_AFTER = Duration.ofSeconds(2);
    static final int SQL_WIDTH = 80;

    private final Log log;
    private final LongSupplier nanoClock;
    private long migrationStart;

    public LogListener(Log log) {
        this(log, System::nanoTime);
    }

    LogListener(Log log, LongSupplier nanoClock) {
        this.log = log;
        this.nanoClock = nanoClock;
    }

    @Override
    public void onEvent(MigrationEvent event) {
        // Java 17: no pattern switch yet, so an instanceof chain over the sealed events
        if (event instanceof MigrationEvent.LockWaiting w) {
            log.warn("Waiting for " + w.lockName() + ", held by " + w.holder() + " (" + seconds(w.waited())
                    + " of " + seconds(w.timeout()) + "; migration.lockTimeout sets the limit)");
        } else if (event instanceof MigrationEvent.LockAcquired a) {
            if (a.waited().compareTo(Duration.ofSeconds(1)) >= 0) {
                log.info("Got " + a.lockName() + " after " + seconds(a.waited()));
            } else if (log.isDebugEnabled()) {
                log.debug("Got " + a.lockName());
            }
        } else if (event instanceof MigrationEvent.HistoryTableCreated t) {
            log.info("Created the history table " + t.table() + " (with its _log and _batch tables)");
        } else if (event instanceof MigrationEvent.MigrationStarted s) {
            migrationStart = nanoClock.getAsLong();
            if (log.isDebugEnabled()) {
                log.debug((s.direction() == Direction.UP ? "Applying " : "Rolling back ") + s.version() + " "
                        + s.name() + ": " + s.statements() + " statement(s)"
                        + (s.transactional() ? " in one transaction" : " without a transaction"));
            }
        } else if (event instanceof MigrationEvent.StatementExecuted e) {
            String line = "  " + e.version() + " " + e.name() + ": statement " + e.number() + "/" + e.total()
                    + " (line " + e.line() + ") done in " + Durations.format(e.duration());
            if (nanoClock.getAsLong() - migrationStart >= PROGRESS_AFTER.toNanos()) {
                log.info(line);
            } else if (log.isDebugEnabled()) {
                log.debug(line);
            }
        } else if (event instanceof MigrationEvent.MigrationSucceeded s) {
            log.info((s.direction() == Direction.UP ? "Applied " : "Rolled back ") + s.version() + " " + s.name()
                    + " (" + Durations.format(s.duration()) + ")");
        } else if (event instanceof MigrationEvent.MigrationFailed f) {
            log.error((f.direction() == Direction.UP ? "Failed to apply " : "Failed to roll back ") + f.version()
                    + " " + f.name() + " at statement " + f.statement() + " (line " + f.line() + "); "
                    + f.committedStatements() + " statement(s) stayed committed");
        } else if (event instanceof MigrationEvent.BatchRollbackPlanned b) {
            int n = b.versions().size();
            log.info("Rolling back the last batch, " + b.batch() + ": " + n + (n == 1 ? " migration" : " migrations")
                    + ", newest first: " + b.versions().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")));
        } else if (event instanceof MigrationEvent.DeploymentAlreadyAttempted d) {
            // the goal's result line ("already applied by …") or its failure message says it once
            if (log.isDebugEnabled()) {
                log.debug("Deployment " + d.deployment() + " was already attempted by " + d.firstAttempt()
                        + (d.succeeded() ? " and succeeded" : " and failed") + "; nothing is run again");
            }
        } else if (event instanceof MigrationEvent.RowsSaved r) {
            log.info(String.format(Locale.ROOT, "Saved %,d %s of %s to %s; restore with %s", r.rows(),
                    r.rows() == 1 ? "row" : "rows", r.what(), r.file(), r.restoreScript()));
        } else if (event instanceof MigrationEvent.RiskFound r) {
            // before the first migration runs: what the reviewer should know about the statements to come
            log.warn(r.finding().describe() + (r.allowedBy() == null ? "" : " (allowed by " + r.allowedBy() + ")")
                    + ": " + shortSql(r.finding().sql()));
        } else if (event instanceof MigrationEvent.Warning w) {
            log.warn(w.message());
        }
    }

    /** One line of at most {@value #SQL_WIDTH} characters: the file and line point at the whole statement. */
    static String shortSql(String sql) {
        String line = sql.strip().replaceAll("\\s+", " ");
        return line.length() <= SQL_WIDTH ? line : line.substring(0, SQL_WIDTH - 3) + "...";
    }

    private static String seconds(Duration d) {
        return Durations.format(d);
    }
}
