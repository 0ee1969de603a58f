package org.schemamigrate.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.schemamigrate.core.lint.Category;
import org.schemamigrate.core.lint.Finding;
import org.schemamigrate.core.lint.LintReport;
import org.schemamigrate.core.source.Directives;

/**
 * migration:lint's output: for people, the findings grouped by file with their statements; for CI, one line of
 * JSON; and the failure message that names each finding at or above migration.failOn.
 */
final class LintRenderer {
    private final LintReport report;
    private final Category failOn;
    private final List<Finding> failing;

    LintRenderer(LintReport report, Category failOn) {
        this.report = report;
        this.failOn = failOn;
        this.failing = report.failing(failOn);
    }

    List<Finding> failing() {
        return failing;
    }

    List<String> text() {
        List<String> lines = new ArrayList<>();
        lines.add("Linted " + report.files().size() + " file(s) of " + report.migrations() + " migration(s) in "
                + report.directory() + " as " + report.kind().displayName() + ": " + summary() + ".");
        for (LintReport.FileReport file : report.files()) {
            if (file.findings().isEmpty()) {
                continue;
            }
            lines.add(file.file() + (file.reviewed() ? " (reviewed: " + Directives.ALLOW_DESTRUCTIVE + ")" : ""));
            for (Finding f : file.findings()) {
                lines.add("  line " + f.line() + " " + f.code() + " " + f.category().label()
                        + (file.reviewed(f) ? " (reviewed)" : failing.contains(f) ? " (fails the lint)" : "")
                        + ": " + f.explanation());
                lines.add("      " + f.sql());
            }
        }
        return lines;
    }

    private String summary() {
        int n = report.findingCount();
        String found = n == 0 ? "no findings" : n + (n == 1 ? " finding" : " findings");
        return failOn == null ? found + " (migration.failOn=none: only reported)"
                : found + ", " + failing.size() + " at or above " + failOn.label() + " and not reviewed";
    }

    /** Short: the findings were printed once already, in the text or the JSON. */
    String failureMessage(boolean json) {
        return "migration:lint found " + failing.size() + (failing.size() == 1 ? " finding" : " findings")
                + " at or above " + failOn.label() + " (migration.failOn) that " + (failing.size() == 1 ? "is" : "are")
                + " not reviewed, " + (json ? "marked \"failing\":true in the JSON" : "marked (fails the lint) above")
                + ". Change the migration, or after review mark the file with " + Directives.ALLOW_DESTRUCTIVE
                + " (for destructive findings, which up and down would refuse otherwise); -Dmigration.failOn=none only"
                + " reports.";
    }

    String json() {
        StringBuilder sb = new StringBuilder("{\"dialect\":")
                .append(Json.string(report.kind().name().toLowerCase(Locale.ROOT)))
                .append(",\"directory\":").append(Json.string(report.directory()))
                .append(",\"migrations\":").append(report.migrations())
                .append(",\"failOn\":").append(Json.string(failOn == null ? "none" : failOn.label()))
                .append(",\"findings\":").append(report.findingCount())
                .append(",\"failing\":").append(failing.size())
                .append(",\"files\":[");
        String sep = "";
        for (LintReport.FileReport file : report.files()) {
            if (file.findings().isEmpty()) {
                continue;
            }
            sb.append(sep).append("{\"version\":").append(file.version())
                    .append(",\"file\":").append(Json.string(file.file()))
                    .append(",\"direction\":").append(Json.string(file.direction().dbValue()))
                    .append(",\"reviewed\":").append(file.reviewed()).append(",\"findings\":[");
            String inner = "";
            for (Finding f : file.findings()) {
                sb.append(inner).append("{\"code\":").append(Json.string(f.code()))
                        .append(",\"category\":").append(Json.string(f.category().label()))
                        .append(",\"line\":").append(f.line())
                        .append(",\"statement\":").append(f.statement())
                        .append(",\"explanation\":").append(Json.string(f.explanation()))
                        .append(",\"sql\":").append(Json.string(f.sql()))
                        .append(",\"reviewed\":").append(file.reviewed(f))
                        .append(",\"failing\":").append(failing.contains(f)).append('}');
                inner = ",";
            }
            sb.append("]}");
            sep = ",";
        }
        return sb.append("]}").toString();
    }
}
