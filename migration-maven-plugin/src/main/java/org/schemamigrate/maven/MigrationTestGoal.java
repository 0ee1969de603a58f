package org.schemamigrate.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.source.MigrationDirectory;
import org.schemamigrate.diff.inspect.Exclusions;
import org.schemamigrate.diff.verify.MigrationTestOptions;
import org.schemamigrate.diff.verify.MigrationTestReport;
import org.schemamigrate.diff.verify.MigrationTester;

/**
 * What migration:test does, kept out of the mojo: checks the settings before a server starts, walks the directory
 * on the dev database, prints the report and fails the build on any failing migration.
 */
final class MigrationTestGoal {
    record Settings(Path dir, String dialect, String devUrl, String devUser, String devPassword, File testData,
                    boolean requireDown, Integer latest, String format, File output,
                    String exclude) {
    }

    private MigrationTestGoal() {
    }

    static void run(Settings s, Log log) throws MojoFailureException {
        if (s.latest() != null && s.latest() < 1) {
            throw new ConfigurationException("migration.latest must be 1 or more (got " + s.latest() + ").");
        }
        if (s.testData() != null && !s.testData().isDirectory()) {
            throw new ConfigurationException("migration.testData " + s.testData() + " is not a directory.");
        }
        DatabaseKind kind = DialectSetting.parse(s.dialect());
        Exclusions exclusions = Exclusions.parse(s.exclude());
        StatusOutput.Format format = StatusOutput.Format.parse(s.format());
        String location = "filesystem:" + s.dir();
        int count = MigrationDirectory.load(location, null).migrations().size(); // malformed: fails before a server starts
        if (!log.isDebugEnabled()) {
            Sandbox.quietLaunchers();
        }
        MigrationTestReport report;
        PhaseLog phases = new PhaseLog(log);
        boolean embedded = s.devUrl() == null || s.devUrl().isBlank();
        try (DevDatabase dev = phases.phase(embedded ? "starting the dev database" : "opening the dev database",
                () -> DevDatabase.open(s.devUrl(), s.devUser(), s.devPassword(), kind, log))) {
            MigrationTestOptions options = MigrationTestOptions.of(location).withRequireDown(s.requireDown())
                    .withLatest(s.latest() == null ? 0 : s.latest())
                    .withTestData(s.testData() == null ? null : s.testData().toPath());
            report = phases.phase("testing " + count + " migration" + (count == 1 ? "" : "s") + " (up, down, up"
                    + " again) on a scratch database", () -> new MigrationTester(dev.dataSource(), dev.kind(),
                    exclusions).test(options));
        }
        if (format == StatusOutput.Format.JSON) {
            System.out.print(report.json());
            System.out.flush();
        } else {
            report.text().lines().forEach(log::info);
        }
        if (s.output() != null) {
            write(s.output().toPath(), report.json());
        }
        if (!report.passed()) {
            throw new MojoFailureException("migration:test failed for " + report.failures().size() + " migration(s): "
                    + String.join(", ", report.failures().stream().map(v -> v.version() + " " + v.name() + " ("
                    + v.outcome().name().toLowerCase() + ")").toList()) + ". The report above shows what each down"
                    + " left behind or which statement failed.");
        }
    }

    private static void write(Path file, String json) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, json);
        } catch (IOException e) {
            throw new ConfigurationException("Cannot write migration.output " + file + ": " + e.getMessage());
        }
    }
}
