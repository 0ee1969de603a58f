package org.schemamigrate.diff.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * Scratch databases that a killed build left on a shared dev server are dropped when the next scratch space
 * starts; those of a build still running (another JVM) never are, nor older names whose owner is unknowable.
 */
class ScratchOwnershipTest {
    private static final String OLD_FORM = "sm_0123abcd_current";

    /** A build in another JVM holding one scratch database; its name. */
    private static Process holder(TestDatabase dev) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ScratchSpaceHolder.class.getName(), dev.url(),
                dev.user()).redirectErrorStream(true);
        builder.environment().put("SM_DEV_PASSWORD", dev.password() == null ? "" : dev.password());
        return builder.start();
    }

    private static String created(Process holder) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("created ")) {
                return line.substring("created ".length());
            }
        }
        throw new AssertionError("the holder ended without creating a scratch database");
    }

    private static List<String> scratchDatabases(TestDatabase dev) {
        return dev.rows(dev.kind() == DatabaseKind.POSTGRESQL
                ? "SELECT datname FROM pg_database WHERE datname LIKE 'sm\\_%'"
                : "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'sm\\_%'").stream()
                .map(row -> row.get(0)).toList();
    }

    /** Starts a scratch space (which sweeps) until {@code name} is gone: the server ends a killed session soon. */
    private static void sweepUntilGone(TestDatabase dev, String name) throws Exception {
        for (int attempt = 0; attempt < 60 && scratchDatabases(dev).contains(name); attempt++) {
            try (ScratchSpace next = new ScratchSpace(dev.dataSource(), dev.kind())) {
                next.create("current");
            }
            if (scratchDatabases(dev).contains(name)) {
                Thread.sleep(500);
            }
        }
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aKilledBuildsScratchDatabaseIsDroppedAndALiveBuildsIsKept(TestDatabase dev) throws Exception {
        killedIsDroppedLiveIsKept(dev);
    }

    /** MySQL and MariaDB: the same with named locks (GET_LOCK) instead of advisory ones. */
    @DatabaseTest(DatabaseKind.MARIADB)
    void aKilledBuildsScratchDatabaseIsDroppedAndALiveBuildsIsKeptOnMariaDb(TestDatabase dev) throws Exception {
        killedIsDroppedLiveIsKept(dev);
    }

    private static void killedIsDroppedLiveIsKept(TestDatabase dev) throws Exception {
        String oldForm = dev.kind().quote(OLD_FORM);
        Process live = holder(dev);
        Process killed = holder(dev);
        try {
            String liveName = created(live);
            String killedName = created(killed);
            dev.execute("DROP DATABASE IF EXISTS " + oldForm, "CREATE DATABASE " + oldForm);
            assertThat(scratchDatabases(dev)).contains(liveName, killedName);

            try (ScratchSpace next = new ScratchSpace(dev.dataSource(), dev.kind())) {
                String own = next.create("current");
                assertThat(scratchDatabases(dev)).as("both owners still run").contains(liveName, killedName, own);
            }
            killed.destroyForcibly();   // kill -9: no shutdown hook, nothing dropped by the build itself
            assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();
            sweepUntilGone(dev, killedName);

            assertThat(scratchDatabases(dev)).as("the killed build's database is dropped").doesNotContain(killedName)
                    .as("the live build's is kept, and a name of the older form").contains(liveName, OLD_FORM);
            live.destroyForcibly();
            assertThat(live.waitFor(60, TimeUnit.SECONDS)).isTrue();
            sweepUntilGone(dev, liveName);
            assertThat(scratchDatabases(dev)).as("once its build is gone too").doesNotContain(liveName);
        } finally {
            live.destroyForcibly();
            killed.destroyForcibly();
            dev.execute("DROP DATABASE IF EXISTS " + oldForm);
        }
    }
}
