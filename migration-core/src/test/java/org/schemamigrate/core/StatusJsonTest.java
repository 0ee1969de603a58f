package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.Batch;

class StatusJsonTest {

    @Test
    void rendersTheStatusShapeOfMigrationStatusWithEveryKeyAndEscapes() {
        Instant at = Instant.parse("2026-12-07T01:02:03Z");
        StatusReport report = new StatusReport(new VersionInfo(1, "create", false),
                List.of(new MigrationStatus(1, "create", MigrationStatus.State.APPLIED, at, 12L, "ci", "b1"),
                        new MigrationStatus(2, "add \"x\"", MigrationStatus.State.PENDING, null, null, null, null)),
                List.of(new ValidationProblem(ValidationProblem.Kind.EDITED, 1, "create", "edited\nfix it")),
                List.of(new Batch("b1", null, "ci", "host", at, at, Batch.SUCCESS, null)));

        assertThat(StatusJson.render(report)).isEqualTo("{\"current\":{\"version\":1,\"name\":\"create\","
                + "\"dirty\":false},\"summary\":\"2 migrations: 1 applied, 1 pending; current version 1 create\","
                + "\"migrations\":[{\"version\":1,\"name\":\"create\",\"state\":\"applied\",\"appliedAt\":"
                + "\"2026-12-07T01:02:03Z\",\"executionMs\":12,\"appliedBy\":\"ci\",\"batchId\":\"b1\"},"
                + "{\"version\":2,\"name\":\"add \\\"x\\\"\",\"state\":\"pending\",\"appliedAt\":null,"
                + "\"executionMs\":null,\"appliedBy\":null,\"batchId\":null}],\"batches\":[{\"id\":\"b1\","
                + "\"deployment\":null,\"performedBy\":\"ci\",\"host\":\"host\",\"startedAt\":"
                + "\"2026-12-07T01:02:03Z\",\"finishedAt\":\"2026-12-07T01:02:03Z\",\"outcome\":\"success\","
                + "\"detail\":null}],\"problems\":[{\"kind\":\"edited\",\"version\":1,\"name\":\"create\","
                + "\"message\":\"edited\\nfix it\"}]}");
    }
}
