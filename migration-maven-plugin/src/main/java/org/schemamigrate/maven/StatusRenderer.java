package org.schemamigrate.maven;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.shared.utils.logging.MessageBuilder;
import org.apache.maven.shared.utils.logging.MessageUtils;
import org.schemamigrate.core.MigrationStatus;
import org.schemamigrate.core.StatusReport;
import org.schemamigrate.core.ValidationProblem;
import org.schemamigrate.core.VersionInfo;
import org.schemamigrate.core.Batch;

/**
 * Renders a status report as an aligned table (coloured through Maven's MessageUtils, which is plain text when
 * the terminal or -B says no colours) or as one line of JSON for scripts.
 */
public final class StatusRenderer {
    private static final String[] HEADER = {"VERSION", "NAME", "STATE", "APPLIED AT", "DURATION"};
    private final DateTimeFormatter time;

    public StatusRenderer(ZoneId zone) {
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    /**
     * The table, a summary line, and each problem with its fix. Once up runs are recorded as batches, the
     * applied migrations are grouped under a heading line per batch (deployment or batch id, who, host, when,
     * outcome), the pending ones after them.
     */
    public List<String> text(StatusReport report) {
        List<String> lines = new ArrayList<>();
        if (report.migrations().isEmpty()) {
            lines.add("No migrations in the directory and none recorded in the database.");
        } else {
            int[] widths = widths(report.migrations());
            lines.add(row(HEADER, widths, null));
            if (report.batches().isEmpty()) {
                report.migrations().forEach(m -> lines.add(row(cells(m), widths, m.state())));
            } else {
                for (StatusGroups.Group group : StatusGroups.of(report)) {
                    lines.add(heading(group));
                    group.migrations().forEach(m -> lines.add(row(cells(m), widths, m.state())));
                }
            }
        }
        MessageBuilder summary = MessageUtils.buffer();
        if (report.problems().isEmpty()) {
            summary.strong(report.summary());
        } else {
            summary.failure(report.summary());
        }
        lines.add(summary.toString());
        for (ValidationProblem p : report.problems()) {
            lines.add(MessageUtils.buffer().failure("problem: ").a(p.message()).toString());
        }
        return lines;
    }

    private String[] cells(MigrationStatus m) {
        return new String[] {String.valueOf(m.version()), m.name() == null ? "" : m.name(), m.state().label(),
                m.appliedAt() == null ? "-" : time.format(m.appliedAt()),
                m.executionMs() == null ? "-" : Durations.format(Duration.ofMillis(m.executionMs()))};
    }

    private int[] widths(List<MigrationStatus> migrations) {
        int[] widths = new int[HEADER.length];
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        migrations.forEach(m -> rows.add(cells(m)));
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        return widths;
    }

    /** "-- deployment release-1 by ci@build-7 at 2026-11-22 21:08:39: success" and the like. */
    private String heading(StatusGroups.Group group) {
        MessageBuilder b = MessageUtils.buffer();
        switch (group.kind()) {
            case UNBATCHED -> b.strong("-- applied outside any batch (baseline, force, or before batches were"
                    + " recorded)");
            case NOT_APPLIED -> b.strong("-- not applied yet");
            default -> {
                Batch batch = group.batch();
                b.strong("-- " + (batch.deployment() == null ? "batch " + batch.id()
                        : "deployment " + batch.deployment()) + " by " + batch.performedBy()
                        + (batch.host() == null ? "" : "@" + batch.host())
                        + (batch.startedAt() == null ? "" : " at " + time.format(batch.startedAt())) + ": ");
                String outcome = Batch.RUNNING.equals(batch.outcome())
                        ? "running (or stopped mid-way if no migrator runs now)" : String.valueOf(batch.outcome());
                if (batch.succeeded()) {
                    b.success(outcome);
                } else if (Batch.FAILED.equals(batch.outcome())) {
                    b.failure(outcome);
                } else {
                    b.warning(outcome);
                }
                if (group.migrations().isEmpty()) {
                    b.a(", no migration of it is applied");
                }
            }
        }
        return b.toString();
    }

    private static String row(String[] cells, int[] widths, MigrationStatus.State state) {
        MessageBuilder b = MessageUtils.buffer();
        for (int i = 0; i < cells.length; i++) {
            // pad before colouring: escape codes would break the alignment
            String cell = i == cells.length - 1 ? cells[i] : pad(cells[i], widths[i]) + "  ";
            if (state == null) {
                b.strong(cell);
            } else if (i == 2) {
                colour(b, state, cell);
            } else {
                b.a(cell);
            }
        }
        return b.toString().stripTrailing();
    }

    private static void colour(MessageBuilder b, MigrationStatus.State state, String cell) {
        switch (state) {
            case APPLIED, BASELINE -> b.success(cell);
            case PENDING -> b.warning(cell);
            default -> b.failure(cell);
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }

    /** The whole report as one JSON object on one line. */
    public String json(StatusReport report) {
        StringBuilder sb = new StringBuilder("{\"current\":");
        version(sb, report.current());
        sb.append(",\"summary\":").append(Json.string(report.summary())).append(",\"migrations\":[");
        String sep = "";
        for (MigrationStatus m : report.migrations()) {
            sb.append(sep).append("{\"version\":").append(m.version())
                    .append(",\"name\":").append(Json.string(m.name()))
                    .append(",\"state\":").append(Json.string(m.state().label()))
                    .append(",\"appliedAt\":").append(Json.string(iso(m.appliedAt())))
                    .append(",\"executionMs\":").append(m.executionMs())
                    .append(",\"appliedBy\":").append(Json.string(m.appliedBy()))
                    .append(",\"batchId\":").append(Json.string(m.batchId())).append('}');
            sep = ",";
        }
        sb.append("],\"batches\":[");
        sep = "";
        for (Batch b : report.batches()) {
            sb.append(sep).append("{\"id\":").append(Json.string(b.id()))
                    .append(",\"deployment\":").append(Json.string(b.deployment()))
                    .append(",\"performedBy\":").append(Json.string(b.performedBy()))
                    .append(",\"host\":").append(Json.string(b.host()))
                    .append(",\"startedAt\":").append(Json.string(iso(b.startedAt())))
                    .append(",\"finishedAt\":").append(Json.string(iso(b.finishedAt())))
                    .append(",\"outcome\":").append(Json.string(b.outcome()))
                    .append(",\"detail\":").append(Json.string(b.detail())).append('}');
            sep = ",";
        }
        sb.append("],\"problems\":[");
        sep = "";
        for (ValidationProblem p : report.problems()) {
            sb.append(sep).append("{\"kind\":").append(Json.string(p.kind().name().toLowerCase(java.util.Locale.ROOT)))
                    .append(",\"version\":").append(p.version())
                    .append(",\"name\":").append(Json.string(p.name()))
                    .append(",\"message\":").append(Json.string(p.message())).append('}');
            sep = ",";
        }
        return sb.append("]}").toString();
    }

    static void version(StringBuilder sb, VersionInfo v) {
        sb.append("{\"version\":").append(v.version()).append(",\"name\":").append(Json.string(v.name()))
                .append(",\"dirty\":").append(v.dirty()).append('}');
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
