package org.schemamigrate.core.reliability;

import org.schemamigrate.core.CoreErrorCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.crash.ChildMigrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * kill -9 at random moments of a five-statement migration run by a separate JVM, then the documented recovery:
 * the next command resolves the record; run the statements after the committed ones; force; up. Counts runs,
 * dirty records, records that match the schema, recoveries that reach the target and errors from re-running a
 * committed statement (-Dreliability.kills, default 30 on MariaDB and 10 on PostgreSQL).
 */
@Tag("reliability")
class KillRecoveryProbeTest {
    @TempDir
    Path root;

    private static List<String> statements(DatabaseKind kind, String p) {
        String sleep = kind == DatabaseKind.POSTGRESQL ? "SELECT 1 AS x FROM pg_sleep(0.4)" : "SELECT SLEEP(0.4) AS x";
        return List.of("CREATE TABLE " + p + "a (id INT PRIMARY KEY)",
                "CREATE TABLE " + p + "s1 AS " + sleep,
                "ALTER TABLE " + p + "a ADD COLUMN note VARCHAR(20)",
                "CREATE TABLE " + p + "s2 AS " + sleep,
                "CREATE INDEX " + p + "ix ON " + p + "a (note)");
    }

    /** Whether statement j (1-based) of run p has its effect in the catalog. */
    private static boolean effect(TestDatabase db, String p, int j) {
        String schema = db.kind() == DatabaseKind.POSTGRESQL ? "current_schema()" : "database()";
        String query = switch (j) {
            case 1 -> "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = " + schema
                    + " AND table_name = '" + p + "a'";
            case 2, 4 -> "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = " + schema
                    + " AND table_name = '" + p + "s" + (j / 2) + "'";
            case 3 -> "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = " + schema
                    + " AND table_name = '" + p + "a' AND column_name = 'note'";
            default -> db.kind() == DatabaseKind.POSTGRESQL
                    ? "SELECT COUNT(*) FROM pg_indexes WHERE indexname = '" + p + "ix'"
                    : "SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = database()"
                    + " AND index_name = '" + p + "ix'";
        };
        return !db.single(query).equals("0");
    }

    @DatabaseTest
    void killNineAtRandomMomentsThenTheDocumentedRecovery(TestDatabase db) throws Exception {
        boolean pg = db.kind() == DatabaseKind.POSTGRESQL;
        int runs = Integer.getInteger("reliability.kills", pg ? 10 : 30);
        Random random = new Random(Long.getLong("reliability.seed", 20261207L));
        int dirty = 0;
        int matches = 0;
        int reached = 0;
        int rerunErrors = 0;
        int unresolved = 0;
        int partial = 0;
        for (int run = 0; run < runs; run++) {
            String p = "k" + run + "_";
            String table = "h" + run;
            List<String> sql = statements(db.kind(), p);
            Path dir = Files.createDirectories(root.resolve("run" + run));
            Files.writeString(dir.resolve("1_five_steps.up.sql"), String.join(";\n", sql) + ";\n");
            try (ChildMigrator child = ChildMigrator.start(db, dir, table)) {
                child.awaitWhileAlive(() -> effect(db, p, 1) || !db.rows("SELECT 1 FROM information_schema.tables"
                        + " WHERE table_name = '" + table + "'").isEmpty());
                Thread.sleep(random.nextInt(1200)); // the random moment; nothing is asserted about time
                child.kill();
            }
            Migrator migrator = Migrator.builder().dataSource(db.dataSource()).directory(dir).table(table)
                    .lockTimeout(Duration.ofSeconds(60)).build();
            int done = sql.size();
            try {
                migrator.up();
            } catch (MigrationException e) {
                if (e.code() != CoreErrorCode.DIRTY_DATABASE) {
                    throw e;
                }
                dirty++;
                List<String> row = db.rows("SELECT state, statements_done FROM " + table).get(0);
                if (row.get(0).equals("running")) {
                    unresolved++;
                    continue;
                }
                done = Integer.parseInt(row.get(1));
                boolean match = true;
                for (int j = 1; j <= sql.size(); j++) {
                    match &= effect(db, p, j) == (j <= done);
                }
                matches += match ? 1 : 0;
                for (String statement : sql.subList(done, sql.size())) {
                    try {
                        db.execute(statement);
                    } catch (IllegalStateException rerun) {
                        rerunErrors++;
                    }
                }
                migrator.force(1);
                migrator.up();
            }
            if (pg) {
                // PostgreSQL: the kill left all or nothing, and up completed it
                partial += dirty > 0 ? 1 : 0;
            }
            boolean all = true;
            for (int j = 1; j <= sql.size(); j++) {
                all &= effect(db, p, j);
            }
            boolean clean = migrator.version().version() == 1 && !migrator.version().dirty();
            reached += all && clean ? 1 : 0;
        }
        System.out.printf("RELIABILITY kill-9 %s: runs=%d dirty=%d history-matches-schema=%d/%d"
                        + " recoveries-reach-target=%d/%d reran-committed-statement=%d unresolved=%d partial=%d%n",
                db.kind().displayName(), runs, dirty, matches, dirty - unresolved, reached, runs, rerunErrors,
                unresolved, partial);
        assertThat(matches).isEqualTo(dirty - unresolved);
        assertThat(reached).isEqualTo(runs - unresolved);
        assertThat(rerunErrors).isZero();
        assertThat(unresolved).as("every statement here is DDL, so every doubt resolves").isZero();
        assertThat(partial).isZero();
    }
}
