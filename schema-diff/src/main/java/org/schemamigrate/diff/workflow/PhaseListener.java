package org.schemamigrate.diff.workflow;

import java.util.function.Supplier;

/**
 * Told when each long phase of diff, check and init starts and ends, so that a build can show where its time goes
 * (the Maven plugin prints one line for each). Phases are lower-case phrases: "replaying 3 migrations",
 * "proving up".
 */
public interface PhaseListener {
    /** Tells nobody. */
    PhaseListener SILENT = new PhaseListener() {
        @Override
        public void started(String phase) {
        }

        @Override
        public void ended(String phase, long millis) {
        }
    };

    void started(String phase);

    /** The phase ended normally; a failed phase ends with its exception instead. */
    void ended(String phase, long millis);

    /** Runs {@code work} as one phase. */
    default <T> T phase(String phase, Supplier<T> work) {
        started(phase);
        long start = System.nanoTime();
        T result = work.get();
        ended(phase, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    default void phase(String phase, Runnable work) {
        phase(phase, () -> {
            work.run();
            return null;
        });
    }
}
