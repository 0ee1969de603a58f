package org.schemamigrate.diff.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.PostgresFixtures;
import org.schemamigrate.diff.RoundTripCounter;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.inspect.postgres.PostgresInspector;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.plan.Plan;

/**
 * Benchmark, not a test: a 1,000-table schema (10 columns, 2 indexes, 1 FK each) on the embedded PostgreSQL and
 * then on the embedded MariaDB is inspected, then diffed and planned against a modified copy; the plan is then
 * applied and must converge. Prints median and best times of each part.
 * Run: {@code ./mvnw -B -pl schema-diff -Pbench verify} (or pass a table count, and optionally "postgres" or
 * "mariadb" to run one database only).
 */
public final class SchemaDiffBench {
    static final int WARMUP = 3;
    static final int RUNS = 10;

    private SchemaDiffBench() {
    }

    public static void main(String[] args) throws Exception {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String only = args.length > 1 ? args[1] : "";
        int residual = 0;
        try {
            if (!only.equals("mariadb")) {
                System.out.println("== PostgreSQL");
                residual += run(tables);
            }
            if (!only.equals("postgres")) {
                System.out.println("== MariaDB");
                residual += MariaDbDiffBench.run(tables);
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(2); // the embedded servers' watcher threads would keep the JVM alive
        }
        System.exit(residual == 0 ? 0 : 1);
    }

    private static int run(int tables) throws Exception {
        TestDatabase db = TestDatabases.fresh(DatabaseKind.POSTGRESQL);
        long start = System.nanoTime();
        PostgresFixtures.run(db, ddl(tables));
        report("create " + tables + " tables (setup)", List.of(System.nanoTime() - start));

        PostgresInspector inspector = new PostgresInspector(InspectOptions.defaults());
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

        Schema modified = modify(schema);
        List<SchemaChange> changes = measure("diff", () -> PostgresFixtures.diff(schema, modified));
        Plan plan = measure("plan", () -> PostgresFixtures.PLANNER.plan(changes));
        measure("diff + plan (up and down)", () -> {
            PostgresFixtures.plan(schema, modified);
            return PostgresFixtures.plan(modified, schema);
        });
        System.out.printf(Locale.ROOT, "changes: %d, plan steps: %d, script: %d characters%n", changes.size(),
                plan.steps().size(), plan.script().length());

        // the proof at scale: apply up, inspect, nothing may remain
        long applyStart = System.nanoTime();
        PostgresFixtures.apply(db, plan);
        report("apply up (one transaction)", List.of(System.nanoTime() - applyStart));
        int residual = PostgresFixtures.diff(PostgresFixtures.inspect(db), modified).size();
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

    private static String ddl(int tables) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < tables; i++) {
            String t = name(i);
            sql.append("create table ").append(t).append(" (id bigint generated by default as identity,")
                    .append(" parent_id bigint, code varchar(50) not null, name varchar(255),")
                    .append(" amount numeric(38,2), created_at timestamp(6), updated_at timestamp(6) with time zone,")
                    .append(" status smallint check (status between 0 and 2), active boolean default true,")
                    .append(" data jsonb, primary key (id));\n")
                    .append("create unique index ux_").append(t).append("_code on ").append(t).append(" (code);\n")
                    .append("create index ix_").append(t).append("_name on ").append(t)
                    .append(" (name, created_at);\n");
        }
        for (int i = 0; i < tables; i++) {
            sql.append("alter table ").append(name(i)).append(" add constraint fk_").append(name(i))
                    .append(" foreign key (parent_id) references ").append(name(i == 0 ? 0 : i - 1)).append(";\n");
        }
        return sql.toString();
    }

    static String name(int i) {
        return String.format(Locale.ROOT, "t%04d", i);
    }

    /** Every tenth table gains a column, another tenth widens a type, another loses an index; 10 new tables. */
    private static Schema modify(Schema schema) {
        List<Table> tables = new ArrayList<>();
        int n = schema.tables().size();
        for (int i = 0; i < n; i++) {
            Table table = schema.tables().get(i);
            if (i % 10 == 0) {
                List<Column> columns = new ArrayList<>(table.columns());
                columns.add(Column.of("note", ColumnType.of("text"), true));
                table = table.withColumns(columns);
            } else if (i % 10 == 1) {
                table = table.withColumns(table.columns().stream()
                        .map(c -> c.name().equals("name") ? c.withType(ColumnType.of("text")) : c).toList());
            } else if (i % 10 == 2) {
                table = table.withIndexes(table.indexes().subList(0, 1));
            }
            tables.add(table);
        }
        for (int i = 0; i < 10; i++) {
            String name = "new_" + i;
            tables.add(new Table(name, List.of(Column.of("id", ColumnType.of("bigint"), false),
                    Column.of("ref", ColumnType.of("bigint"), true)), new PrimaryKey(name + "_pkey", List.of("id")),
                    List.of(Index.on("ix_" + name, false, "ref")), List.of(),
                    List.of(ForeignKey.of("fk_" + name, List.of("ref"), name(i), List.of("id"))), List.of(), null));
        }
        return schema.withTables(tables);
    }
}
