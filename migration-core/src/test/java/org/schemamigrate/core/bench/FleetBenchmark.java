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
 * one JVM over as many fresh targets. Prints targets per second, p95 per target and connections opened.
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
        TestDatabases.server(kind);
        TestDatabase db = TestDatabases.fresh(kind);
        CountingDataSource server = new CountingDataSource(db.dataSource());
        List<FleetTarget> loopTargets = tenants(db, count, "loop");
        List<FleetTarget> fleetTargets = tenants(db, count, "fleet");

        long start = System.nanoTime();
        for (FleetTarget t : loopTargets) {
            Migrator.builder().dataSource(server).schema(t.schema()).directory(dir).build().up();
        }
        double loopSeconds = (System.nanoTime() - start) / 1e9;
        print(kind, count + " targets x " + MIGRATIONS + " migrations, loop of Migrator runs", loopSeconds, count,
                server.opened.getAndSet(0), "");

        Fleet fleet = Fleet.builder().server(server).targets(fleetTargets).migrator(b -> b.directory(dir)).build();
        FleetReport first = fleet.up();
        print(kind, count + " targets x " + MIGRATIONS + " migrations, fleet (parallel "
                + Runtime.getRuntime().availableProcessors() + ")", first.duration().toNanos() / 1e9, count,
                server.opened.getAndSet(0), "p95 " + first.percentile(95).toMillis() + " ms, failed "
                        + first.with(org.schemamigrate.core.fleet.TargetResult.Outcome.FAILED).size());
        FleetReport noop = fleet.up();
        print(kind, count + " targets, nothing pending, fleet", noop.duration().toNanos() / 1e9, count,
                server.opened.getAndSet(0), "p95 " + noop.percentile(95).toMillis() + " ms");
        System.out.printf(Locale.ROOT, "BENCH %-10s fleet vs loop: %.1fx%n", kind.displayName(),
                loopSeconds / (first.duration().toNanos() / 1e9));
        // a target mostly waits for round trips, so twice as many threads as cores still gain
        int twice = 2 * Runtime.getRuntime().availableProcessors();
        List<FleetTarget> more = tenants(db, count, "more");
        FleetReport wider = Fleet.builder().server(server).targets(more).parallel(twice)
                .migrator(b -> b.directory(dir)).build().up();
        print(kind, count + " targets x " + MIGRATIONS + " migrations, fleet (parallel " + twice + ")",
                wider.duration().toNanos() / 1e9, count, server.opened.getAndSet(0), "p95 "
                        + wider.percentile(95).toMillis() + " ms, failed "
                        + wider.with(org.schemamigrate.core.fleet.TargetResult.Outcome.FAILED).size());
        System.out.printf(Locale.ROOT, "BENCH %-10s fleet (parallel %d) vs loop: %.1fx%n", kind.displayName(),
                twice, loopSeconds / (wider.duration().toNanos() / 1e9));
    }

    private static void print(DatabaseKind kind, String what, double seconds, int targets, int connections,
                              String extra) {
        System.out.printf(Locale.ROOT, "BENCH %-10s %-62s %7.2f s %7.1f targets/s %6d connections %s%n",
                kind.displayName(), what, seconds, targets / seconds, connections, extra);
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
