package org.schemamigrate.maven;

import org.schemamigrate.diff.desired.DesiredCache;
import org.schemamigrate.diff.desired.DesiredSchema;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.maven.plugin.logging.Log;
import org.schemamigrate.diff.workflow.DiffGenerator;
import org.schemamigrate.diff.workflow.DiffRequest;
import org.schemamigrate.diff.workflow.SchemaCheck;

/** The databases of one diff goal run (the dev database, the live one if asked) and the desired schema, built once. */
final class DiffWorkspace implements AutoCloseable {
    private final DiffOptions options;
    private final DevDatabase dev;
    private final LiveDatabase live;
    private final Log log;
    private DesiredSchema desired;

    DiffWorkspace(DiffOptions options, DevDatabase dev, LiveDatabase live, DesiredSchema desired, Log log) {
        this.options = options;
        this.dev = dev;
        this.live = live;
        this.desired = desired;
        this.log = log;
    }

    /** The entities' (or the schema file's) DDL; needs no database. */
    static DesiredSchema desired(DiffOptions options, Log log) {
        DesiredSchema desired = options.desired() != null ? DesiredSchema.fromFile(options.desired().toPath())
                : new PhaseLog(log).phase("generating the desired schema (Hibernate's create script)",
                () -> DesiredCache.fromEntities(options.project(), options.entities(), log::info,
                        options.cache() ? cacheDirectory(options) : null));
        log.info("Desired schema: " + desired.label());
        return desired;
    }

    /** target/schemamigrate: beside the compiled classes, so mvn clean clears it. */
    static Path cacheDirectory(DiffOptions options) {
        return options.project().outputDirectory().toAbsolutePath().resolveSibling("schemamigrate");
    }

    /** A diff workflow that reports its phases in the build log. */
    DiffGenerator generator() {
        return new DiffGenerator(Clock.systemUTC(), new PhaseLog(log)).withReplayCache(replayCache());
    }

    /** migration:check's three groups, with the same caches as {@link #generator()}. */
    SchemaCheck check() {
        return new SchemaCheck(Clock.systemUTC(), new PhaseLog(log)).withReplayCache(replayCache());
    }

    /**
     * On a temporary embedded MariaDB the kept copy would die with the server: copying it would only cost time
     * (on PostgreSQL keeping is a cheap file copy, so it stays on).
     */
    private boolean replayCache() {
        return options.cache() && (dev.kind() == org.schemamigrate.core.db.DatabaseKind.POSTGRESQL
                || dev.outlivesTheGoal());
    }

    DevDatabase dev() {
        return dev;
    }

    LiveDatabase live() {
        return live;
    }

    DesiredSchema desired() {
        if (desired == null) {
            desired = desired(options, log);
        }
        return desired;
    }

    /** The diff of the desired schema against the directory (or, with a live database, against it). */
    DiffRequest request(boolean againstLive) {
        DiffRequest.CurrentSchema current = againstLive && live != null
                ? new DiffRequest.FromDatabase(live.dataSource(), options.schema(), live.label(),
                options.historyTable())
                : new DiffRequest.FromMigrations();
        DiffRequest request = new DiffRequest(dev.dataSource(), dev.kind(), desired().ddl(), desired().label(),
                current, options.dir(), options.name(), options.sequenceVersions(), options.renames(),
                options.plan(), directoryLabel(), options.exclusions());
        // entities cannot express views, functions, triggers…: those written by hand are kept, not dropped
        return options.desired() == null ? request.fromEntities() : request;
    }

    /** The directory relative to the project, as users usually configure it; absolute when outside. */
    private String directoryLabel() {
        Path path = options.dir().toAbsolutePath().normalize();
        Path base = options.basedir() == null ? null : options.basedir().toAbsolutePath().normalize();
        return base != null && path.startsWith(base) && !path.equals(base)
                ? base.relativize(path).toString().replace('\\', '/') : path.toString();
    }

    @Override
    public void close() {
        try (DevDatabase d = dev; LiveDatabase l = live) {
            // both closed, the live one first
        }
    }
}
