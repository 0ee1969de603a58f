package org.schemamigrate.core.crash;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.schemamigrate.core.testing.TestDatabase;

/** A migrator in a separate JVM ({@link MigrateInChildProcess}) that a test kills with SIGKILL. */
public final class ChildMigrator implements AutoCloseable {
    private final Process process;
    private final Path output;

    private ChildMigrator(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    public static ChildMigrator start(TestDatabase db, Path directory) throws IOException {
        return start(db, directory, "migration_history");
    }

    public static ChildMigrator start(TestDatabase db, Path directory, String table) throws IOException {
        Path output = Files.createTempFile("child-migrator", ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                MigrateInChildProcess.class.getName(), db.url(), db.user(), "-", directory.toString(), table))
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("MIGRATION_PASSWORD", db.password() == null ? "" : db.password());
        return new ChildMigrator(builder.start(), output);
    }

    /** Polls (no fixed sleep decides anything) until {@code condition} holds, the child exits, or 120 s pass. */
    public boolean awaitWhileAlive(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** SIGKILL: no shutdown hook, no finally block, sockets closed by the kernel. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public boolean alive() {
        return process.isAlive();
    }

    public int waitForExit() throws InterruptedException {
        return process.waitFor();
    }

    public String output() throws IOException {
        return Files.readString(output);
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        new File(output.toString()).delete();
    }
}
