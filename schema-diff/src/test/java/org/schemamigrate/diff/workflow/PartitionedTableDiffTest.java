package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.oracle.PostgresCatalogDump;

/**
 * A JPA team's audit log that a DBA partitioned by hand in a migration: with entities as the desired schema the
 * table keeps its partitioning (key, partitions, default partition) and its primary key with the partition key,
 * while entity changes on it still generate, prove and apply; what a partitioned table cannot hold is refused.
 */
class PartitionedTableDiffTest {
    private static final String PARTITION_BY_HAND = """
            ALTER TABLE audit_log RENAME TO audit_log_plain;
            ALTER TABLE audit_log_plain RENAME CONSTRAINT audit_log_pkey TO audit_log_plain_pkey;
            CREATE TABLE audit_log (
                id bigint NOT NULL,
                action varchar(80),
                created_at timestamp(6) with time zone NOT NULL,
                PRIMARY KEY (id, created_at)
            ) PARTITION BY RANGE (created_at);
            CREATE TABLE audit_log_2026 PARTITION OF audit_log
                FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');
            CREATE TABLE audit_log_default PARTITION OF audit_log DEFAULT;
            INSERT INTO audit_log (id, action, created_at) SELECT id, action, created_at FROM audit_log_plain;
            DROP TABLE audit_log_plain;
            """;
    private static final String UNPARTITION_BY_HAND = """
            CREATE TABLE audit_log_plain (id bigint NOT NULL PRIMARY KEY, action varchar(80),
                created_at timestamp(6) with time zone);
            INSERT INTO audit_log_plain SELECT id, action, created_at FROM audit_log;
            DROP TABLE audit_log;
            ALTER TABLE audit_log_plain RENAME TO audit_log;
            ALTER TABLE audit_log RENAME CONSTRAINT audit_log_plain_pkey TO audit_log_pkey;
            """;
    /** Sub-partitions, a partition's comment and an index of one partition alone, all by hand. */
    private static final String SUB_PARTITIONED_BY_HAND = """
            DROP TABLE audit_log;
            CREATE TABLE audit_log (id bigint NOT NULL, action varchar(80),
                created_at timestamp(6) with time zone NOT NULL, PRIMARY KEY (id, created_at))
                PARTITION BY RANGE (created_at);
            CREATE TABLE audit_log_2026 PARTITION OF audit_log FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')
                PARTITION BY RANGE (created_at);
            CREATE TABLE audit_log_2026_h1 PARTITION OF audit_log_2026 FOR VALUES FROM ('2026-01-01') TO ('2026-07-01');
            CREATE TABLE audit_log_2026_rest PARTITION OF audit_log_2026 DEFAULT;
            CREATE TABLE audit_log_default PARTITION OF audit_log DEFAULT;
            COMMENT ON TABLE audit_log_default IS 'rows outside the yearly partitions';
            CREATE INDEX audit_log_default_action ON audit_log_default (action);
            """;
    /** The entity change of p2, written by hand. */
    private static final String P2_BY_HAND = """
            ALTER TABLE audit_log ALTER COLUMN action TYPE varchar(200);
            ALTER TABLE audit_log ADD COLUMN account_id bigint;
            ALTER TABLE audit_log ADD COLUMN actor varchar(40);
            CREATE INDEX audit_log_actor_idx ON audit_log (actor);
            ALTER TABLE audit_log ADD CONSTRAINT audit_log_account_fk FOREIGN KEY (account_id) REFERENCES account (id);
            """;
    /** What the server prints for partitioning: key per partitioned table, parent and bound per partition. */
    private static final String PARTITIONING = """
            SELECT c.relname, coalesce(pg_get_partkeydef(c.oid), ''), coalesce(p.relname, ''),
                   coalesce(pg_get_expr(c.relpartbound, c.oid), '')
            FROM pg_class c LEFT JOIN pg_partitioned_table pt ON pt.partrelid = c.oid
            LEFT JOIN pg_inherits h ON h.inhrelid = c.oid LEFT JOIN pg_class p ON p.oid = h.inhparent
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
              AND (pt.partrelid IS NOT NULL OR c.relispartition) ORDER BY c.relname
            """;

    @TempDir
    Path dir;
    @TempDir
    Path byHand;

    private ObjectsScenario scenario() {
        return new ObjectsScenario(dir, DatabaseKind.POSTGRESQL);
    }

    private void partitionedByHand(TestDatabase dev) throws IOException {
        scenario().generator().generate(scenario().entities(dev, "p1", "create_audit_log"));
        scenario().byHand("partition_audit_log", PARTITION_BY_HAND, UNPARTITION_BY_HAND);
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void entityChangesFlowOnATableTheMigrationsPartitionedAndThePartitioningStays(TestDatabase dev)
            throws IOException {
        partitionedByHand(dev);
        assertThat(scenario().generator().check(scenario().entities(dev, "p1", "nothing")).upToDate())
                .as("entities never un-partition a table; id + created_at is the entity's key").isTrue();
        DiffGenerator cached = scenario().generator().withReplayCache(true);
        for (int run = 1; run <= 2; run++) {
            assertThat(cached.check(scenario().entities(dev, "p1", "nothing")).upToDate())
                    .as("run %d with the replay cache and the desired schema's template", run).isTrue();
        }

        DiffResult changed = scenario().generator().generate(scenario().entities(dev, "p2", "audit_actor"));
        String up = Files.readString(changed.up());
        assertThat(up).contains("ADD COLUMN \"actor\" varchar(40)", "TYPE varchar(200)",
                "CREATE INDEX \"audit_log_actor_idx\" ON \"audit_log\"", "FOREIGN KEY (\"account_id\")")
                .doesNotContain("PARTITION BY", "PARTITION OF", "DETACH", "DROP TABLE", "PRIMARY KEY",
                        "INDEX CONCURRENTLY \"", "audit_log_2026");
        assertThat(up).as("the linter knows the table is partitioned: no CONCURRENTLY advice").contains(
                "SM407 locking").doesNotContain("SM401");
        assertThat(Files.readString(changed.down())).contains("DROP COLUMN \"actor\"", "TYPE varchar(80)")
                .doesNotContain("PARTITION BY", "PARTITION OF", "DETACH", "DROP TABLE", "PRIMARY KEY");
        assertThat(scenario().generator().check(scenario().entities(dev, "p2", "nothing")).upToDate()).isTrue();

        // oracle: the migrations plus the same change written by hand, as the server prints both
        TestDatabase expected = scenario().migratedBefore(changed.up(), P2_BY_HAND, byHand);
        TestDatabase expectedBefore = scenario().migratedBefore(changed.up(), null, byHand);
        TestDatabase target = TestDatabases.fresh(DatabaseKind.POSTGRESQL);
        Migrator migrator = Migrator.builder().dataSource(target.dataSource()).directory(dir).allowDestructive(true)
                .build();
        migrator.up();
        assertThat(dump(target)).isEqualTo(dump(expected));
        assertThat(target.rows(PARTITIONING)).isEqualTo(expected.rows(PARTITIONING)).containsExactly(
                List.of("audit_log", "RANGE (created_at)", "", ""),
                List.of("audit_log_2026", "", "audit_log",
                        "FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00')"),
                List.of("audit_log_default", "", "audit_log", "DEFAULT"));
        assertThat(target.rows("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname ="
                + " 'audit_log_pkey'")).containsExactly(List.of("PRIMARY KEY (id, created_at)"));
        assertThat(target.rows("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " WHERE c.relname LIKE 'audit_log%actor_idx'")).as("the index and one per partition")
                .containsExactly(List.of("3"));
        migrator.down();
        assertThat(dump(target)).as("down returns exactly").isEqualTo(dump(expectedBefore));
        assertThat(target.rows(PARTITIONING)).isEqualTo(expectedBefore.rows(PARTITIONING));
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void subPartitionsPartitionCommentsAndIndexesOfOnePartitionStayToo(TestDatabase dev) throws IOException {
        scenario().generator().generate(scenario().entities(dev, "p1", "create_audit_log"));
        scenario().byHand("partition_audit_log", SUB_PARTITIONED_BY_HAND, "SELECT 1;\n");
        assertThat(scenario().generator().check(scenario().entities(dev, "p1", "nothing")).upToDate()).isTrue();

        DiffResult changed = scenario().generator().generate(scenario().entities(dev, "p2", "audit_actor"));
        assertThat(Files.readString(changed.up())).contains("ADD COLUMN \"actor\"")
                .doesNotContain("PARTITION BY", "PARTITION OF", "DETACH", "audit_log_default_action", "COMMENT ON");
        String kept = "SELECT (SELECT count(*) FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent"
                + " WHERE p.relname = 'audit_log_2026'), obj_description('audit_log_default'::regclass, 'pg_class'),"
                + " (SELECT count(*) FROM pg_indexes WHERE indexname = 'audit_log_default_action')";
        scenario().appliedUpAndDown(
                target -> assertThat(target.rows(kept)).containsExactly(List.of("2",
                        "rows outside the yearly partitions", "1")),
                target -> assertThat(target.rows(kept)).containsExactly(List.of("2",
                        "rows outside the yearly partitions", "1")));
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void whatAPartitionedTableCannotHoldIsRefusedByTableAndReason(TestDatabase dev) throws IOException {
        partitionedByHand(dev);
        long files = files();

        refused(dev, "p3", KeptPartitioning.DROPPED_KEY, "audit_log.created_at");
        refused(dev, "p4", KeptPartitioning.UNIQUE_WITHOUT_KEY, "audit_log.audit_log_action_key");
        refused(dev, "p5", KeptPartitioning.REFERENCED_WITHOUT_KEY, "account.account_last_event_fk");
        refused(dev, "p6", KeptPartitioning.RETYPED_KEY, "audit_log.created_at");
        assertThat(files()).as("nothing written").isEqualTo(files);
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aSqlDesiredSchemaManagesPartitioningItselfAndRefusesToUnpartition(TestDatabase dev) throws IOException {
        partitionedByHand(dev);
        String plain = "CREATE TABLE account (id bigint PRIMARY KEY, name varchar(80));\n"
                + "CREATE TABLE audit_log (id bigint PRIMARY KEY, action varchar(80),"
                + " created_at timestamp(6) with time zone);\n";
        assertThatThrownBy(() -> scenario().generator().check(scenario().sql(dev, plain, "nothing")))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION))
                .hasMessageContaining("audit_log");
    }

    private void refused(TestDatabase dev, String version, String kind, String object) {
        assertThatThrownBy(() -> scenario().generator().generate(scenario().entities(dev, version, "refused")))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(e.details()).contains(new FailureDetails.NotPlanned(new TreeMap<>(Map.of(kind,
                            List.of(object)))));
                });
    }

    private long files() throws IOException {
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.count();
        }
    }

    private static List<String> dump(TestDatabase db) {
        List<String> lines = new ArrayList<>(PostgresCatalogDump.of(db));
        return PostgresCatalogDump.withoutColumnPositions(lines, Set.of("audit_log", "audit_log_2026",
                "audit_log_default"));
    }
}
