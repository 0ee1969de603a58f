package org.schemamigrate.diff.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * The set-up the cache tests share ({@link ReplayCacheTest}, {@link MySqlReplayCacheTest},
 * {@link DesiredTemplateTest}): diff or check of a
 * desired script against a migration directory with the caches on or off, recording each phase as it starts.
 */
final class CachedRuns {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T07:00:00Z"), ZoneOffset.UTC);

    private final List<String> phases = new CopyOnWriteArrayList<>();
    private final PhaseListener recorder = new PhaseListener() {
        @Override
        public void started(String phase) {
            phases.add(phase);
        }

        @Override
        public void ended(String phase, long millis) {
        }
    };

    /** Checks ({@code write} false) or diffs and writes the pair ({@code write} true). */
    DiffResult run(TestDatabase dev, Path dir, String desired, boolean cache, boolean write) {
        DiffRequest request = new DiffRequest(dev.dataSource(), dev.kind(), desired, "schema.sql",
                new DiffRequest.FromMigrations(), dir, "next", true);
        DiffGenerator generator = new DiffGenerator(CLOCK, recorder).withReplayCache(cache);
        return write ? generator.generate(request) : generator.check(request);
    }

    /** Writes migration {@code version}'s pair into {@code dir}. */
    static void migration(Path dir, String version, String up, String down) throws IOException {
        Files.writeString(dir.resolve(version + "_m" + version + ".up.sql"), up);
        Files.writeString(dir.resolve(version + "_m" + version + ".down.sql"), down);
    }

    /** The file's text with its directory (named in the header) left out: files of two directories compare. */
    static String text(Path file, Path dir) throws IOException {
        return Files.readString(file).replace(dir.toString(), "<dir>");
    }

    /** The last phase started whose name starts with {@code prefix}. */
    String lastPhase(String prefix) {
        return phases.stream().filter(p -> p.startsWith(prefix)).reduce((a, b) -> b).orElseThrow();
    }
}
