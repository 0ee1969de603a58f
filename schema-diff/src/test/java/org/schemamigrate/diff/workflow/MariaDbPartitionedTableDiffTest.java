package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;

/**
 * MariaDB: partitioning is a table option there, and entities describe the table without it. A table the
 * migrations partitioned by hand keeps it (it was removed with REMOVE PARTITIONING before), while entity changes
 * on it flow; a foreign key on it (which the server does not allow) and a unique key without the partitioning
 * columns are refused by name.
 */
class MariaDbPartitionedTableDiffTest {
    private static final String PARTITION_BY_HAND = """
            ALTER TABLE audit_log DROP PRIMARY KEY, ADD PRIMARY KEY (id, created_at);
            ALTER TABLE audit_log PARTITION BY RANGE COLUMNS(created_at) (
                PARTITION p2026 VALUES LESS THAN ('2027-01-01 00:00:00'),
                PARTITION pmax VALUES LESS THAN (MAXVALUE));
            """;
    private static final String UNPARTITION_BY_HAND = """
            ALTER TABLE audit_log REMOVE PARTITIONING;
            ALTER TABLE audit_log DROP PRIMARY KEY, MODIFY created_at datetime(6) NULL, ADD PRIMARY KEY (id);
            """;
    /** The entity change of p7, written by hand. */
    private static final String P7_BY_HAND = """
            ALTER TABLE audit_log MODIFY action varchar(200), ADD COLUMN actor varchar(40),
                ADD INDEX audit_log_actor_idx (actor);
            """;

    @TempDir
    Path dir;
    @TempDir
    Path byHand;

    private ObjectsScenario scenario() {
        return new ObjectsScenario(dir, DatabaseKind.MARIADB);
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void entityChangesFlowOnATableTheMigrationsPartitionedAndThePartitioningStays(TestDatabase dev)
            throws IOException {
        scenario().generator().generate(scenario().entities(dev, "p1", "create_audit_log"));
        scenario().byHand("partition_audit_log", PARTITION_BY_HAND, UNPARTITION_BY_HAND);
        assertThat(scenario().generator().check(scenario().entities(dev, "p1", "nothing")).upToDate())
                .as("entities never remove the partitioning; id + created_at is the entity's key").isTrue();

        DiffResult changed = scenario().generator().generate(scenario().entities(dev, "p7", "audit_actor"));
        assertThat(Files.readString(changed.up())).contains("ADD COLUMN `actor` varchar(40)", "varchar(200)",
                "audit_log_actor_idx").doesNotContain("PARTITION", "PRIMARY KEY");
        assertThat(Files.readString(changed.down())).doesNotContain("PARTITION", "PRIMARY KEY");

        TestDatabase expected = scenario().migratedBefore(changed.up(), P7_BY_HAND, byHand);
        TestDatabase expectedBefore = scenario().migratedBefore(changed.up(), null, byHand);
        TestDatabase target = TestDatabases.fresh(DatabaseKind.MARIADB);
        Migrator migrator = Migrator.builder().dataSource(target.dataSource()).directory(dir).allowDestructive(true)
                .build();
        migrator.up();
        assertThat(showCreate(target)).isEqualTo(showCreate(expected)).anyMatch(line -> line.startsWith(
                "PARTITION BY RANGE  COLUMNS(`created_at`)")).contains("PRIMARY KEY (`id`,`created_at`)");
        migrator.down();
        assertThat(showCreate(target)).as("down returns exactly").isEqualTo(showCreate(expectedBefore));

        refused(dev, "p2", KeptPartitioning.FOREIGN_KEY_ON_MYSQL, "audit_log.audit_log_account_fk");
        refused(dev, "p4", KeptPartitioning.UNIQUE_WITHOUT_KEY, "audit_log.audit_log_action_key");
    }

    private void refused(TestDatabase dev, String version, String kind, String object) {
        assertThatThrownBy(() -> scenario().generator().generate(scenario().entities(dev, version, "refused")))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(e.details()).contains(new FailureDetails.NotPlanned(new TreeMap<>(Map.of(kind,
                            List.of(object)))));
                });
    }

    /** SHOW CREATE TABLE audit_log's lines, sorted and without trailing commas (column order aside). */
    private static List<String> showCreate(TestDatabase db) {
        String text = db.rows("SHOW CREATE TABLE audit_log").get(0).get(1);
        return Arrays.stream(text.split("\n")).map(String::strip).map(l -> l.endsWith(",") ? l.substring(0,
                l.length() - 1) : l).sorted().toList();
    }
}
