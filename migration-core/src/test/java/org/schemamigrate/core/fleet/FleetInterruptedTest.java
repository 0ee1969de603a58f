package org.schemamigrate.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * A fleet run from Java whose thread is interrupted (an application shutting down while it migrates its tenants
 * at start-up) says how to resume from each entry point, not "run it again", and doing so finishes every target.
 */
class FleetInterruptedTest {
    @TempDir
    Path dir;

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void anInterruptedRunSaysHowToResumeAndResumingFinishesEveryTarget(TestDatabase db) throws Exception {
        List<FleetTarget> targets = FleetTest.tenants(db, 3);
        Files.writeString(dir.resolve("1_slow.up.sql"), "SELECT pg_sleep(1);\nCREATE TABLE done (id INT);");
        Fleet fleet = Fleet.builder().server(db.dataSource()).targets(targets).parallel(1)
                .migrator(b -> b.directory(dir)).build();
        Thread caller = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            // once the first target is done the caller waits for the others: interrupt it there
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (!has(db, targets.get(0), "done") && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            caller.interrupt();
        });
        interrupter.start();

        try {
            assertThatThrownBy(fleet::up).isInstanceOfSatisfying(MigrationException.class, e -> {
                assertThat(e.code()).isEqualTo(CoreErrorCode.ILLEGAL_STATE);
                assertThat(e.getMessage()).contains(Fleet.RESUME).doesNotContain("run it again");
            });
        } finally {
            Thread.interrupted(); // the fleet keeps the caller's interrupt status set, as it should
            interrupter.join();
            Thread.interrupted();
        }

        FleetReport resumed = fleet.up();
        assertThat(resumed.successful()).as(resumed.text()).isTrue();
        targets.forEach(t -> assertThat(has(db, t, "done")).as(t.name()).isTrue());
    }

    private static boolean has(TestDatabase db, FleetTarget t, String table) {
        return !db.rows("SELECT 1 FROM information_schema.tables WHERE table_schema = '" + t.schema()
                + "' AND table_name = '" + table + "'").isEmpty();
    }
}
