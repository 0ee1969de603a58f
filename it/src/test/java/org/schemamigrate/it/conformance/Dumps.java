package org.schemamigrate.it.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.embedded.EmbeddedDatabase;

/**
 * The judge's view of a database: {@code pg_dump --schema-only} / {@code mariadb-dump --no-data}, split into
 * statements and normalised only for statement order, SET and comment noise, AUTO_INCREMENT counters and the
 * runner's own tables.
 */
final class Dumps {
    private static final Pattern AUTO_INCREMENT = Pattern.compile(" AUTO_INCREMENT=\\d+");
    private static final Pattern VERSIONED_CREATE = Pattern.compile("/\\*!\\d+ CREATE\\*/");
    private static final Pattern VERSION_COMMENT = Pattern.compile("/\\*!\\d+ ?");
    private static final Pattern DEFINER = Pattern.compile("DEFINER=\\S+ ?");
    private static final Pattern STORED_HEADER = Pattern.compile("(?m)^CREATE (TRIGGER|EVENT) ");
    private static final Pattern TRIGGER_HEADER = Pattern.compile("(?i)CREATE TRIGGER `?([^`\\s]+)`? (BEFORE|AFTER)"
            + " (INSERT|UPDATE|DELETE) ON `?([^`\\s]+)`? FOR EACH ROW");
    private static final Pattern EVENT_STARTS = Pattern.compile("STARTS '([0-9-]+ [0-9:]+)'");
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
            String line = unwrapCreate(dumped);
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
                statements.add(STORED_HEADER.matcher(text).find() ? storedHeader(text) : text);
            }
        }
        return statements.stream().sorted().toList();
    }

    /**
     * mariadb-dump writes a trigger's or event's first line in versioned comments ({@code /*!50003 CREATE*}{@code /
     * /*!50017 DEFINER=…*}{@code / /*!50003 TRIGGER name …}): unwrapped to {@code CREATE TRIGGER name …} so that it
     * is compared, not dropped with the dump's SET lines.
     */
    static String unwrapCreate(String line) {
        if (!VERSIONED_CREATE.matcher(line.strip()).lookingAt()) {
            return line;
        }
        return DEFINER.matcher(VERSION_COMMENT.matcher(line.strip()).replaceAll("").replace("*/", ""))
                .replaceAll("").replaceAll(" +", " ").strip();
    }

    /**
     * A trigger's header as the server keeps it is the text someone wrote (line breaks, keyword case, quotes):
     * reduced to what it says — name, timing, event, table — so that only the body and those count.
     */
    private static String storedHeader(String statement) {
        String text = statement.replace("*/", " ").replaceAll("\\s+", " ").strip();
        // an event without STARTS starts when it was created: a time the server picks, as AUTO_INCREMENT counters
        text = EVENT_STARTS.matcher(text).replaceAll(m -> createdNow(m.group(1)) ? "STARTS '(creation time)'"
                : Matcher.quoteReplacement(m.group()));
        return TRIGGER_HEADER.matcher(text).replaceAll(m -> Matcher.quoteReplacement("CREATE TRIGGER " + m.group(1)
                + " " + m.group(2).toUpperCase(Locale.ROOT) + " " + m.group(3).toUpperCase(Locale.ROOT) + " ON "
                + m.group(4) + " FOR EACH ROW"));
    }

    /** When this JVM (the conformance run) started: no case ran before it. */
    private static final LocalDateTime RUN_STARTED = LocalDateTime.ofInstant(
            Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()), ZoneId.systemDefault());

    /**
     * Whether {@code timestamp} lies within this run (a minute's slack for clocks): set by the server when a case
     * created the event, not a time the case wrote.
     */
    private static boolean createdNow(String timestamp) {
        try {
            LocalDateTime at = LocalDateTime.parse(timestamp.replace(' ', 'T'));
            return !at.isBefore(RUN_STARTED.minusMinutes(1)) && !at.isAfter(LocalDateTime.now().plusMinutes(1));
        } catch (DateTimeParseException e) {
            return false;
        }
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
