package org.schemamigrate.diff.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.DialectFixtures;
import org.schemamigrate.diff.RoundTripCounter;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.inspect.SchemaInspector;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.plan.Plan;

/**
 * The measured sequence of {@link SchemaDiffBench}, the same for every dialect so their figures compare:
 * create the tables, inspect, diff and plan against a modified copy, apply up and count what remains.
 */
final class DiffBenchCore {
    static final int WARMUP = 3;
    static final int RUNS = 10;

    private DiffBenchCore() {
    }

    /**
     * Returns the changes left after applying up; {@code ddl} builds the script for a table count and
     * {@code applyDescription} says how the dialect applies it (printed with the apply time).
     */
    static int run(DatabaseKind kind, DialectFixtures dialect, int tables, IntFunction<String> ddl,
            UnaryOperator<Schema> modify, String applyDescription) throws Exception {
        TestDatabase db = TestDatabases.fresh(kind);
        long start = System.nanoTime();
        dialect.run(db, ddl.apply(tables));
        report("create " + tables + " tables (setup)", List.of(System.nanoTime() - start));

        SchemaInspector inspector = dialect.inspector(InspectOptions.defaults());
        RoundTripCounter counter = new RoundTripCounter();
        Schema schema;
        List<Long> inspectTimes = new ArrayList<>();
        try (Connection connection = counter.wrap(db.connection())) {
            schema = inspector.inspect(connection);
            int roundTrips = counter.count();
            for (int i = 0; i < WARMUP + RUNS; i++) {
                long t = System.nanoTime();
                inspector.inspect(connection);
                if (i >= WARMUP) {
                    inspectTimes.add(System.nanoTime() - t);
                }
            }
            System.out.printf(Locale.ROOT, "inspect: %d tables, %d columns, %d round trips per inspection%n",
                    schema.tables().size(), schema.tables().stream().mapToInt(t -> t.columns().size()).sum(),
                    roundTrips);
        }
        report("inspect", inspectTimes);

        Schema modified = modify.apply(schema);
        List<SchemaChange> changes = measure("diff", () -> dialect.diff(schema, modified));
        Plan plan = measure("plan", () -> dialect.plan(changes));
        measure("diff + plan (up and down)", () -> {
            dialect.plan(schema, modified);
            return dialect.plan(modified, schema);
        });
        System.out.printf(Locale.ROOT, "changes: %d, plan steps: %d, script: %d characters%n", changes.size(),
                plan.steps().size(), plan.script().length());

        // the proof at scale: apply up, inspect, nothing may remain
        long applyStart = System.nanoTime();
        dialect.apply(db, plan);
        report("apply up (" + applyDescription + ")", List.of(System.nanoTime() - applyStart));
        int residual = dialect.diff(dialect.inspect(db), modified).size();
        System.out.println("after up, changes left against the modified schema: " + residual);
        return residual;
    }

    static <T> T measure(String what, Supplier<T> work) {
        T result = null;
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < WARMUP * 5 + RUNS * 2; i++) {
            long t = System.nanoTime();
            result = work.get();
            if (i >= WARMUP * 5) {
                times.add(System.nanoTime() - t);
            }
        }
        report(what, times);
        return result;
    }

    static void report(String what, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-30s median %8.1f ms   best %8.1f ms   (%d runs)%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6, sorted.length);
    }

    /** Table names shared by both dialects' DDL and modifications. */
    static String name(int i) {
        return String.format(Locale.ROOT, "t%04d", i);
    }
}
