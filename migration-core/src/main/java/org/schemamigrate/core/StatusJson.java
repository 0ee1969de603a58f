package org.schemamigrate.core;

import org.schemamigrate.core.internal.json.JsonStrings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.schemamigrate.core.Batch;

/**
 * The status report as JSON, one shape for every front end (migration:status -Dmigration.format=json, the Spring
 * Boot Actuator endpoint): {@link #tree} gives maps and lists in key order for a JSON library to write,
 * {@link #render} writes the same tree as one line without any library.
 */
public final class StatusJson {
    private StatusJson() {
    }

    /** current, summary, migrations, batches, problems; nulls are kept so every key is always present. */
    public static Map<String, Object> tree(StatusReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("current", version(report.current()));
        root.put("summary", report.summary());
        List<Object> migrations = new ArrayList<>();
        for (MigrationStatus m : report.migrations()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("version", m.version());
            o.put("name", m.name());
            o.put("state", m.state().label());
            o.put("appliedAt", iso(m.appliedAt()));
            o.put("executionMs", m.executionMs());
            o.put("appliedBy", m.appliedBy());
            o.put("batchId", m.batchId());
            migrations.add(o);
        }
        root.put("migrations", migrations);
        List<Object> batches = new ArrayList<>();
        for (Batch b : report.batches()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", b.id());
            o.put("deployment", b.deployment());
            o.put("performedBy", b.performedBy());
            o.put("host", b.host());
            o.put("startedAt", iso(b.startedAt()));
            o.put("finishedAt", iso(b.finishedAt()));
            o.put("outcome", b.outcome());
            o.put("detail", b.detail());
            batches.add(o);
        }
        root.put("batches", batches);
        List<Object> problems = new ArrayList<>();
        for (ValidationProblem p : report.problems()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
            o.put("version", p.version());
            o.put("name", p.name());
            o.put("message", p.message());
            problems.add(o);
        }
        root.put("problems", problems);
        return root;
    }

    /** The tree as one line of JSON. */
    public static String render(StatusReport report) {
        StringBuilder sb = new StringBuilder();
        write(sb, tree(report));
        return sb.toString();
    }

    private static Map<String, Object> version(VersionInfo v) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("version", v.version());
        o.put("name", v.name());
        o.put("dirty", v.dirty());
        return o;
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static void write(StringBuilder sb, Object value) {
        if (value instanceof Map<?, ?> map) {
            sb.append('{');
            String sep = "";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(sep);
                string(sb, (String) e.getKey());
                sb.append(':');
                write(sb, e.getValue());
                sep = ",";
            }
            sb.append('}');
        } else if (value instanceof List<?> list) {
            sb.append('[');
            String sep = "";
            for (Object item : list) {
                sb.append(sep);
                write(sb, item);
                sep = ",";
            }
            sb.append(']');
        } else if (value instanceof String s) {
            string(sb, s);
        } else {
            sb.append(value); // numbers, booleans and null print as JSON
        }
    }

    private static void string(StringBuilder sb, String s) {
        JsonStrings.append(sb, s);
    }
}
