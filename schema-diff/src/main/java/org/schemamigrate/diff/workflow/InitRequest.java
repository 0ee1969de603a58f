package org.schemamigrate.diff.workflow;

import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.inspect.Exclusions;
import org.schemamigrate.diff.plan.PlanOptions;

/**
 * What migration:init starts managing: the live database (and schema, null for the connection's current one),
 * the dev database the first migration is proven on, and the (empty) migration directory to write it to.
 * {@code lockTimeout} bounds lock waits in the written files like migration:diff's (zero: none; null: 5 s).
 * {@code exclusions}: tables left out of the first migration (null: other tools' history tables).
 */
public record InitRequest(DataSource devDatabase, DatabaseKind kind, DataSource live, String schema, String liveLabel,
                          Path directory, String name, boolean sequenceVersions, Duration lockTimeout,
                          Exclusions exclusions) {

    public InitRequest {
        lockTimeout = lockTimeout == null ? PlanOptions.DEFAULT_LOCK_TIMEOUT : lockTimeout;
        exclusions = exclusions == null ? Exclusions.defaults() : exclusions;
    }

    public InitRequest(DataSource devDatabase, DatabaseKind kind, DataSource live, String schema, String liveLabel,
                       Path directory, String name, boolean sequenceVersions, Duration lockTimeout) {
        this(devDatabase, kind, live, schema, liveLabel, directory, name, sequenceVersions, lockTimeout, null);
    }

    public InitRequest(DataSource devDatabase, DatabaseKind kind, DataSource live, String schema, String liveLabel,
                       Path directory, String name, boolean sequenceVersions) {
        this(devDatabase, kind, live, schema, liveLabel, directory, name, sequenceVersions, null, null);
    }
}
