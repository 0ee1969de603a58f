package org.schemamigrate.diff.workflow;

import java.nio.file.Path;
import java.util.List;
import org.schemamigrate.core.HistoryUpdate;

/** The first pair written from the live schema, the baseline recorded there, and what was left out. */
public record InitResult(Path up, Path down, long version, int tables, HistoryUpdate baseline, List<String> skipped) {
}
