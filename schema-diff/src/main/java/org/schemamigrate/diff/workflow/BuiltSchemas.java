package org.schemamigrate.diff.workflow;

import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.schemamigrate.core.source.MigrationDirectory;
import org.schemamigrate.diff.dialect.DiffDialect;
import org.schemamigrate.diff.inspect.ScratchSpace;
import org.schemamigrate.diff.model.Schema;

/**
 * The current and the desired schema, each built in its scratch namespace and read back, at the same time: the
 * desired DDL (or its template's clone) runs in a second thread while the directory is replayed (or its cache
 * cloned). With entities whose migrations create extensions, the desired DDL must run after those extensions: the
 * desired side built meanwhile is then set aside and built again after them, as before.
 */
record BuiltSchemas(Schema current, String currentSpace, Schema desired, String desiredSpace) {
    private static final String DESIRED_PHASE = "inspecting the desired schema";

    /** @param replayed a namespace where the caller already replayed the directory in full, or null */
    static BuiltSchemas build(PhaseListener phases, ScratchSpace scratch, DiffDialect dialect, ScratchSchemas schemas,
                              DiffRequest request, boolean cache, String replayed) {
        DesiredTemplate template = cache ? DesiredTemplate.open(scratch, request) : null;
        phases.started(desiredPhase(template != null && template.found()));
        long start = System.nanoTime();
        CompletableFuture<Built> desiredSide = CompletableFuture.supplyAsync(() -> {
            String space = template == null ? scratch.create("desired") : template.createDesired();
            boolean cloned = template != null && template.cloned();
            Schema desired = cloned ? schemas.desiredCloned(space) : schemas.desired(space, request);
            if (template != null) {
                template.keep(space, desired);
            }
            return new Built(space, desired, cloned, (System.nanoTime() - start) / 1_000_000);
        }, BuiltSchemas::thread);
        Built current;
        try {
            current = current(phases, scratch, schemas, request, cache, replayed);
        } catch (RuntimeException | Error e) {
            // joined first: the scratch space closes after this; a desired DDL that failed too was reported first
            Throwable desiredFailure = failure(desiredSide);
            if (desiredFailure != null && !request.desiredFromEntities()) {
                throw rethrown(desiredFailure);
            }
            throw e;
        }
        boolean extensionsFirst = request.desiredFromEntities() && HandWrittenObjects.comeFirst(current.schema());
        Throwable desiredFailure = failure(desiredSide);
        if (!extensionsFirst) {
            if (desiredFailure != null) {
                throw rethrown(desiredFailure);
            }
            Built desired = desiredSide.join();
            phases.ended(desiredPhase(desired.cloned()), desired.millis());
            return new BuiltSchemas(current.schema(), current.space(), desired.schema(), desired.space());
        }
        // the extensions' types and the domains may be used by the entities' DDL: it runs after them, never from a
        // template
        String space = scratch.create("desired_ext");
        HandWrittenObjects.withExtensionsIn(scratch, dialect, space, current.schema());
        Schema desired = phases.phase(DESIRED_PHASE, () -> schemas.desired(space, request));
        return new BuiltSchemas(current.schema(), current.space(), desired, space);
    }

    private static Built current(PhaseListener phases, ScratchSpace scratch, ScratchSchemas schemas,
                                 DiffRequest request, boolean cache, String replayed) {
        if (replayed != null) {
            return phases.phase("inspecting the replayed migrations",
                    () -> new Built(replayed, schemas.replayed(replayed), false, 0));
        }
        ReplayCache replay = cache ? ReplayCache.open(scratch, request) : null;
        int migrations = request.current() instanceof DiffRequest.FromMigrations
                && Files.isDirectory(request.directory())
                ? MigrationDirectory.load(request.directory().toString(), null).migrations().size() : 0;
        phases.started(currentPhase(request, migrations, replay == null ? 0 : replay.found()));
        long start = System.nanoTime();
        String space = replay == null ? scratch.create("current") : replay.createCurrent();
        Schema read = schemas.current(space, request);
        if (replay != null) {
            replay.keep(space, read);
        }
        phases.ended(currentPhase(request, migrations, replay == null ? 0 : replay.reused()),
                (System.nanoTime() - start) / 1_000_000);
        return new Built(space, read, false, 0);
    }

    /** The current schema's phase: the directory replayed (with its number of migrations) or a live copy. */
    private static String currentPhase(DiffRequest request, int migrations, int reused) {
        if (request.current() instanceof DiffRequest.FromDatabase live) {
            return "inspecting " + live.label();
        }
        int count = migrations - reused;
        return "replaying " + count + (count == 1 ? " migration" : " migrations")
                + (reused == 0 ? "" : " (" + reused + " cloned from the replay cache)");
    }

    private static String desiredPhase(boolean cloned) {
        return DESIRED_PHASE + (cloned ? " (cloned, its DDL unchanged)" : "");
    }

    /** Waits for the side and returns its failure, or null. */
    private static Throwable failure(CompletableFuture<Built> side) {
        try {
            side.join();
            return null;
        } catch (CompletionException e) {
            return e.getCause();
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
    }

    private static void thread(Runnable work) {
        Thread thread = new Thread(work, "schemamigrate-desired-schema");
        thread.setDaemon(true);
        thread.start();
    }

    /** One side: its namespace, the schema read there, whether it was cloned and how long it took. */
    private record Built(String space, Schema schema, boolean cloned, long millis) {
    }
}
