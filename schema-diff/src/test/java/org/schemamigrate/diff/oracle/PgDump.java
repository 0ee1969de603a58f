package org.schemamigrate.diff.oracle;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * {@code pg_dump --schema-only} as a second PostgreSQL oracle, in the {@code pg-dump} profile only (zonky ships no
 * pg_dump, and one older than the server refuses to dump it): statements sorted, without the runner's tables and
 * the session settings. Asked for and unusable, it fails; it never skips.
 */
final class PgDump {
    /** Set by the {@code pg-dump} profile: {@code true} for pg_dump on PATH, or the tool's path. */
    static final String PROPERTY = "oracle.pgDump";

    private PgDump() {
    }

    static boolean requested() {
        String value = System.getProperty(PROPERTY, "");
        return !value.isBlank() && !value.equals("false");
    }

    static List<String> of(TestDatabase db) {
        String value = System.getProperty(PROPERTY);
        URI url = URI.create(db.url().substring("jdbc:".length()));
        ProcessBuilder builder = new ProcessBuilder(value.equals("true") ? "pg_dump" : value, "--schema-only",
                "--no-owner", "--no-privileges", "--host=" + url.getHost(), "--port=" + url.getPort(),
                "--username=" + db.user(), "--dbname=" + db.name());
        builder.environment().put("PGPASSWORD", db.password() == null ? "" : db.password());
        builder.redirectErrorStream(true);
        try {
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_dump failed for " + db + " (-D" + PROPERTY + "=" + value
                        + "; it must be at least the server's version): " + out);
            }
            return statements(out);
        } catch (IOException e) {
            throw new IllegalStateException("pg_dump could not run (-D" + PROPERTY + "=" + value + "): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<String> statements(String dump) {
        StringBuilder kept = new StringBuilder();
        for (String line : dump.split("\n")) {
            if (!line.startsWith("--") && !line.startsWith("\\")) {
                kept.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : kept.toString().split(";\\s*\n")) {
            String text = statement.strip();
            if (!text.isEmpty() && !text.startsWith("SET ") && !text.startsWith("SELECT pg_catalog.set_config")
                    && !text.contains("migration_history")) {
                statements.add("pg_dump | " + text);
            }
        }
        return statements.stream().sorted().toList();
    }

    /** The CREATE TABLE statements of {@code tables} with their column lines sorted (see PostgresCatalogDump). */
    static List<String> withoutColumnPositions(List<String> lines, Set<String> tables) {
        return lines.stream().map(line -> {
            for (String table : tables) {
                if (line.startsWith("pg_dump | CREATE TABLE public." + table + " (")) {
                    String[] parts = line.split("\n");
                    String[] body = Arrays.copyOfRange(parts, 1, parts.length - 1);
                    Arrays.setAll(body, i -> body[i].replaceAll(",$", ""));
                    Arrays.sort(body);
                    return parts[0] + "\n" + String.join("\n", body) + "\n" + parts[parts.length - 1];
                }
            }
            return line;
        }).sorted().toList();
    }
}
