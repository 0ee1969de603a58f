package org.schemamigrate.core.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.internal.engine.LockedBatch;

/**
 * A fleet's schema targets in batches whose locks are taken and histories read at once ({@link LockedBatch}):
 * a batch is one worker's, its targets migrated one after the other.
 */
final class TargetBatches {
    /** Few enough that a lock is not held long for targets still waiting their turn in the batch. */
    static final int SIZE = 16;

    private TargetBatches() {
    }

    /**
     * The targets from {@code from} on in batches of up to {@link #SIZE} schema targets, at least one batch per
     * parallel worker; a URL target is a batch of its own (it has its own server).
     */
    static List<List<Integer>> split(List<FleetTarget> targets, int from, int parallel) {
        int schemas = (int) targets.subList(from, targets.size()).stream().filter(t -> !t.isUrl()).count();
        int size = Math.max(1, Math.min(SIZE, -Math.floorDiv(-schemas, parallel)));
        List<List<Integer>> batches = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (int i = from; i < targets.size(); i++) {
            if (targets.get(i).isUrl()) {
                batches.add(List.of(i));
                continue;
            }
            open.add(i);
            if (open.size() == size) {
                batches.add(open);
                open = new ArrayList<>();
            }
        }
        if (!open.isEmpty()) {
            batches.add(open);
        }
        return batches;
    }

    /**
     * Locks and reads the batch ({@code lock}), migrates the targets it locked ({@code runOne}), releases the
     * locks, then runs the targets another migrator held locked, each waiting for its own lock: holding no lock
     * while waiting for one, two fleets never wait on each other.
     */
    static void run(List<Integer> indices, List<FleetTarget> targets, Function<List<String>, LockedBatch> lock,
                    BiConsumer<Integer, LockedBatch> runOne) {
        List<Integer> rest = indices;
        if (indices.size() > 1 && !targets.get(indices.get(0)).isUrl()) {
            try (LockedBatch batch = lock.apply(indices.stream().map(i -> targets.get(i).schema()).toList())) {
                indices.stream().filter(i -> batch.holds(targets.get(i).schema()))
                        .forEach(i -> runOne.accept(i, batch));
                rest = indices.stream().filter(i -> !batch.holds(targets.get(i).schema())).toList();
            } catch (MigrationException e) {
                // the batch could not even be locked: each target tries alone and reports its own error
                rest = indices;
            }
        }
        rest.forEach(i -> runOne.accept(i, null));
    }
}
