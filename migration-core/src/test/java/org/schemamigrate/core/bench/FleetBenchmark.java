package org.schemamigrate.core.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.fleet.Fleet;
import org.schemamigrate.core.fleet.FleetReport;
import org.schemamigrate.core.fleet.FleetTarget;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;

/**
 * Fleet figures on the embedded databases: N tenant schemas (PostgreSQL) / databases (MariaDB) × 20 migrations
 * (DDL and small inserts) from empty, then a run with nothing pending, against a loop of single Migrator runs in
 * one JVM over as many fresh targets, the two taking turns in rounds (-Dfleet.rounds, default 10) so both see the
 * machine's load alike. Prints targets per second, p95 per target and connections opened (the most of a round).
 * {@code ./mvnw -B -pl migration-core -Pbench-fleet verify -DskipTests [-Dfleet.pg=1000 -Dfleet.mariadb=200]}
 */
public final class FleetBenchmark {
    private static final int MIGRATIONS = 20;

    private FleetBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = directory();
        measure(DatabaseKind.POSTGRESQL, Integer.getInteger("fleet.pg", 1000), dir);
        measure(DatabaseKind.MARIADB, Integer.getInteger("fleet.mariadb", 200), dir);
        System.exit(0);
    }

    private static void measure(DatabaseKind kind, int count, Path dir) {
        if (count < 1) {
            return;
        }
        TestDatabases.server(kind);
        TestDatabase db = TestDatabases.fresh(kind);
        // MariaDB: multi-statement texts allowed, so a fleet sends a target's migrations in one round trip
        CountingDataSource server = new CountingDataSource(kind == DatabaseKind.POSTGRESQL ? db.dataSource()
                : new org.schemamigrate.core.db.UrlDataSource(db.url() + (db.url().contains("?") ? "&" : "?")
                + "allowMultiQueries=true", db.user(), db.password()));
        int cores = Runtime.getRuntime().availableProcessors();
        // loop and fleets take turns, a slice of the targets each, so load from other work on the machine falls
        // on all of them alike instead of on whichever ran first
        int rounds = Math.min(count, Integer.getInteger("fleet.rounds", 10));
        Run loop = new Run("loop of Migrator runs");
        Run fleet = new Run("fleet (parallel " + cores + ", the default)");
        Run wider = new Run("fleet (parallel " + 2 * cores + ")");
        List<FleetTarget> all = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            int size = count / rounds + (round < count % rounds ? 1 : 0);
            List<FleetTarget> loopTargets = tenants(db, size, "loop" + round);
            long active = activeMillis(db);
            phase(kind, "loop");
            long start = System.nanoTime();
            for (FleetTarget t : loopTargets) {
                Migrator.builder().dataSource(server).schema(t.schema()).directory(dir).build().up();
            }
            loop.add(System.nanoTime() - start, server.opened.getAndSet(0), List.of());
            active = loop.serverBusy(active, db);
            List<FleetTarget> fleetTargets = tenants(db, size, "fleet" + round);
            all.addAll(fleetTargets);
            active = activeMillis(db);
            phase(kind, "fleet");
            fleet.add(Fleet.builder().server(server).targets(fleetTargets).migrator(b -> b.directory(dir)).build()
                    .up(), server);
            fleet.serverBusy(active, db);
            List<FleetTarget> moreTargets = tenants(db, size, "more" + round);
            active = activeMillis(db);
            phase(kind, "wider");
            wider.add(Fleet.builder().server(server).targets(moreTargets).parallel(2 * cores)
                    .migrator(b -> b.directory(dir)).build().up(), server);
            wider.serverBusy(active, db);
            phase(kind, "between");
        }
        String what = count + " targets x " + MIGRATIONS + " migrations, ";
        loop.print(kind, what, count, "");
        fleet.print(kind, what, count, String.format(Locale.ROOT, "(%.1fx the loop)", loop.seconds() / fleet.seconds()));
        wider.print(kind, what, count, String.format(Locale.ROOT, "(%.1fx the loop)", loop.seconds() / wider.seconds()));
        Run noop = new Run("nothing pending, fleet");
        long active = activeMillis(db);
        phase(kind, "noop");
        noop.add(Fleet.builder().server(server).targets(all).migrator(b -> b.directory(dir)).build().up(), server);
        phase(kind, "between");
        noop.serverBusy(active, db);
        noop.print(kind, count + " targets, ", count, "");
    }

    /**
     * Writes the phase now running (loop, fleet, …) to the file {@code -Dfleet.phaseFile} names (none: off), so a
     * process sampler outside (CPU per process: JVM, backends, autovacuum) can tell the contenders apart.
     */
    private static void phase(DatabaseKind kind, String phase) {
        String file = System.getProperty("fleet.phaseFile", "none");
        if (file.isBlank() || file.equals("none")) {
            return;
        }
        try {
            Files.writeString(Path.of(file), kind.name().toLowerCase(Locale.ROOT) + " " + phase);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One contender's time and results summed over the rounds. */
    private static final class Run {
        private final String name;
        private long nanos;
        private int connections;
        private final List<java.time.Duration> perTarget = new ArrayList<>();
        private int failed;
        /** PostgreSQL: the server's time executing statements in the benchmark's database (all sessions). */
        private long serverMillis;

        Run(String name) {
            this.name = name;
        }

        void add(FleetReport report, CountingDataSource server) {
            add(report.duration().toNanos(), server.opened.getAndSet(0), report.results());
        }

        void add(long nanos, int connections, List<org.schemamigrate.core.fleet.TargetResult> results) {
            this.nanos += nanos;
            // the loop's connections add up; a fleet's are per run (each run opens its own few)
            this.connections = name.startsWith("loop") ? this.connections + connections
                    : Math.max(this.connections, connections);
            results.forEach(r -> perTarget.add(r.duration()));
            failed += (int) results.stream()
                    .filter(r -> r.outcome() != org.schemamigrate.core.fleet.TargetResult.Outcome.DONE).count();
        }

        double seconds() {
            return nanos / 1e9;
        }

        /** Adds the server's active time since {@code before}; returns the new reading. */
        long serverBusy(long before, TestDatabase db) {
            long after = activeMillis(db);
            serverMillis += after - before;
            return after;
        }

        void print(DatabaseKind kind, String what, int targets, String extra) {
            List<java.time.Duration> sorted = perTarget.stream().sorted().toList();
            String p95 = sorted.isEmpty() ? "" : "p95 " + sorted.get(Math.max(0, (int) Math.ceil(sorted.size()
                    * 0.95) - 1)).toMillis() + " ms, failed " + failed + " ";
            String busy = serverMillis == 0 ? "" : String.format(Locale.ROOT, ", server executing %.1f s", serverMillis
                    / 1e3);
            FleetBenchmark.print(kind, what + name, seconds(), targets, connections, p95 + extra + busy);
        }
    }

    private static void print(DatabaseKind kind, String what, double seconds, int targets, int connections,
                              String extra) {
        System.out.printf(Locale.ROOT, "BENCH %-10s %-72s %7.2f s %7.1f targets/s %6d connections %s%n",
                kind.displayName(), what, seconds, targets / seconds, connections, extra);
    }

    /**
     * PostgreSQL's active_time of the database (statements executing, all sessions), after a second's wait so
     * the sessions just ended have reported theirs; 0 elsewhere.
     */
    private static long activeMillis(TestDatabase db) {
        if (db.kind() != DatabaseKind.POSTGRESQL) {
            return 0;
        }
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return (long) Double.parseDouble(db.single("SELECT active_time FROM pg_stat_database"
                + " WHERE datname = current_database()"));
    }

    private static List<FleetTarget> tenants(TestDatabase db, int count, String prefix) {
        List<FleetTarget> targets = new ArrayList<>();
        List<String> ddl = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = String.format(Locale.ROOT, "%s_%s_%04d", db.name(), prefix, i);
            ddl.add((db.kind() == DatabaseKind.POSTGRESQL ? "CREATE SCHEMA " : "CREATE DATABASE ") + name);
            targets.add(new FleetTarget(name, name, null));
        }
        db.execute(ddl.toArray(String[]::new));
        return targets;
    }

    private static Path directory() throws IOException {
        Path dir = Files.createTempDirectory("bench-fleet");
        for (int v = 1; v <= MIGRATIONS; v++) {
            String base = String.format(Locale.ROOT, "%02d_step_%d", v, v);
            Files.writeString(dir.resolve(base + ".up.sql"), "CREATE TABLE t" + v + " (id INT PRIMARY KEY, label"
                    + " VARCHAR(40));\nINSERT INTO t" + v + " VALUES (1, 'a'), (2, 'b'), (3, 'c');\n");
            Files.writeString(dir.resolve(base + ".down.sql"), "DROP TABLE t" + v + ";\n");
        }
        return dir;
    }

    /** Counts the connections a run opens. */
    private static final class CountingDataSource implements DataSource {
        private final DataSource delegate;
        private final AtomicInteger opened = new AtomicInteger();

        CountingDataSource(DataSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public Connection getConnection() throws SQLException {
            opened.incrementAndGet();
            return delegate.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            opened.incrementAndGet();
            return delegate.getConnection(user, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
