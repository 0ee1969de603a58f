package org.schemamigrate.core.crash;

import java.nio.file.Path;
import java.time.Duration;
import org.schemamigrate.core.Migrator;

/**
 * Runs {@code up} in a JVM of its own, so a test can kill it with SIGKILL at a moment it picks.
 * Arguments: url, user, password (read from the environment variable MIGRATION_PASSWORD when "-"), directory,
 * and optionally the history table.
 */
public final class MigrateInChildProcess {
    private MigrateInChildProcess() {
    }

    public static void main(String[] args) {
        String password = args[2].equals("-") ? System.getenv("MIGRATION_PASSWORD") : args[2];
        Migrator.Builder builder = Migrator.builder().url(args[0], args[1], password).directory(Path.of(args[3]))
                .allowDestructive(true).lockTimeout(Duration.ofSeconds(120));
        if (args.length > 4) {
            builder.table(args[4]);
        }
        builder.build().up();
    }
}
