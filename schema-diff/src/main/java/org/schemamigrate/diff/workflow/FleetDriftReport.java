package org.schemamigrate.diff.workflow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.core.VersionInfo;
import org.schemamigrate.core.fleet.FleetTarget;
import org.schemamigrate.core.internal.json.JsonStrings;
import org.schemamigrate.diff.plan.PlanStep;

/**
 * The outcome of a fleet drift check: the targets that match the migrations, one group per distinct difference
 * (with its targets) and the targets that could not be compared, as text and as JSON.
 */
public record FleetDriftReport(List<TargetDrift> results, Duration duration) {
    private static final int NAMES_IN_TEXT = 20;

    public FleetDriftReport {
        results = List.copyOf(results);
    }

    /**
     * What differs between a target and the migrations at its version, as changes made outside the migrations.
     *
     * @param steps            SQL that turns the migrations' schema into the live one
     * @param onlyInLive       objects outside the model (views, functions, triggers, …) only the target has
     * @param onlyInMigrations such objects only the migrations create
     */
    public record Difference(List<PlanStep> steps, List<String> onlyInLive, List<String> onlyInMigrations) {
        public Difference {
            steps = List.copyOf(steps);
            onlyInLive = List.copyOf(onlyInLive);
            onlyInMigrations = List.copyOf(onlyInMigrations);
        }

        public boolean none() {
            return steps.isEmpty() && onlyInLive.isEmpty() && onlyInMigrations.isEmpty();
        }
    }

    /** One target: its version and difference, or (difference null) the code and first line of why not compared. */
    public record TargetDrift(FleetTarget target, VersionInfo version, Difference difference, ErrorCode code,
                             String error) {
        public boolean failed() {
            return difference == null;
        }

        public boolean drifted() {
            return difference != null && !difference.none();
        }
    }

    /** A distinct difference and every target that has it, in target order. */
    public record Group(Difference difference, List<FleetTarget> targets) {
    }

    /** The distinct differences, the one with the most targets first. */
    public List<Group> groups() {
        Map<Difference, List<FleetTarget>> byDifference = new LinkedHashMap<>();
        results.stream().filter(TargetDrift::drifted)
                .forEach(r -> byDifference.computeIfAbsent(r.difference(), d -> new ArrayList<>()).add(r.target()));
        List<Group> groups = new ArrayList<>();
        byDifference.forEach((d, targets) -> groups.add(new Group(d, targets)));
        groups.sort((a, b) -> Integer.compare(b.targets().size(), a.targets().size()));
        return groups;
    }

    public List<TargetDrift> matching() {
        return results.stream().filter(r -> !r.failed() && !r.drifted()).toList();
    }

    public List<TargetDrift> drifted() {
        return results.stream().filter(TargetDrift::drifted).toList();
    }

    public List<TargetDrift> failed() {
        return results.stream().filter(TargetDrift::failed).toList();
    }

    /** True when every target matches the migrations at its version. */
    public boolean successful() {
        return matching().size() == results.size();
    }

    public String text() {
        List<Group> groups = groups();
        StringBuilder sb = new StringBuilder("Fleet check: ").append(results.size()).append(" targets in ")
                .append(String.format(Locale.ROOT, "%.2f", duration.toMillis() / 1000.0)).append(" s: ")
                .append(matching().size()).append(" match the migrations, ").append(drifted().size())
                .append(" drifted (").append(groups.size()).append(groups.size() == 1 ? " difference), "
                        : " distinct differences), ").append(failed().size()).append(" not compared\n");
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            sb.append("Difference ").append(i + 1).append(", on ").append(g.targets().size())
                    .append(g.targets().size() == 1 ? " target (" : " targets (").append(names(g.targets()))
                    .append("), made outside the migrations:\n");
            for (PlanStep step : g.difference().steps()) {
                sb.append("  ").append(step.canLoseData() ? "[can lose data] " : "").append(step.comment())
                        .append("\n    ").append(step.sql().replace("\n", "\n    ")).append(";\n");
            }
            g.difference().onlyInLive().forEach(o -> sb.append("  ").append(o).append(": only in the target\n"));
            g.difference().onlyInMigrations().forEach(o -> sb.append("  ").append(o)
                    .append(": created by the migrations, missing in the target\n"));
        }
        List<TargetDrift> failed = failed();
        if (!failed.isEmpty()) {
            sb.append("Not compared:\n");
            failed.forEach(r -> sb.append("  ").append(r.target().name()).append(": ").append(r.code()).append(": ")
                    .append(r.error()).append('\n'));
        }
        return sb.toString().stripTrailing();
    }

    private static String names(List<FleetTarget> targets) {
        return targets.stream().limit(NAMES_IN_TEXT).map(FleetTarget::name).collect(Collectors.joining(", "))
                + (targets.size() > NAMES_IN_TEXT ? ", … " + targets.size() + " in all" : "");
    }

    public String json() {
        List<Group> groups = groups();
        StringBuilder sb = new StringBuilder("{\"operation\":\"check\",\"targets\":").append(results.size())
                .append(",\"matching\":").append(matching().size())
                .append(",\"drifted\":").append(drifted().size())
                .append(",\"failed\":").append(failed().size())
                .append(",\"seconds\":").append(String.format(Locale.ROOT, "%.2f", duration.toMillis() / 1000.0))
                .append(",\"differences\":[");
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"targets\":").append(array(g.targets().stream()
                    .map(FleetTarget::name).toList())).append(",\"steps\":[");
            String sep = "";
            for (PlanStep step : g.difference().steps()) {
                sb.append(sep).append("{\"comment\":").append(JsonStrings.quote(step.comment()))
                        .append(",\"sql\":").append(JsonStrings.quote(step.sql()))
                        .append(",\"safety\":").append(JsonStrings.quote(step.safety().name())).append('}');
                sep = ",";
            }
            sb.append("],\"onlyInTarget\":").append(array(g.difference().onlyInLive()))
                    .append(",\"onlyInMigrations\":").append(array(g.difference().onlyInMigrations())).append('}');
        }
        sb.append("],\"results\":[");
        for (int i = 0; i < results.size(); i++) {
            TargetDrift r = results.get(i);
            int group = r.drifted() ? indexOf(groups, r.difference()) + 1 : 0;
            sb.append(i == 0 ? "" : ",").append("{\"target\":").append(JsonStrings.quote(r.target().name()))
                    .append(",\"version\":").append(r.version() == null ? "null" : r.version().version())
                    .append(",\"dirty\":").append(r.version() != null && r.version().dirty())
                    .append(",\"outcome\":").append(JsonStrings.quote(r.failed() ? "FAILED" : r.drifted()
                            ? "DRIFTED" : "MATCHES"))
                    .append(",\"difference\":").append(group == 0 ? "null" : String.valueOf(group))
                    .append(",\"code\":").append(JsonStrings.quote(r.code() == null ? null : r.code().toString()))
                    .append(",\"error\":").append(JsonStrings.quote(r.error())).append('}');
        }
        return sb.append("]}").toString();
    }

    private static int indexOf(List<Group> groups, Difference difference) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).difference().equals(difference)) {
                return i;
            }
        }
        return -1;
    }

    private static String array(List<String> values) {
        return values.stream().map(JsonStrings::quote).collect(Collectors.joining(",", "[", "]"));
    }
}
