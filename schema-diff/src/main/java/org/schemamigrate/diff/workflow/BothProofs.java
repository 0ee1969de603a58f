package org.schemamigrate.diff.workflow;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.schemamigrate.diff.prove.Proof;

/**
 * The up and down proofs of one pair, neither re-building a schema from zero: up runs in the replayed current
 * namespace, down at the same time in the desired namespace (a PostgreSQL database that nothing reads any more),
 * which holds what a proven up reaches. Otherwise (MySQL family, scratch schemas) down runs after up in the
 * namespace up left behind.
 */
final class BothProofs {
    private BothProofs() {
    }

    /** @param downOnClone a proof in the desired namespace (or a clone of it), or null to prove down after up */
    static void prove(PhaseListener phases, Proof upProof, Proof.Claim up, Supplier<Proof> downOnClone,
                      Proof.Claim down) {
        Proof downProof = downOnClone.get();
        if (downProof == null) {
            phases.phase("proving " + up.direction(), () -> upProof.prove(up));
            phases.phase("proving " + down.direction(), () -> upProof.prove(down));
            return;
        }
        // both start now; their lines end in a fixed order (up, then down), whichever finishes first
        String upPhase = "proving " + up.direction();
        String downPhase = "proving " + down.direction();
        phases.started(upPhase);
        phases.started(downPhase);
        long start = System.nanoTime();
        CompletableFuture<Long> downRun = CompletableFuture.supplyAsync(() -> {
            downProof.prove(down);
            return (System.nanoTime() - start) / 1_000_000;
        }, BothProofs::thread);
        Throwable failure = null;
        long upMillis = 0;
        try {
            upProof.prove(up);
            upMillis = (System.nanoTime() - start) / 1_000_000;
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        long downMillis = -1;
        try {
            downMillis = downRun.join();   // waited for even after up failed: the scratch space closes after this
        } catch (CompletionException e) {
            failure = failure == null ? e.getCause() : failure;
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error err) {
            throw err;
        }
        phases.ended(upPhase, upMillis);
        phases.ended(downPhase, downMillis);
    }

    private static void thread(Runnable work) {
        Thread thread = new Thread(work, "schemamigrate-down-proof");
        thread.setDaemon(true);
        thread.start();
    }
}
