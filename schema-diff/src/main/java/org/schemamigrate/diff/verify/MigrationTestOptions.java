package org.schemamigrate.diff.verify;

import java.nio.file.Path;

/**
 * How {@link MigrationTester} walks a migration location.
 *
 * @param location    {@code classpath:db/migration}, {@code filesystem:path} or a plain path
 * @param classLoader for classpath locations; null = the thread's context class loader
 * @param testData    a directory of {@code <version>.sql} files run after that version's up; null = no data check
 * @param requireDown a migration without a down file fails instead of being reported as irreversible
 * @param latest      test only the newest this many migrations, the older ones applied once; 0 = all
 */
public record MigrationTestOptions(String location, ClassLoader classLoader, Path testData, boolean requireDown,
                                   int latest) {

    public static MigrationTestOptions of(String location) {
        return new MigrationTestOptions(location, null, null, false, 0);
    }

    public MigrationTestOptions withTestData(Path directory) {
        return new MigrationTestOptions(location, classLoader, directory, requireDown, latest);
    }

    public MigrationTestOptions withRequireDown(boolean required) {
        return new MigrationTestOptions(location, classLoader, testData, required, latest);
    }

    public MigrationTestOptions withLatest(int newest) {
        return new MigrationTestOptions(location, classLoader, testData, requireDown, newest);
    }

    public MigrationTestOptions withClassLoader(ClassLoader loader) {
        return new MigrationTestOptions(location, loader, testData, requireDown, latest);
    }
}
