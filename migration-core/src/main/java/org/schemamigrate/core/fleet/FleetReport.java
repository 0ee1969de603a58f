package org.schemamigrate.core.fleet;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.schemamigrate.core.VersionInfo;
import org.schemamigrate.core.internal.json.JsonStrings;
import org.schemamigrate.core.fleet.TargetResult.Outcome;

/** One summary of a fleet run: versions, failures and per-target timings, as text and as JSON. */
public record FleetReport(String operation, List<TargetResult> results, Duration duration) {

    public FleetReport {
        results = List.copyOf(results);
    }

    public List<TargetResult> with(Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).toList();
    }

    /** True when no target failed and none was skipped. */
    public boolean successful() {
        return results.stream().allMatch(r -> r.outcome() == Outcome.DONE);
    }

    /** How many targets are at each version (after the run), dirty ones apart; unread targets are left out. */
    public Map<VersionInfo, Long> versions() {
        Comparator<VersionInfo> order = Comparator.comparingLong(VersionInfo::version)
                .thenComparing(VersionInfo::dirty).thenComparing(v -> String.valueOf(v.name()));
        return results.stream().filter(r -> r.after() != null)
                .collect(Collectors.groupingBy(TargetResult::after, () -> new TreeMap<>(order.reversed()),
                        Collectors.counting()));
    }

    /** The p-th percentile (0–100) of the targets' durations, over the targets that ran. */
    public Duration percentile(int p) {
        List<Duration> sorted = results.stream().filter(r -> r.outcome() != Outcome.SKIPPED)
                .map(TargetResult::duration).sorted().toList();
        if (sorted.isEmpty()) {
            return Duration.ZERO;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("Fleet ").append(operation).append(": ").append(results.size()).append(" targets in ")
                .append(seconds(duration)).append(" s (").append(String.format(Locale.ROOT, "%.1f",
                        results.size() / Math.max(0.001, duration.toMillis() / 1000.0))).append(" targets/s): ")
                .append(with(Outcome.DONE).size()).append(" done, ").append(with(Outcome.FAILED).size())
                .append(" failed, ").append(with(Outcome.SKIPPED).size()).append(" skipped\n");
        versions().forEach((version, count) -> sb.append("  ").append(count).append(" at ")
                .append(version.describe()).append('\n'));
        List<TargetResult> failed = with(Outcome.FAILED);
        if (!failed.isEmpty()) {
            sb.append("Failed:\n");
            failed.forEach(r -> sb.append("  ").append(r.target().name()).append(": ").append(r.code())
                    .append(": ").append(r.error()).append('\n'));
        }
        List<TargetResult> skipped = with(Outcome.SKIPPED);
        if (!skipped.isEmpty()) {
            sb.append("Skipped (not attempted after the failure above): ").append(skipped.stream().limit(10)
                    .map(r -> r.target().name()).collect(Collectors.joining(", ")))
                    .append(skipped.size() > 10 ? ", … (" + skipped.size() + " in all)" : "").append('\n');
        }
        return sb.append("Per target: p50 ").append(percentile(50).toMillis()).append(" ms, p95 ")
                .append(percentile(95).toMillis()).append(" ms, max ").append(percentile(100).toMillis())
                .append(" ms").toString();
    }

    public String json() {
        StringBuilder sb = new StringBuilder("{\"operation\":").append(JsonStrings.quote(operation))
                .append(",\"targets\":").append(results.size())
                .append(",\"done\":").append(with(Outcome.DONE).size())
                .append(",\"failed\":").append(with(Outcome.FAILED).size())
                .append(",\"skipped\":").append(with(Outcome.SKIPPED).size())
                .append(",\"seconds\":").append(seconds(duration))
                .append(",\"p50Ms\":").append(percentile(50).toMillis())
                .append(",\"p95Ms\":").append(percentile(95).toMillis())
                .append(",\"maxMs\":").append(percentile(100).toMillis())
                .append(",\"versions\":[");
        String sep = "";
        for (Map.Entry<VersionInfo, Long> e : versions().entrySet()) {
            sb.append(sep).append("{\"version\":").append(e.getKey().version()).append(",\"name\":")
                    .append(JsonStrings.quote(e.getKey().name())).append(",\"dirty\":").append(e.getKey().dirty())
                    .append(",\"targets\":").append(e.getValue()).append('}');
            sep = ",";
        }
        sb.append("],\"results\":[");
        sep = "";
        for (TargetResult r : results) {
            sb.append(sep).append("{\"target\":").append(JsonStrings.quote(r.target().name()))
                    .append(",\"outcome\":").append(JsonStrings.quote(r.outcome().name()))
                    .append(",\"before\":").append(r.before() == null ? "null" : r.before().version())
                    .append(",\"after\":").append(r.after() == null ? "null" : r.after().version())
                    .append(",\"dirty\":").append(r.dirty())
                    .append(",\"ran\":").append(r.ran())
                    .append(",\"pending\":").append(r.pending())
                    .append(",\"code\":").append(JsonStrings.quote(r.code() == null ? null : r.code().toString()))
                    .append(",\"error\":").append(JsonStrings.quote(r.error()))
                    .append(",\"ms\":").append(r.duration().toMillis()).append('}');
            sep = ",";
        }
        return sb.append("]}").toString();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f", d.toMillis() / 1000.0);
    }
}
