package org.schemamigrate.diff.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.UrlDataSource;
import org.schemamigrate.core.embedded.EmbeddedPostgres;
import org.schemamigrate.diff.workflow.DiffGenerator;
import org.schemamigrate.diff.workflow.DiffRequest;
import org.schemamigrate.diff.workflow.PhaseListener;

/**
 * Benchmark, not a test: migration:diff's whole workflow in process (desired DDL into a scratch database, replay of
 * the migration directory, diff, plan, both proofs, writing) for models of 10, 100 and 500 entities shaped like
 * Hibernate's PostgreSQL DDL (sequence, version, enum CHECK, FK, index), each with a set of changes. Cold: the
 * replay cache empty (the directory replayed in full); warm: the median of three runs with the replay cache filled.
 * Each run writes into a fresh copy of the directory. The desired side is DDL text: Hibernate's bootstrap, which the
 * plugin caches per class change (desired.properties), is not in these figures.
 * Run: {@code ./mvnw -B -o -pl schema-diff -am -Pbench verify -DskipTests -Dbench.entities=10,100,500}.
 */
public final class DiffWorkflowBench {
    private static final int WARM_RUNS = 3;

    private DiffWorkflowBench() {
    }

    public static void main(String[] args) throws Exception {
        String sizes = args.length > 0 ? args[0] : "10,100,500";
        long start = System.nanoTime();
        try (EmbeddedPostgres server = EmbeddedPostgres.start(null)) {
            System.out.printf(Locale.ROOT, "dev server (temporary embedded PostgreSQL) started in %.1f s%n",
                    (System.nanoTime() - start) / 1e9);
            DataSource dev = new UrlDataSource(server.jdbcUrl(server.defaultDatabase()), server.user(), "");
            for (String size : sizes.split(",")) {
                run(dev, Integer.parseInt(size.strip()));
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(2);
        }
        System.exit(0);
    }

    private static void run(DataSource dev, int entities) throws Exception {
        Path dir = Files.createTempDirectory("bench-dir");
        try {
            Timed initial = diff(dev, dir, model(entities, false), false);
            System.out.printf(Locale.ROOT, "%n== %d entities: first generation into an empty directory %s%n",
                    entities, initial);
            String changed = model(entities, true);
            Timed cold = diffInCopy(dev, dir, changed, false);
            System.out.println("cold (no replay cache):  " + cold);
            diffInCopy(dev, dir, changed, true);   // fills the replay cache
            List<Timed> warm = new ArrayList<>();
            for (int i = 0; i < WARM_RUNS; i++) {
                warm.add(diffInCopy(dev, dir, changed, true));
            }
            warm.sort(Comparator.comparingLong(Timed::millis));
            System.out.println("warm (replay cache, median of " + WARM_RUNS + "): " + warm.get(WARM_RUNS / 2));
        } finally {
            delete(dir);
        }
    }

    private static Timed diffInCopy(DataSource dev, Path dir, String desired, boolean cache) throws IOException {
        Path copy = Files.createTempDirectory("bench-copy");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        try {
            return diff(dev, copy, desired, cache);
        } finally {
            delete(copy);
        }
    }

    private static Timed diff(DataSource dev, Path dir, String desired, boolean cache) {
        Map<String, Long> phases = new LinkedHashMap<>();
        PhaseListener recorder = new PhaseListener() {
            @Override
            public void started(String phase) {
            }

            @Override
            public void ended(String phase, long millis) {
                phases.merge(phase.replaceAll("\\d+ migrations?.*", "").strip(), millis, Long::sum);
            }
        };
        long start = System.nanoTime();
        new DiffGenerator(Clock.systemUTC(), recorder).withReplayCache(cache).generate(new DiffRequest(dev,
                DatabaseKind.POSTGRESQL, desired, "bench model", new DiffRequest.FromMigrations(), dir, "bench",
                true));
        return new Timed((System.nanoTime() - start) / 1_000_000, phases);
    }

    /** Hibernate-shaped DDL; {@code changed}: every tenth entity gains a column, widens one, loses an index. */
    static String model(int entities, boolean changed) {
        StringBuilder sql = new StringBuilder();
        int count = changed ? entities + Math.max(1, entities / 10) : entities;
        for (int i = 0; i < count; i++) {
            String t = String.format(Locale.ROOT, "entity%04d", i);
            boolean touched = changed && i % 10 == 0;
            sql.append("create sequence ").append(t).append("_seq start with 1 increment by 50;\n")
                    .append("create table ").append(t).append(" (id bigint not null, version integer,")
                    .append(" code varchar(").append(touched ? 100 : 50).append(") not null, name varchar(255),")
                    .append(" amount numeric(38,2), created_at timestamp(6), parent_id bigint,")
                    .append(" status varchar(255) check (status in ('NEW','ACTIVE','CLOSED')),")
                    .append(touched ? " note varchar(255)," : "").append(" primary key (id));\n")
                    .append("alter table if exists ").append(t).append(" add constraint uk_").append(t)
                    .append("_code unique (code);\n");
            if (!touched) {
                sql.append("create index ix_").append(t).append("_name on ").append(t).append(" (name);\n");
            }
        }
        for (int i = 1; i < count; i++) {
            String t = String.format(Locale.ROOT, "entity%04d", i);
            sql.append("alter table if exists ").append(t).append(" add constraint fk_").append(t)
                    .append(" foreign key (parent_id) references ").append(String.format(Locale.ROOT,
                            "entity%04d", i - 1)).append(";\n");
        }
        return sql.toString();
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    record Timed(long millis, Map<String, Long> phases) {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%.2f s", millis / 1000.0));
            phases.forEach((phase, ms) -> s.append(String.format(Locale.ROOT, " | %s %.2f", phase, ms / 1000.0)));
            return s.toString();
        }
    }
}
