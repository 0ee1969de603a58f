package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.embedded.SharedDevServer;

/** migration.devServerIdle: the PostgreSQL dev database of one goal is still up for the next one. */
class SharedDevDatabaseTest {
    @TempDir
    Path home;

    @AfterEach
    void stopTheServer() {
        SharedDevServer.stop(home);
    }

    private static String startTime(DevDatabase dev) throws Exception {
        try (Connection c = dev.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_postmaster_start_time()::text")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void theNextGoalReusesTheServerTheFirstStarted() throws Exception {
        CapturingLog log = new CapturingLog(false);
        String first;
        try (DevDatabase dev = DevDatabase.open(null, null, null, DatabaseKind.POSTGRESQL, Duration.ofMinutes(5),
                home, log)) {
            first = startTime(dev);
        }
        assertThat(SharedDevServer.running(home)).as("up after the goal").isTrue();
        try (DevDatabase dev = DevDatabase.open(null, null, null, DatabaseKind.POSTGRESQL, Duration.ofMinutes(5),
                home, log)) {
            assertThat(startTime(dev)).isEqualTo(first);
            assertThat(dev.outlivesTheGoal()).isTrue();
        }
        assertThat(log.text()).contains(home + ", started").contains(home + ", already running");
    }

    @Test
    void autoMeansHalfAnHourExceptOnACiMachine() {
        assertThat(DiffOptions.devServerIdle("auto", null)).isEqualTo(Duration.ofMinutes(30));
        assertThat(DiffOptions.devServerIdle("auto", "true")).isZero();
        assertThat(DiffOptions.devServerIdle("5m", "true")).as("given explicitly").isEqualTo(Duration.ofMinutes(5));
        assertThat(DiffOptions.devServerIdle(null, null)).as("outside Maven").isZero();
    }

    @Test
    void zeroMeansATemporaryServerForTheGoal() throws Exception {
        try (DevDatabase dev = DevDatabase.open(null, null, null, DatabaseKind.POSTGRESQL, Duration.ZERO, home,
                new CapturingLog(false))) {
            startTime(dev);
        }
        assertThat(SharedDevServer.running(home)).isFalse();
    }
}
