package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.Direction;
import org.schemamigrate.core.HistoryUpdate;
import org.schemamigrate.core.MigrationResult;
import org.schemamigrate.core.MigrationRun;
import org.schemamigrate.core.VersionInfo;
import org.schemamigrate.core.Batch;

class ResultReporterTest {
    private static final VersionInfo V1 = new VersionInfo(1, "create_users", false);
    private static final VersionInfo V2 = new VersionInfo(2, "add_email", false);
    private static final MigrationRun RUN = new MigrationRun(2, "add_email", Direction.UP, "0002_add_email.up.sql",
            List.of(), Duration.ofMillis(5));

    @Test
    void appliedSummary() {
        assertThat(ResultReporter.migration(new MigrationResult(false, V1, V2, List.of(RUN)), "apply", "Applied"))
                .containsExactly("Applied 1 migration; the database is now at version 2 add_email"
                        + " (was version 1 create_users).");
    }

    @Test
    void fromAndToAnEmptyHistoryReadAsSentences() {
        assertThat(ResultReporter.migration(new MigrationResult(false, VersionInfo.NONE, V2, List.of(RUN)),
                "apply", "Applied")).containsExactly("Applied 1 migration; the database is now at version 2"
                + " add_email (was: nothing applied).");
        assertThat(ResultReporter.migration(new MigrationResult(false, V1, VersionInfo.NONE, List.of(RUN)),
                "roll back", "Rolled back")).containsExactly("Rolled back 1 migration; nothing is applied now"
                + " (was version 1 create_users).");
    }

    @Test
    void nothingToDo() {
        assertThat(ResultReporter.migration(new MigrationResult(false, V2, V2, List.of()), "apply", "Applied"))
                .containsExactly("Nothing to apply: the database is at version 2 add_email.");
        assertThat(ResultReporter.migration(new MigrationResult(false, VersionInfo.NONE, VersionInfo.NONE,
                List.of()), "roll back", "Rolled back"))
                .containsExactly("Nothing to roll back: the database is at version none (nothing applied yet).");
    }

    @Test
    void anAlreadyAppliedDeploymentIsOneLineNamingTheFirstAttempt() {
        Batch first = new Batch("b7", "release-7", "ci", "build-7", Instant.parse("2026-11-22T20:57:19Z"),
                Instant.parse("2026-11-22T20:57:21Z"), Batch.SUCCESS, null);
        assertThat(ResultReporter.migration(new MigrationResult(false, V2, V2, List.of(), null, first), "apply",
                "Applied")).containsExactly("Nothing to apply: already applied by deployment release-7 (batch b7) by"
                + " ci@build-7 at 2026-11-22T20:57:19Z; nothing was run again. The database is at version 2"
                + " add_email.");
    }

    @Test
    void dryRunShowsTheSql() {
        List<String> lines = ResultReporter.migration(new MigrationResult(true, V1, V2, List.of(RUN)), "apply",
                "Applied");
        assertThat(lines.get(0)).startsWith("Dry run, nothing was changed.").contains("would run 1 migration");
        assertThat(lines.get(1)).isEqualTo("-- up 2 add_email (0002_add_email.up.sql)");
    }

    @Test
    void historyChangesLineByLine() {
        HistoryUpdate update = new HistoryUpdate(new VersionInfo(2, "add_email", true), V1,
                List.of("removed the record of 2 add_email (dirty)"));
        assertThat(ResultReporter.history(update, "force")).containsExactly(
                "force changed the history only (no migration SQL ran):",
                "  - removed the record of 2 add_email (dirty)",
                "Version before: version 2 add_email (dirty); now: version 1 create_users.");
    }
}
