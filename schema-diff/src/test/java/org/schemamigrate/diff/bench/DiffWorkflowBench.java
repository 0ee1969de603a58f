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
import org.schemamigrate.core.embedded.EmbeddedDatabase;
import org.schemamigrate.core.embedded.EmbeddedMariaDb;
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
 * Run: {@code ./mvnw -B -o -pl schema-diff -am -Pbench verify -DskipTests -Dbench.entities=10,100,500}; with
 * {@code -Dbench.dialect=mariadb} on a temporary embedded MariaDB (MariaDB-shaped DDL: sequences, InnoDB tables;
 * its replay cache is a copied database, see MySqlReplayCopies).
 */
public final class DiffWorkflowBench {
    private static final int WARM_RUNS = 3;

    private DiffWorkflowBench() {
    }

    public static void main(String[] args) throws Exception {
        String sizes = args.length > 0 ? args[0] : "10,100,500";
        DatabaseKind kind = args.length > 1 && args[1].strip().equalsIgnoreCase("mariadb") ? DatabaseKind.MARIADB
                : DatabaseKind.POSTGRESQL;
        long start = System.nanoTime();
        try (EmbeddedDatabase server = kind == DatabaseKind.MARIADB ? EmbeddedMariaDb.start(null)
                : EmbeddedPostgres.start(null)) {
            System.out.printf(Locale.ROOT, "dev server (temporary embedded %s) started in %.1f s%n",
                    kind.displayName(), (System.nanoTime() - start) / 1e9);
            String database = server.defaultDatabase();
            if (kind == DatabaseKind.MARIADB) {
                // as the plugin's embedded dev database: utf8mb4, not the server's latin1
                database = "bench";
                server.createDatabase(database);
                try (java.sql.Connection c = new UrlDataSource(server.jdbcUrl(database), server.user(),
                        server.password()).getConnection(); java.sql.Statement s = c.createStatement()) {
                    s.execute("ALTER DATABASE `bench` CHARACTER SET utf8mb4");
                }
            }
            DataSource dev = new UrlDataSource(server.jdbcUrl(database), server.user(), server.password());
            for (String size : sizes.split(",")) {
                run(dev, kind, Integer.parseInt(size.strip()));
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(2);
        }
        System.exit(0);
    }

    private static void run(DataSource dev, DatabaseKind kind, int entities) throws Exception {
        Path dir = Files.createTempDirectory("bench-dir");
        try {
            Timed initial = diff(dev, kind, dir, model(kind, entities, false), false);
            System.out.printf(Locale.ROOT, "%n== %d entities: first generation into an empty directory %s%n",
                    entities, initial);
            String changed = model(kind, entities, true);
            Timed cold = diffInCopy(dev, kind, dir, changed, false);
            System.out.println("cold (no replay cache):  " + cold);
            Timed filling = diffInCopy(dev, kind, dir, changed, true);
            System.out.println("cold, filling the cache: " + filling);
            List<Timed> warm = new ArrayList<>();
            for (int i = 0; i < WARM_RUNS; i++) {
                warm.add(diffInCopy(dev, kind, dir, changed, true));
            }
            warm.sort(Comparator.comparingLong(Timed::millis));
            System.out.println("warm (replay cache, median of " + WARM_RUNS + "): " + warm.get(WARM_RUNS / 2));
        } finally {
            delete(dir);
        }
    }

    private static Timed diffInCopy(DataSource dev, DatabaseKind kind, Path dir, String desired, boolean cache)
            throws IOException {
        Path copy = Files.createTempDirectory("bench-copy");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        try {
            return diff(dev, kind, copy, desired, cache);
        } finally {
            delete(copy);
        }
    }

    private static Timed diff(DataSource dev, DatabaseKind kind, Path dir, String desired, boolean cache) {
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
                kind, desired, "bench model", new DiffRequest.FromMigrations(), dir, "bench",
                true));
        return new Timed((System.nanoTime() - start) / 1_000_000, phases);
    }

    /**
     * Hibernate-shaped DDL, as Hibernate writes it for the dialect (MariaDB: datetime, enum columns, InnoDB);
     * {@code changed}: every tenth entity gains a column, widens one, loses an index.
     */
    static String model(DatabaseKind kind, int entities, boolean changed) {
        boolean maria = kind == DatabaseKind.MARIADB;
        String alter = maria ? "alter table " : "alter table if exists ";
        StringBuilder sql = new StringBuilder();
        int count = changed ? entities + Math.max(1, entities / 10) : entities;
        for (int i = 0; i < count; i++) {
            String t = String.format(Locale.ROOT, "entity%04d", i);
            boolean touched = changed && i % 10 == 0;
            sql.append("create sequence ").append(t).append("_seq start with 1 increment by 50;\n")
                    .append("create table ").append(t).append(" (id bigint not null, version integer,")
                    .append(" code varchar(").append(touched ? 100 : 50).append(") not null, name varchar(255),")
                    .append(" amount numeric(38,2), created_at ").append(maria ? "datetime(6)" : "timestamp(6)")
                    .append(", parent_id bigint,")
                    .append(maria ? " status enum ('NEW','ACTIVE','CLOSED'),"
                            : " status varchar(255) check (status in ('NEW','ACTIVE','CLOSED')),")
                    .append(touched ? " note varchar(255)," : "").append(" primary key (id))")
                    .append(maria ? " engine=InnoDB;\n" : ";\n")
                    .append(alter).append(t).append(" add constraint uk_").append(t).append("_code unique (code);\n");
            if (!touched) {
                sql.append("create index ix_").append(t).append("_name on ").append(t).append(" (name);\n");
            }
        }
        for (int i = 1; i < count; i++) {
            String t = String.format(Locale.ROOT, "entity%04d", i);
            sql.append(alter).append(t).append(" add constraint fk_").append(t)
                    .append(" foreign key (parent_id) references ").append(String.format(Locale.ROOT,
                            "entity%04d", i - 1)).append(maria ? " (id);\n" : ";\n");
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
