package org.schemamigrate.it.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.embedded.EmbeddedDatabase;
import org.schemamigrate.core.testing.StoredProgramText;

/**
 * The judge's view of a database: {@code pg_dump --schema-only} / {@code mariadb-dump --no-data}, split into
 * statements and normalised only for statement order, SET and comment noise, AUTO_INCREMENT counters and the
 * runner's own tables.
 */
final class Dumps {
    private static final Pattern AUTO_INCREMENT = Pattern.compile(" AUTO_INCREMENT=\\d+");
    private static final Pattern RUNNER_TABLE = Pattern.compile("migration_history(_log|_batch)?\\b");

    private final EmbeddedDatabase server;
    private final int port;

    Dumps(EmbeddedDatabase server, int port) {
        this.server = server;
        this.port = port;
    }

    /** The normalised statements of a database's schema dump, sorted. */
    List<String> dump(String database) {
        List<String> command = server.kind() == DatabaseKind.POSTGRESQL
                ? List.of("pg_dump", "--schema-only", "-h", "localhost", "-p",
                String.valueOf(port), "-U", server.user(), database)
                : List.of("mariadb-dump", "--no-data", "--skip-comments", "--skip-dump-date", "--routines",
                "--events", "--triggers", "-h", "127.0.0.1", "-P", String.valueOf(port), "-u", server.user(),
                database);
        ProcessBuilder builder = new ProcessBuilder(command);
        if (server.password() != null && !server.password().isEmpty()) {
            builder.environment().put(server.kind() == DatabaseKind.POSTGRESQL ? "PGPASSWORD" : "MYSQL_PWD",
                    server.password());
        }
        try {
            Process process = builder.redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " failed: " + err.strip());
            }
            return normalise(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(command.get(0) + " could not run (install postgresql-client-15 /"
                    + " mariadb-client): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<String> normalise(String dump) {
        StringBuilder kept = new StringBuilder();
        for (String dumped : dump.split("\n")) {
            String line = StoredProgramText.unwrapCreate(dumped);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--") || trimmed.startsWith("SET ")
                    || trimmed.startsWith("SELECT pg_catalog.set_config") || trimmed.startsWith("/*!")
                    || trimmed.startsWith("/*M!")
                    || trimmed.startsWith("\\restrict") || trimmed.startsWith("\\unrestrict")) {
                continue;
            }
            kept.append(AUTO_INCREMENT.matcher(line).replaceAll("")).append('\n');
        }
        List<String> statements = new ArrayList<>();
        for (String statement : kept.toString().split(";\n")) {
            String text = statement.strip();
            if (!text.isEmpty() && !RUNNER_TABLE.matcher(text).find()) {
                // a trigger's or event's header is kept as it was written, line breaks included: formatting
                statements.add(StoredProgramText.isStoredProgram(text) ? StoredProgramText.normalise(text) : text);
            }
        }
        return statements.stream().sorted().toList();
    }

    /** Statements only one side has: {@code -} expected, {@code +} actual. */
    static List<String> difference(List<String> actual, List<String> expected) {
        List<String> out = new ArrayList<>();
        expected.stream().filter(s -> !actual.contains(s)).forEach(s -> out.add("- " + oneLine(s)));
        actual.stream().filter(s -> !expected.contains(s)).forEach(s -> out.add("+ " + oneLine(s)));
        return out;
    }

    /** Whether the {@code -} and {@code +} statements of a difference hold the same comma-separated parts. */
    static boolean sameLinesInAnotherOrder(List<String> difference) {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (String line : difference) {
            List<String> parts = Arrays.stream(line.substring(2).replace("(", ",").replace(")", ",").split(","))
                    .map(String::strip).sorted().toList();
            (line.startsWith("- ") ? expected : actual).add(String.join("\n", parts));
        }
        return !expected.isEmpty() && expected.stream().sorted().toList().equals(actual.stream().sorted().toList());
    }

    private static String oneLine(String statement) {
        return String.join(" ", Arrays.stream(statement.split("\n")).map(String::strip).toList());
    }
}
