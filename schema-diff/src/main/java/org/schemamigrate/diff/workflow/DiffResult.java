package org.schemamigrate.diff.workflow;

import java.nio.file.Path;
import java.util.List;
import org.schemamigrate.core.lint.Finding;
import org.schemamigrate.core.source.MigrationWriter.WrittenPair;
import org.schemamigrate.diff.plan.Plan;

/**
 * The outcome of a diff: the proven plans, and the written files when there was a difference to write.
 * {@code up}/{@code down}/{@code version} are the first written pair; an online PostgreSQL plan may write a
 * second, no-transaction pair (all in {@code pairs}, in version order). {@code upPlan} holds the steps of every
 * up file in the order they run, {@code downPlan} those of every down file in the order they run. Paths are null
 * and {@code pairs} empty when nothing was written (up to date, or a check). {@code findings} are the risks listed
 * in the files' headers, with the file and line where they are. {@code renameHints} are drop + add pairs of the
 * up plan that may be renames, each saying how to plan the rename instead. {@code excluded} are the tables left out
 * ({@code migration.exclude}, other tools' history tables) that either side holds, each with why.
 * {@code scratchLimitation} is null, or why scratch schemas served instead of scratch databases and what they
 * cannot replay. {@code undeclaredIndexes} (table.index) are the indexes of the current schema that the up plan
 * drops because the desired schema does not declare them (with entities, plain column ones only: the others stay).
 */
public record DiffResult(Plan upPlan, Plan downPlan, Path up, Path down, long version, List<WrittenPair> pairs,
                         List<Finding> findings, List<String> renameHints, List<String> excluded,
                         String scratchLimitation, List<String> undeclaredIndexes) {

    public DiffResult {
        pairs = List.copyOf(pairs);
        findings = List.copyOf(findings);
        renameHints = renameHints == null ? List.of() : List.copyOf(renameHints);
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
        undeclaredIndexes = undeclaredIndexes == null ? List.of() : List.copyOf(undeclaredIndexes);
    }

    public DiffResult(Plan upPlan, Plan downPlan, Path up, Path down, long version, List<WrittenPair> pairs,
                      List<Finding> findings, List<String> renameHints, List<String> excluded,
                      String scratchLimitation) {
        this(upPlan, downPlan, up, down, version, pairs, findings, renameHints, excluded, scratchLimitation, null);
    }

    public DiffResult(Plan upPlan, Plan downPlan, Path up, Path down, long version, List<WrittenPair> pairs,
                      List<Finding> findings, List<String> renameHints) {
        this(upPlan, downPlan, up, down, version, pairs, findings, renameHints, null, null);
    }

    /** This result, naming the excluded tables found and the scratch space's limitation (null: none). */
    public DiffResult withScratchFacts(List<String> tables, String limitation) {
        return new DiffResult(upPlan, downPlan, up, down, version, pairs, findings, renameHints, tables, limitation,
                undeclaredIndexes);
    }

    /** This result, naming the plain indexes its up plan drops because the entities do not declare them. */
    DiffResult withUndeclaredIndexes(List<String> indexes) {
        return new DiffResult(upPlan, downPlan, up, down, version, pairs, findings, renameHints, excluded,
                scratchLimitation, indexes);
    }

    /** A result with nothing written. */
    public DiffResult(Plan upPlan, Plan downPlan, Path up, Path down, long version) {
        this(upPlan, downPlan, up, down, version, List.of(), List.of(), List.of(), null, null);
    }

    public boolean upToDate() {
        return upPlan.isEmpty();
    }
}
