package org.schemamigrate.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.schemamigrate.core.fleet.Fleet;
import org.schemamigrate.core.fleet.FleetReport;
import org.schemamigrate.core.fleet.FleetTarget;
import org.schemamigrate.core.fleet.FleetTargets;
import org.schemamigrate.core.fleet.TargetResult;

/**
 * The fleet settings of up, down, status and validate: where the targets come from (exactly one of
 * migration.targets, targetsFile, targetsQuery, targetsPattern) and how they run. Absent: a single database.
 */
record FleetOptions(String targets, File targetsFile, String targetsQuery, String targetsPattern, Integer parallel,
                    int maxConnections, int canary, boolean failFast, boolean json) {

    /** Checked before anything connects; null when no target setting is given. up applies all pending, down steps. */
    static FleetOptions of(MigrationParameters p) {
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
        if (p.to != null || (p.batch != null && !p.batch.isBlank()) || p.singleTransaction
                || (p.deployment != null && !p.deployment.isBlank())) {
            throw new ConfigurationException("A fleet run applies or rolls back whole steps on every target:"
                    + " migration.to, migration.batch, migration.deployment and migration.singleTransaction are not"
                    + " supported with migration.targets* yet.");
        }
        if ((p.parallel != null && p.parallel < 1) || p.maxConnections < 2 || p.canary < 0) {
            throw new ConfigurationException("migration.parallel must be 1 or more, migration.maxConnections 2 or"
                    + " more and migration.canary 0 or more.");
        }
        return new FleetOptions(p.targets, p.targetsFile, p.targetsQuery, p.targetsPattern, p.parallel,
                p.maxConnections, p.canary, p.failFast, "json".equalsIgnoreCase(p.format));
    }

    /** Runs {@code operation} over the fleet, one progress line per target, then the report; fails on any failure. */
    void run(MigrationSession session, java.util.function.Function<Fleet, FleetReport> operation, Log log)
            throws MojoFailureException {
        Fleet.Builder fleet = session.fleet().targets(resolve(session)).maxConnections(maxConnections)
                .canary(canary).failFast(failFast).listener((r, done, total, failures) -> log.info("[" + done
                        + "/" + total + (failures > 0 ? ", " + failures + " failed" : "") + "] " + line(r)));
        if (parallel != null) {
            fleet.parallel(parallel);
        }
        FleetReport report = operation.apply(fleet.build());
        if (json) {
            System.out.println(report.json());
        } else {
            report.text().lines().forEach(log::info);
        }
        if (!report.successful()) {
            throw new MojoFailureException(report.with(TargetResult.Outcome.FAILED).size() + " of "
                    + report.results().size() + " targets failed and " + report.with(TargetResult.Outcome.SKIPPED)
                    .size() + " were skipped; the others are done. Fix the failed ones (see above) and run the"
                    + " same command again: it resumes where each target stands.");
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
