package org.schemamigrate.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.workflow.FleetDrift;
import org.schemamigrate.diff.workflow.FleetDriftReport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.schemamigrate.core.fleet.Fleet;
import org.schemamigrate.core.fleet.FleetReport;
import org.schemamigrate.core.fleet.FleetTarget;
import org.schemamigrate.core.fleet.FleetTargets;
import org.schemamigrate.core.fleet.TargetResult;

/**
 * The fleet settings of up, down, status, validate and check: where the targets come from (exactly one of
 * migration.targets, targetsFile, targetsQuery, targetsPattern), how they run, and the settings a fleet refuses.
 * Absent: a single database.
 */
record FleetOptions(String targets, File targetsFile, String targetsQuery, String targetsPattern, Integer parallel,
                    int maxConnections, int canary, boolean failFast, boolean json, Path output) {

    /**
     * The settings each goal refuses with a fleet, and why: they name one database's state (a version, a batch, a
     * deployment, a schema), span what cannot span targets (one transaction) or would print per target.
     */
    private static final Map<String, List<String>> REFUSED = Map.of(
            "up", List.of("migration.to", "migration.deployment", "migration.singleTransaction", "migration.dryRun",
                    "migration.schema"),
            "down", List.of("migration.to", "migration.batch", "migration.dryRun", "migration.schema"),
            "status", List.of("migration.schema"),
            "validate", List.of("migration.schema"),
            "check", List.of("migration.schema", "migration.desired", "migration.renames", "migration.online"));
    private static final Map<String, String> WHY = Map.of(
            "migration.to", "the targets may stand at different versions; a fleet goes up or down by"
                    + " migration.steps from where each target stands",
            "migration.batch", "each target has its own last batch; roll back by migration.steps",
            "migration.deployment", "a deployment is attempted once per database, and a fleet run is already safe"
                    + " to repeat (it resumes where each target stands)",
            "migration.singleTransaction", "one transaction cannot span the targets; each target's migrations run in"
                    + " its own",
            "migration.dryRun", "a fleet run prints no SQL per target; migration:status over the fleet lists what is"
                    + " pending on each",
            "migration.schema", "each target is a schema (MySQL/MariaDB: a database) of its own; name them with"
                    + " migration.targets*",
            "migration.desired", "a fleet check compares each target's live schema with the migrations, not with a"
                    + " desired schema",
            "migration.renames", "a fleet check writes no migration, so there is nothing to plan renames for",
            "migration.online", "a fleet check writes no migration, so there is nothing to plan online");

    /**
     * Checked before anything connects; null when no target setting is given. up applies all pending, down steps.
     *
     * @param goal the goal's name (up, down, status, validate, check), which decides the refused settings
     */
    static FleetOptions of(MigrationParameters p, String goal) {
        List<String> given = new ArrayList<>();
        if (p.targets != null && !p.targets.isBlank()) {
            given.add("migration.targets");
        }
        if (p.targetsFile != null) {
            given.add("migration.targetsFile");
        }
        if (p.targetsQuery != null && !p.targetsQuery.isBlank()) {
            given.add("migration.targetsQuery");
        }
        if (p.targetsPattern != null && !p.targetsPattern.isBlank()) {
            given.add("migration.targetsPattern");
        }
        if (given.isEmpty()) {
            return null;
        }
        if (given.size() > 1) {
            throw new ConfigurationException("Give the fleet's targets one way, not " + String.join(" and ", given)
                    + ".");
        }
        for (String option : REFUSED.getOrDefault(goal, List.of())) {
            if (given(p, option)) {
                throw new FleetOptionRefusedException(option, goal, option + " cannot be used with " + given.get(0)
                        + " (migration:" + goal + " over a fleet): " + WHY.get(option) + ". Remove " + option
                        + ", or run the goal on one database. Nothing was run.");
            }
        }
        if ((p.parallel != null && p.parallel < 1) || p.maxConnections < 2 || p.canary < 0) {
            throw new ConfigurationException("migration.parallel must be 1 or more, migration.maxConnections 2 or"
                    + " more and migration.canary 0 or more.");
        }
        return new FleetOptions(p.targets, p.targetsFile, p.targetsQuery, p.targetsPattern, p.parallel,
                p.maxConnections, p.canary, p.failFast,
                StatusOutput.Format.parse(p.format) == StatusOutput.Format.JSON,
                ("status".equals(goal) || "check".equals(goal)) && p.output != null ? p.output.toPath() : null);
    }

    /** Whether the run gives the refused setting a value (a boolean: true; a string: not blank). */
    private static boolean given(MigrationParameters p, String option) {
        return switch (option) {
            case "migration.to" -> p.to != null && !p.to.isBlank();
            case "migration.batch" -> p.batch != null && !p.batch.isBlank();
            case "migration.deployment" -> p.deployment != null && !p.deployment.isBlank();
            case "migration.singleTransaction" -> p.singleTransaction;
            case "migration.dryRun" -> p.dryRun;
            case "migration.schema" -> p.schema != null && !p.schema.isBlank();
            case "migration.desired" -> p.desired != null;
            case "migration.renames" -> p.renames != null && !p.renames.isBlank();
            case "migration.online" -> p.online;
            default -> throw new IllegalArgumentException(option);
        };
    }

    /** Runs {@code operation} over the fleet, one progress line per target, then the report; fails on any failure. */
    void run(MigrationSession session, Function<Fleet, FleetReport> operation, Log log) throws MojoFailureException {
        FleetReport report = operation.apply(fleet(session, log).build());
        print(report.text(), report.json(), log);
        if (!report.successful()) {
            throw new MojoFailureException(report.with(TargetResult.Outcome.FAILED).size() + " of "
                    + report.results().size() + " targets failed and " + report.with(TargetResult.Outcome.SKIPPED)
                    .size() + " were skipped; the others are done. Fix the failed ones (see above), then run the"
                    + " same mvn command again: each target resumes where it stands.");
        }
    }

    /**
     * migration:check over the fleet: each target's live schema against the migrations, replayed once on the dev
     * database (of the fleet's kind); fails when a target differs or cannot be compared.
     */
    void check(MigrationMojo goal, DiffOptions options, Log log) throws MojoFailureException {
        try (MigrationSession session = goal.openSession(false);
             DevDatabase dev = DevDatabase.open(options.devUrl(), options.devUser(), options.devPassword(),
                     kindOf(session.dataSource()), log)) {
            log.info("Fleet check: each target's live schema against the migrations in " + options.dir()
                    + " (replayed once on the dev database, read at each version a target stands at)");
            FleetDriftReport report = new FleetDrift(dev.dataSource(), dev.kind(), options.dir(), goal.table,
                    options.exclusions())
                    .check(fleet(session, log).build());
            print(report.text(), report.json(), log);
            if (!report.successful()) {
                throw new MojoFailureException(report.drifted().size() + " of " + report.results().size()
                        + " targets differ from the migrations and " + report.failed().size() + " could not be"
                        + " compared (see above). Undo the hand-made change on those targets, or write a migration"
                        + " that makes it on every target, then run the check again.");
            }
        }
    }

    private static DatabaseKind kindOf(DataSource server) {
        try (Connection c = server.getConnection()) {
            return DatabaseKind.detect(c);
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Cannot reach the fleet's server"
                    + " (migration.url): " + e.getMessage());
        }
    }

    /** The fleet of this run: its targets, its limits and one log line per finished target. */
    Fleet.Builder fleet(MigrationSession session, Log log) {
        Fleet.Builder fleet = session.fleet().targets(resolve(session)).maxConnections(maxConnections)
                .canary(canary).failFast(failFast).listener((r, done, total, failures) -> log.info("[" + done
                        + "/" + total + (failures > 0 ? ", " + failures + " failed" : "") + "] " + line(r)));
        if (parallel != null) {
            fleet.parallel(parallel);
        }
        return fleet;
    }

    /** The report: JSON on standard output (mvn -q reads it) or the text in the log; to migration.output if set. */
    void print(String text, String json, Log log) {
        String content = this.json ? json : text;
        if (output != null) {
            try {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(output, content + "\n");
            } catch (IOException e) {
                throw new ConfigurationException("Cannot write migration.output " + output.toAbsolutePath() + ": "
                        + e.getMessage());
            }
            log.info("Wrote the fleet report to " + output);
        } else if (this.json) {
            System.out.println(json);
        } else {
            GoalOutput.of(log).info(text.lines().toList());
        }
    }

    private List<FleetTarget> resolve(MigrationSession session) {
        if (targets != null && !targets.isBlank()) {
            return FleetTargets.list(targets, "migration.targets");
        }
        if (targetsFile != null) {
            return FleetTargets.file(targetsFile.toPath());
        }
        return targetsQuery != null && !targetsQuery.isBlank()
                ? FleetTargets.query(session.dataSource(), targetsQuery)
                : FleetTargets.pattern(session.dataSource(), targetsPattern);
    }

    private static String line(TargetResult r) {
        return r.target().name() + ": " + switch (r.outcome()) {
            case DONE -> (r.after() == null ? "" : r.after().describe()) + (r.ran() > 0 ? " (" + r.ran() + " ran)"
                    : r.pending() > 0 ? " (" + r.pending() + " pending)" : "") + " in " + r.duration().toMillis()
                    + " ms";
            case FAILED -> r.code() + ": " + r.error();
            case SKIPPED -> "skipped";
        };
    }
}
