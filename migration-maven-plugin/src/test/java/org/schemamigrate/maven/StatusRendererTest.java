package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.maven.shared.utils.logging.MessageUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.MigrationStatus;
import org.schemamigrate.core.MigrationStatus.State;
import org.schemamigrate.core.StatusReport;
import org.schemamigrate.core.ValidationProblem;
import org.schemamigrate.core.VersionInfo;
import org.schemamigrate.core.Batch;

class StatusRendererTest {
    private static final Instant AT = Instant.parse("2026-11-22T20:57:19Z");
    private final StatusRenderer renderer = new StatusRenderer(ZoneOffset.UTC);

    private static StatusReport report() {
        return new StatusReport(new VersionInfo(2, "add_email", false), List.of(
                new MigrationStatus(1, "create_users", State.APPLIED, AT, 13L, "postgres", "b1"),
                new MigrationStatus(2, "add_email", State.EDITED, AT, 1500L, "postgres", "b1"),
                new MigrationStatus(3, "add \"quoted\"", State.PENDING, null, null, null, null)),
                List.of(new ValidationProblem(ValidationProblem.Kind.EDITED, 2, "add_email",
                        "2 add_email was edited after it was applied; restore it.")), List.of());
    }

    @BeforeEach
    @AfterEach
    void plain() {
        MessageUtils.setColorEnabled(false);
    }

    @Test
    void oneAlignedLinePerMigrationThenSummaryAndProblems() {
        List<String> lines = renderer.text(report());
        assertThat(lines).containsExactly(
                "VERSION  NAME          STATE    APPLIED AT           DURATION",
                "1        create_users  applied  2026-11-22 20:57:19  13 ms",
                "2        add_email     edited   2026-11-22 20:57:19  1.5 s",
                "3        add \"quoted\"  pending  -                    -",
                "3 migrations: 1 applied, 1 pending, 1 edited; current version 2 add_email",
                "problem: 2 add_email was edited after it was applied; restore it.");
    }

    @Test
    void plainTextWhenMavenSaysNoColours() {
        // colours on a terminal are checked by the pg-lifecycle scenario (-Dstyle.color=always): jansi, which
        // MessageUtils needs for them, is Maven's own and not on this test class path
        assertThat(renderer.text(report())).noneMatch(line -> line.contains("\u001B["));
    }

    @Test
    void emptyReportSaysSo() {
        StatusReport empty = new StatusReport(VersionInfo.NONE, List.of(), List.of(), List.of());
        assertThat(renderer.text(empty)).first().asString().startsWith("No migrations");
    }

    @Test
    void jsonIsOneEscapedLine() {
        String json = renderer.json(report());
        assertThat(json).doesNotContain("\n")
                .startsWith("{\"current\":{\"version\":2,\"name\":\"add_email\",\"dirty\":false}")
                .contains("{\"version\":1,\"name\":\"create_users\",\"state\":\"applied\","
                        + "\"appliedAt\":\"2026-11-22T20:57:19Z\",\"executionMs\":13,\"appliedBy\":\"postgres\","
                        + "\"batchId\":\"b1\"}")
                .contains("\"name\":\"add \\\"quoted\\\"\",\"state\":\"pending\",\"appliedAt\":null,"
                        + "\"executionMs\":null,\"appliedBy\":null,\"batchId\":null")
                .contains("\"problems\":[{\"kind\":\"edited\",\"version\":2,\"name\":\"add_email\"")
                .endsWith("]}");
    }

    private static StatusReport batched() {
        Batch release1 = new Batch("b1", "release-1", "ci", "build-7", AT, AT.plusSeconds(2), Batch.SUCCESS, null);
        Batch rolledBack = new Batch("b2", "release-2", "ci", "build-7", AT.plusSeconds(60), AT.plusSeconds(61),
                Batch.SUCCESS, null);
        Batch unlabelled = new Batch("5f0c7a", null, "postgres", null, AT.plusSeconds(120), AT.plusSeconds(121),
                Batch.SUCCESS, null);
        Batch failed = new Batch("b4", "release-3", "ci", "build-8", AT.plusSeconds(180), AT.plusSeconds(181),
                Batch.FAILED, "Migration 5 boom failed");
        return new StatusReport(new VersionInfo(4, "add_total", false), List.of(
                new MigrationStatus(1, "create_users", State.BASELINE, AT, 0L, "postgres", null),
                new MigrationStatus(2, "add_email", State.APPLIED, AT, 13L, "ci", "b1"),
                new MigrationStatus(3, "create_orders", State.APPLIED, AT, 20L, "ci", "b1"),
                new MigrationStatus(4, "add_total", State.APPLIED, AT.plusSeconds(120), 5L, "postgres", "5f0c7a"),
                new MigrationStatus(5, "boom", State.PENDING, null, null, null, null)),
                List.of(), List.of(release1, rolledBack, unlabelled, failed));
    }

    @Test
    void appliedMigrationsAreGroupedByBatchThenThePendingOnes() {
        assertThat(renderer.text(batched())).containsExactly(
                "VERSION  NAME           STATE     APPLIED AT           DURATION",
                "-- applied outside any batch (baseline, force, or before batches were recorded)",
                "1        create_users   baseline  2026-11-22 20:57:19  0 ms",
                "-- deployment release-1 by ci@build-7 at 2026-11-22 20:57:19: success",
                "2        add_email      applied   2026-11-22 20:57:19  13 ms",
                "3        create_orders  applied   2026-11-22 20:57:19  20 ms",
                "-- batch 5f0c7a by postgres at 2026-11-22 20:59:19: success",
                "4        add_total      applied   2026-11-22 20:59:19  5 ms",
                "-- deployment release-3 by ci@build-8 at 2026-11-22 21:00:19: failed, no migration of it is applied",
                "-- not applied yet",
                "5        boom           pending   -                    -",
                "5 migrations: 3 applied, 1 baseline, 1 pending; current version 4 add_total");
    }

    @Test
    void jsonListsEveryBatch() {
        String json = renderer.json(batched());
        assertThat(json).doesNotContain("\n")
                .contains("\"batches\":[{\"id\":\"b1\",\"deployment\":\"release-1\",\"performedBy\":\"ci\","
                        + "\"host\":\"build-7\",\"startedAt\":\"2026-11-22T20:57:19Z\","
                        + "\"finishedAt\":\"2026-11-22T20:57:21Z\",\"outcome\":\"success\",\"detail\":null}")
                .contains("{\"id\":\"5f0c7a\",\"deployment\":null,\"performedBy\":\"postgres\",\"host\":null")
                .contains("\"outcome\":\"failed\",\"detail\":\"Migration 5 boom failed\"}],\"problems\":[]")
                .contains("\"version\":4,\"name\":\"add_total\",\"state\":\"applied\"")
                .contains("\"batchId\":\"5f0c7a\"");
        assertThat(renderer.json(report())).contains("\"batches\":[],\"problems\":[");
    }

    @Test
    void jsonEscapesControlCharacters() {
        assertThat(Json.string("a\tb\nc\\d\u0001")).isEqualTo("\"a\\tb\\nc\\\\d\\u0001\"");
        assertThat(Json.string(null)).isEqualTo("null");
    }
}
