package org.schemamigrate.core.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * psql's own splitting: {@code psql -s} (single step) prints every query it is about to send between two
 * marker lines and waits for a confirmation; answering {@code x} cancels it, so nothing runs.
 */
final class PsqlSplitter {
    private static final String START = "(Single step mode: verify command)";
    private static final String END = "(press return to proceed or enter x and return to cancel)";

    private final TestDatabase db;

    PsqlSplitter(TestDatabase db) {
        this.db = db;
    }

    static boolean available() {
        try {
            return new ProcessBuilder("psql", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    List<String> split(String script) throws IOException, InterruptedException {
        Path file = Files.createTempFile("split", ".sql");
        try {
            Files.writeString(file, script);
            ProcessBuilder builder = new ProcessBuilder("psql", "-X", "-q", "-s", "-f", file.toString(),
                    db.url().replaceFirst("^jdbc:", "").replaceFirst("\\?.*$", ""), "-U", db.user())
                    .redirectErrorStream(false);
            builder.environment().put("PGPASSWORD", db.password() == null ? "" : db.password());
            Process process = builder.start();
            try (OutputStream in = process.getOutputStream()) {
                in.write("x\n".repeat(200).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // psql may finish before reading every answer
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            if (!out.contains(START) && !script.isBlank()) {
                throw new IllegalStateException("psql printed no query: " + out + err);
            }
            List<String> queries = new ArrayList<>();
            StringBuilder query = null;
            for (String line : out.split("\n", -1)) {
                if (line.contains(START)) {
                    query = new StringBuilder();
                } else if (line.contains(END) && query != null) {
                    queries.add(query.toString());
                    query = null;
                } else if (query != null) {
                    query.append(line).append('\n');
                }
            }
            return queries;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
