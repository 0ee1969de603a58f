package org.schemamigrate.it.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.embedded.EmbeddedDatabase;
import org.schemamigrate.core.embedded.EmbeddedMariaDb;
import org.schemamigrate.core.embedded.EmbeddedPostgres;

/**
 * The conformance runner ({@code -Pconformance}): every case of {@code <cases>/<source>/<dialect>/<case>/} through
 * the diff library, judged by dumps ({@link CaseRun}). One server per dialect, fresh databases per case. Prints a
 * table per category and per source/dialect and writes {@code target/conformance.tsv}.
 * <p>
 * Arguments: cases directory, output TSV; system properties {@code conformance.dialect} (postgres, mysql),
 * {@code conformance.filter} (a regex on {@code source/dialect/case}), {@code conformance.limit}.
 */
public final class ConformanceRunner {

    private ConformanceRunner() {
    }

    record Result(String source, String dialect, String name, CaseRun.Outcome outcome, long millis) {
    }

    public static void main(String[] args) throws IOException {
        Path cases = Path.of(args[0]).toAbsolutePath().normalize();
        Path tsv = Path.of(args[1]);
        if (!Files.isDirectory(cases)) {
            throw new IllegalArgumentException("No cases directory at " + cases + " (expected <source>/<dialect>/"
                    + "<case>/{from.sql,to.sql}); pass -Dconformance.cases=DIR");
        }
        Set<String> skipped = skipped(cases.resolve("SKIPPED.tsv"));
        Pattern filter = Pattern.compile(System.getProperty("conformance.filter", ".*"));
        String onlyDialect = System.getProperty("conformance.dialect", "");
        int limit = Integer.parseInt(System.getProperty("conformance.limit", "100000"));
        if (args.length > 2 && args[2].equals("--summary")) {
            System.out.println(summary(read(tsv)));
            return;
        }
        List<Result> results = new ArrayList<>();
        // written as the cases finish, so a run stopped early still says what it measured
        Path partial = tsv.resolveSibling(tsv.getFileName() + ".partial");
        Files.createDirectories(tsv.toAbsolutePath().getParent());
        Files.writeString(partial, HEADER);
        // one thread and one server per dialect: most of a case is waiting for its server
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<Result>>> runs = new ArrayList<>();
        for (String dialect : List.of("postgres", "mysql")) {
            if (onlyDialect.isEmpty() || onlyDialect.equals(dialect)) {
                List<Path> dirs = caseDirs(cases, dialect).stream()
                        .filter(d -> filter.matcher(id(cases, d)).find()).limit(limit).toList();
                Path work = tsv.toAbsolutePath().getParent().resolve("conformance-work").resolve(dialect);
                runs.add(pool.submit(() -> runDialect(dialect, cases, shuffled(dirs), skipped, work, partial)));
            }
        }
        try {
            for (Future<List<Result>> run : runs) {
                results.addAll(run.get());
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("A dialect's run failed: " + e.getMessage(), e);
        } finally {
            pool.shutdown();
        }
        writeTsv(tsv, results);
        System.out.println(summary(results));
    }

    private static List<Result> runDialect(String dialect, Path cases, List<Path> dirs, Set<String> skipped,
                                           Path work, Path partial) throws IOException {
        List<Result> results = new ArrayList<>();
        if (dirs.isEmpty()) {
            return results;
        }
        Files.createDirectories(work);
        try (EmbeddedDatabase server = dialect.equals("postgres") ? EmbeddedPostgres.start(null)
                : EmbeddedMariaDb.start(null)) {
            int port = server instanceof EmbeddedPostgres pg ? pg.port() : ((EmbeddedMariaDb) server).port();
            server.createDatabase(CaseRun.DEV);
            CaseRun run = new CaseRun(server, new Dumps(server, port), work);
            int n = 0;
            for (Path dir : dirs) {
                String id = id(cases, dir);
                String[] parts = id.split("/");
                long start = System.nanoTime();
                CaseRun.Outcome outcome;
                if (skipped.contains(id)) {
                    outcome = new CaseRun.Outcome("skipped", "listed in SKIPPED.tsv", "");
                } else {
                    try {
                        outcome = run.run("c" + (++n), Files.readString(dir.resolve("from.sql")),
                                Files.readString(dir.resolve("to.sql")));
                    } catch (RuntimeException e) {
                        outcome = new CaseRun.Outcome("failed", "runner " + e.getClass().getSimpleName(),
                                CaseRun.oneLine(String.valueOf(e.getMessage())));
                    }
                }
                Result result = new Result(parts[0], parts[1], parts[2], outcome,
                        (System.nanoTime() - start) / 1_000_000);
                results.add(result);
                synchronized (ConformanceRunner.class) {
                    Files.writeString(partial, tsvLine(result), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                }
                System.out.printf("%-70s %-26s %s%n", id, outcome.category(), outcome.reason());
            }
        }
        return results;
    }

    private static String id(Path cases, Path dir) {
        return cases.relativize(dir).toString().replace('\\', '/');
    }

    private static List<Path> caseDirs(Path cases, String dialect) throws IOException {
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> sources = Files.list(cases)) {
            for (Path source : sources.filter(Files::isDirectory).sorted().toList()) {
                Path byDialect = source.resolve(dialect);
                if (Files.isDirectory(byDialect)) {
                    try (Stream<Path> each = Files.list(byDialect)) {
                        each.filter(d -> Files.isRegularFile(d.resolve("to.sql"))).sorted().forEach(dirs::add);
                    }
                }
            }
        }
        return dirs;
    }

    private static Set<String> skipped(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Set.of();
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(l -> l.split("\t")[0].strip()).filter(l -> !l.isEmpty()).collect(Collectors.toSet());
        }
    }

    private static final String HEADER = "source\tdialect\tcase\tcategory\treason\tmillis\tdetail\n";

    /** A fixed-seed shuffle: a run stopped early is a fair sample of the whole suite. */
    private static List<Path> shuffled(List<Path> dirs) {
        List<Path> copy = new ArrayList<>(dirs);
        Collections.shuffle(copy, new Random(16));
        return copy;
    }

    private static String tsvLine(Result r) {
        return String.join("\t", r.source(), r.dialect(), r.name(), r.outcome().category(), r.outcome().reason(),
                String.valueOf(r.millis()), r.outcome().detail().replace('\t', ' ').replace('\n', ' ')) + "\n";
    }

    private static void writeTsv(Path tsv, List<Result> results) throws IOException {
        StringBuilder out = new StringBuilder(HEADER);
        results.forEach(r -> out.append(tsvLine(r)));
        Files.writeString(tsv, out);
    }

    private static List<Result> read(Path tsv) throws IOException {
        try (Stream<String> lines = Files.lines(tsv)) {
            return lines.skip(1).map(l -> l.split("\t", -1)).filter(f -> f.length >= 7)
                    .map(f -> new Result(f[0], f[1], f[2], new CaseRun.Outcome(f[3], f[4], f[6]),
                            Long.parseLong(f[5]))).toList();
        }
    }

    /** Markdown tables: cases per category and source/dialect, then the counted reasons per category. */
    static String summary(List<Result> results) {
        List<String> categories = List.of("proven", CaseRun.DECLARED_ORDER, "refused", "failed", "up to date while different",
                "case error", "skipped");
        Map<String, Map<String, Long>> byGroup = new TreeMap<>();
        for (Result r : results) {
            byGroup.computeIfAbsent(r.source() + "/" + r.dialect(), k -> new TreeMap<>())
                    .merge(r.outcome().category(), 1L, Long::sum);
        }
        StringBuilder out = new StringBuilder("\n| source/dialect | " + String.join(" | ", categories)
                + " | total |\n|---|" + "---|".repeat(categories.size() + 1) + "\n");
        byGroup.forEach((group, counts) -> {
            out.append("| ").append(group);
            categories.forEach(c -> out.append(" | ").append(counts.getOrDefault(c, 0L)));
            out.append(" | ").append(counts.values().stream().mapToLong(Long::longValue).sum()).append(" |\n");
        });
        for (String category : List.of("refused", "failed", "up to date while different", "case error")) {
            Map<String, Long> reasons = results.stream().filter(r -> r.outcome().category().equals(category))
                    .collect(Collectors.groupingBy(r -> r.dialect() + ": " + r.outcome().reason(),
                            TreeMap::new, Collectors.counting()));
            if (reasons.isEmpty()) {
                continue;
            }
            out.append("\n| ").append(category).append(": reason | cases |\n|---|---|\n");
            reasons.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> out.append("| ").append(e.getKey().replace("|", "\\|")).append(" | ")
                            .append(e.getValue()).append(" |\n"));
        }
        return out.toString();
    }
}
