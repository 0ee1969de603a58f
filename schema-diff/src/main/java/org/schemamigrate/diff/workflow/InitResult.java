package org.schemamigrate.diff.workflow;

import java.nio.file.Path;
import java.util.List;
import org.schemamigrate.core.HistoryUpdate;

/**
 * The first pair written from the live schema, the baseline recorded there, and what was left out: {@code skipped}
 * objects of kinds the model does not cover, {@code excluded} tables ({@code migration.exclude}, other tools'
 * history tables), each with why; {@code scratchLimitation} null, or why the proof ran in a scratch schema and what
 * that cannot replay.
 */
public record InitResult(Path up, Path down, long version, int tables, HistoryUpdate baseline, List<String> skipped,
                         List<String> excluded, String scratchLimitation) {
}
