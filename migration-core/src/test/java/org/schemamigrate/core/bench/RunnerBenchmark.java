package org.schemamigrate.core.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;

/**
 * Measures the runner on the embedded databases (started before timing):
 * applying 1,000 pending trivial migrations, and status/validate over 10,000 files.
 * Run with {@code ./mvnw -B -pl migration-core -Pbench verify}; prints one line per figure.
 */
public final class RunnerBenchmark {
    private static final int PENDING = 1_000;
    private static final int FILES = 10_000;
    private static final int ROUNDS = 3;

    private RunnerBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        for (DatabaseKind kind : new DatabaseKind[] {DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB}) {
            TestDatabases.server(kind);
            for (int round = 1; round <= ROUNDS; round++) {
                measureUp(kind, round, "CREATE TABLE", v -> "CREATE TABLE t" + v + " (id INT);");
            }
            // the runner's own cost: the same run with statements that do no work
            for (int round = 1; round <= ROUNDS; round++) {
                measureUp(kind, round, "SELECT", v -> "SELECT " + v + ";");
            }
            measureStatus(kind);
        }
        System.exit(0);
    }

    private static void measureUp(DatabaseKind kind, int round, String what, IntFunction<String> sql)
            throws IOException {
        Path dir = directory(PENDING, sql);
        TestDatabase db = TestDatabases.fresh(kind);
        Migrator migrator = Migrator.builder().dataSource(db.dataSource()).directory(dir).build();
        long start = System.nanoTime();
        int applied = migrator.up().runs().size();
        report(kind, "up: " + applied + " pending " + what + " migrations (round " + round + ")", start);
        delete(dir);
    }

    private static void measureStatus(DatabaseKind kind) throws IOException {
        Path dir = directory(FILES, v -> "SELECT " + v + ";");
        TestDatabase db = TestDatabases.fresh(kind);
        Migrator migrator = Migrator.builder().dataSource(db.dataSource()).directory(dir).build();
        migrator.baseline(FILES / 2);
        for (int round = 1; round <= ROUNDS; round++) {
            long start = System.nanoTime();
            int lines = migrator.status().migrations().size();
            report(kind, "status: " + lines + " files, " + FILES / 2 + " recorded (round " + round + ")", start);
            start = System.nanoTime();
            boolean ok = migrator.validate().ok();
            report(kind, "validate: " + FILES + " files, ok=" + ok + " (round " + round + ")", start);
        }
        delete(dir);
    }

    private static Path directory(int count, IntFunction<String> sql) throws IOException {
        Path dir = Files.createTempDirectory("bench-migrations");
        for (int v = 1; v <= count; v++) {
            String prefix = String.format(Locale.ROOT, "%05d_step_%d", v, v);
            Files.writeString(dir.resolve(prefix + ".up.sql"), sql.apply(v) + "\n");
            Files.writeString(dir.resolve(prefix + ".down.sql"), "SELECT 0;\n");
        }
        return dir;
    }

    private static void report(DatabaseKind kind, String what, long startNanos) {
        System.out.printf(Locale.ROOT, "BENCH %-10s %-60s %7.0f ms%n", kind.displayName(), what,
                (System.nanoTime() - startNanos) / 1e6);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
