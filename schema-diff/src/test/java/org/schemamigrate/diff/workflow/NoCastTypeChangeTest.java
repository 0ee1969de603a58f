package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.DiffErrorCode;
import org.schemamigrate.diff.prove.NoCast;

/**
 * Found in the PostgreSQL trial: a Spring Boot application switched Hibernate's Duration mapping from numeric
 * (nanoseconds) to interval (hibernate.type.preferred_duration_jdbc_type=INTERVAL_SECOND). PostgreSQL has no cast
 * from numeric to interval, so the proof failed, and the message called it a bug in the planner. It is a
 * conversion only the user can write: the message says how, nothing is written, and the hand-written file passes.
 */
class NoCastTypeChangeTest {
    private static final String FROM = "CREATE TABLE event (id bigint PRIMARY KEY, duration numeric(21,0));\n";
    private static final String TO = "CREATE TABLE event (id bigint PRIMARY KEY, duration interval second(6));\n";

    @TempDir
    Path dir;

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aTypeChangeWithoutACastAsksForAHandWrittenConversion(TestDatabase dev) throws IOException {
        Files.writeString(dir.resolve("1_event.up.sql"), FROM);

        assertThatThrownBy(() -> new DiffGenerator(Clock.systemUTC()).generate(new DiffRequest(dev.dataSource(), dev.kind(), TO,
                "to.sql", new DiffRequest.FromMigrations(), dir, "interval", true)))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(DiffErrorCode.PROOF_FAILED);
                    assertThat(e.getMessage()).contains(NoCast.ADVICE)
                            .doesNotContain("bug in schemamigrate");
                });
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("1_event.up.sql");
        }

        // what the advice says: the conversion by hand; diff then has nothing left to do
        Files.writeString(dir.resolve("2_interval.up.sql"), "ALTER TABLE event ALTER COLUMN duration TYPE"
                + " interval second(6) USING make_interval(secs => duration / 1e9);\n");
        DiffResult after = new DiffGenerator(Clock.systemUTC()).generate(new DiffRequest(dev.dataSource(), dev.kind(), TO, "to.sql",
                new DiffRequest.FromMigrations(), dir, "nothing", true));
        assertThat(after.upToDate()).isTrue();
    }
}
