package org.schemamigrate.diff.verify;

import java.util.List;
import java.util.stream.Collectors;
import org.schemamigrate.core.db.DatabaseKind;

/** Every migration's verdict, lowest version first, and how long the whole walk took. */
public record MigrationTestReport(DatabaseKind kind, List<MigrationVerdict> verdicts, long totalMillis) {

    public MigrationTestReport {
        verdicts = List.copyOf(verdicts);
    }

    public boolean passed() {
        return verdicts.stream().allMatch(MigrationVerdict::passed);
    }

    public List<MigrationVerdict> failures() {
        return verdicts.stream().filter(v -> !v.passed()).toList();
    }

    /** One line per migration, with the residual or failure indented under it, and a summary line. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (MigrationVerdict v : verdicts) {
            out.append(String.format("%-12s %d %s", v.outcome(), v.version(), v.name()));
            if (v.upMillis() >= 0) {
                out.append(" (up ").append(v.upMillis()).append(" ms");
                if (v.downMillis() >= 0) {
                    out.append(", down ").append(v.downMillis()).append(" ms");
                }
                if (v.reapplyMillis() >= 0) {
                    out.append(", up again ").append(v.reapplyMillis()).append(" ms");
                }
                out.append(')');
            }
            out.append('\n');
            if (!v.residualAfterDown().isEmpty()) {
                out.append("    after down, the schema differs from before the up (- before, + after down):\n");
                v.residualAfterDown().forEach(line -> out.append("      ").append(line).append('\n'));
            }
            if (!v.residualAfterReapply().isEmpty()) {
                out.append("    up again does not reach the schema of the first up (- first, + again):\n");
                v.residualAfterReapply().forEach(line -> out.append("      ").append(line).append('\n'));
            }
            if (!v.lostRows().isEmpty()) {
                out.append("    the down lost test-data rows of tables it kept: ")
                        .append(String.join(", ", v.lostRows())).append('\n');
            }
            if (v.failure() != null) {
                MigrationVerdict.Failure f = v.failure();
                out.append("    ").append(f.step()).append(" failed").append(f.file() == null ? "" : " in " + f.file()
                        + (f.line() > 0 ? " line " + f.line() : "")).append(": ").append(f.message()).append('\n');
            }
        }
        long failed = failures().size();
        return out.append(verdicts.size()).append(" migrations tested on ").append(kind.displayName()).append(": ")
                .append(failed == 0 ? "all passed" : failed + " failed").append(" (").append(totalMillis)
                .append(" ms)\n").toString();
    }

    /** The report as JSON, for CI tools. */
    public String json() {
        String items = verdicts.stream().map(MigrationTestReport::json).collect(Collectors.joining(",\n    "));
        return "{\n  \"database\": " + str(kind.name().toLowerCase()) + ",\n  \"passed\": " + passed()
                + ",\n  \"totalMillis\": " + totalMillis + ",\n  \"migrations\": [\n    " + items + "\n  ]\n}\n";
    }

    private static String json(MigrationVerdict v) {
        MigrationVerdict.Failure f = v.failure();
        return "{\"version\": " + v.version() + ", \"name\": " + str(v.name()) + ", \"outcome\": "
                + str(v.outcome().name().toLowerCase()) + ", \"passed\": " + v.passed()
                + ", \"upMillis\": " + v.upMillis() + ", \"downMillis\": " + v.downMillis()
                + ", \"reapplyMillis\": " + v.reapplyMillis()
                + ", \"residualAfterDown\": " + list(v.residualAfterDown())
                + ", \"residualAfterReapply\": " + list(v.residualAfterReapply())
                + ", \"lostRows\": " + list(v.lostRows())
                + ", \"failure\": " + (f == null ? "null" : "{\"step\": " + str(f.step()) + ", \"code\": "
                + str(f.code()) + ", \"file\": " + str(f.file()) + ", \"line\": " + f.line() + ", \"message\": "
                + str(f.message()) + "}") + "}";
    }

    private static String list(List<String> lines) {
        return lines.stream().map(MigrationTestReport::str).collect(Collectors.joining(", ", "[", "]"));
    }

    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
