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

    @Test
    void jsonEscapesControlCharacters() {
        assertThat(Json.string("a\tb\nc\\d\u0001")).isEqualTo("\"a\\tb\\nc\\\\d\\u0001\"");
        assertThat(Json.string(null)).isEqualTo("null");
    }
}
