package org.schemamigrate.maven;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.maven.plugin.logging.Log;
import org.schemamigrate.core.StatusReport;

/**
 * Where migration:status goes: the table to Maven's log (to standard output with {@code mvn -q}, see GoalOutput),
 * JSON to standard output (a script reads it with {@code mvn -q}; log lines would prefix it with [INFO]), either
 * one to a file when migration.output is set.
 */
public final class StatusOutput {
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");

    public enum Format {
        TEXT, JSON;

        public static Format parse(String text) {
            String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            return switch (t) {
                case "", "text" -> TEXT;
                case "json" -> JSON;
                default -> throw new ConfigurationException("migration.format must be 'text' or 'json'; got '"
                        + text + "'.");
            };
        }
    }

    private final StatusRenderer renderer;
    private final Log log;
    private final PrintStream stdout;

    public StatusOutput(StatusRenderer renderer, Log log, PrintStream stdout) {
        this.renderer = renderer;
        this.log = log;
        this.stdout = stdout;
    }

    public void write(StatusReport report, Format format, Path file) {
        if (format == Format.JSON) {
            String json = renderer.json(report);
            if (file == null) {
                stdout.println(json);
                stdout.flush();
            } else {
                writeFile(file, json + "\n");
            }
            return;
        }
        List<String> lines = renderer.text(report);
        if (file == null) {
            new GoalOutput(log, stdout).info(lines);
        } else {
            StringBuilder sb = new StringBuilder();
            lines.forEach(l -> sb.append(ANSI.matcher(l).replaceAll("")).append('\n'));
            writeFile(file, sb.toString());
        }
    }

    private void writeFile(Path file, String content) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, content, StandardCharsets.UTF_8);
            log.info("Wrote the migration status to " + file);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot write migration.output " + file.toAbsolutePath() + ": "
                    + e.getMessage());
        }
    }
}
