package org.schemamigrate.maven;

import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.schemamigrate.diff.DiffErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.workflow.DiffResult;

/** How diff, check and init describe a diff result in the build log. */
final class DiffReport {
    private DiffReport() {
    }

    /** The tables left out (migration.exclude, other tools' history tables) and the scratch space's limits. */
    static void scratchFacts(List<String> tables, String scratchLimitation, Log log) {
        tables.forEach(table -> log.info("Excluded (left alone): " + table));
        if (scratchLimitation != null) {
            log.warn("Dev database: " + scratchLimitation + ".");
        }
    }

    /** The plan's steps, one log line each, marked when they can lose data or fail on existing rows. */
    static List<String> steps(DiffResult result) {
        return result.upPlan().steps().stream().map(step -> "  " + switch (step.safety()) {
            case DESTRUCTIVE -> "[can lose data] ";
            case DATA_DEPENDENT -> "[may fail on existing rows] ";
            case SAFE -> "";
        } + step.comment()).toList();
    }

    /** What diff logs after writing: the files, the steps, the findings and the possible renames. */
    static void written(DiffResult result, Log log) {
        log.info("Proven on the dev database (up reaches the desired schema, down returns exactly). Wrote:");
        result.pairs().forEach(pair -> {
            log.info("  " + pair.up());
            log.info("  " + pair.down());
        });
        if (result.pairs().size() > 1) {
            log.info("The second pair runs outside a transaction (-- migration:no-transaction): its index"
                    + " changes are CONCURRENTLY.");
        }
        log.info("Steps:");
        steps(result).forEach(log::info);
        if (result.findings().isEmpty()) {
            log.info("Findings: none.");
        } else {
            log.warn("Findings (also listed in the files' headers), review them before committing:");
            result.findings().forEach(f -> log.warn("  " + f.describe()));
        }
        possibleRenames(result, log);
        if (result.upPlan().canLoseData() || result.downPlan().canLoseData()) {
            log.warn("Some steps can lose data (listed in the files' headers): review them before committing.");
        }
    }

    /** init's last step: how far the entities are from the first migration, as migration:check would say. */
    static void entitiesAgainstFirstMigration(DiffWorkspace workspace, Log log) {
        DiffResult check;
        try {
            check = workspace.generator().check(workspace.request(false));
        } catch (MigrationException e) {
            if (e.code() == DiffErrorCode.NO_ENTITIES) {
                log.info("No JPA entities found, so there is nothing to compare with; set migration.packages"
                        + " or migration.desired to compare.");
                return;
            }
            throw e;
        }
        if (check.upToDate()) {
            log.info("The entities match the database exactly: nothing to migrate.");
            return;
        }
        log.warn("The entities differ from the database in " + check.upPlan().steps().size() + " step(s):");
        steps(check).forEach(log::warn);
        log.warn("Commit the first migration, then run migration:diff -Dmigration.name=<what_changed> for these.");
    }

    /** Drop + add pairs that may be renames, as warnings that say how to plan the rename instead. */
    static void possibleRenames(DiffResult result, Log log) {
        result.renameHints().forEach(hint -> log.warn("Possible rename: " + hint));
    }
}
