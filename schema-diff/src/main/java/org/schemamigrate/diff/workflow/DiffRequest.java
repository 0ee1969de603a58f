package org.schemamigrate.diff.workflow;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.diff.Renames;
import org.schemamigrate.diff.inspect.Exclusions;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.plan.PlanOptions;

/**
 * What migration:diff compares and where it writes.
 *
 * @param devDatabase  a server where scratch namespaces may be created (the embedded one by default)
 * @param kind         the dialect of the dev database and of the generated SQL
 * @param desired      the desired schema as a DDL script (Hibernate's create DDL, or a schema file)
 * @param desiredLabel what the desired schema came from, for the file header ("12 entities in com.shop")
 * @param current      where the current schema comes from
 * @param directory    the migration directory: replayed for the current schema, and where the pair is written
 * @param name         the migration name, [a-z0-9_]+
 * @param sequenceVersions   zero-padded sequence numbers instead of timestamps
 * @param renames      tables and columns to rename rather than drop and add ({@code migration.renames}), named
 *                     as in the current schema; down uses the inverse
 * @param planOptions  online planning and the lock timeout written into each file (null: the defaults)
 * @param directoryLabel     the directory as the user configured it, for the header (null: {@code directory})
 * @param exclusions   tables left out on both sides ({@code migration.exclude}; null: other tools' history tables)
 * @param desiredFromEntities the desired schema is the entities' DDL: objects entities cannot express (views,
 *                     functions, triggers, … written by hand in migrations) are kept, never dropped
 */
public record DiffRequest(DataSource devDatabase, DatabaseKind kind, String desired, String desiredLabel,
                          CurrentSchema current, Path directory, String name, boolean sequenceVersions,
                          Renames renames, PlanOptions planOptions, String directoryLabel, Exclusions exclusions,
                          boolean desiredFromEntities) {

    public DiffRequest {
        exclusions = exclusions == null ? Exclusions.defaults() : exclusions;
        renames = renames == null ? Renames.none() : renames;
        planOptions = planOptions == null ? PlanOptions.defaults() : planOptions;
        directoryLabel = directoryLabel == null ? directory.toString() : directoryLabel;
    }

    /** A request whose desired schema manages every kind (a SQL file). */
    public DiffRequest(DataSource devDatabase, DatabaseKind kind, String desired, String desiredLabel,
                       CurrentSchema current, Path directory, String name, boolean sequenceVersions,
                       Renames renames, PlanOptions planOptions, String directoryLabel, Exclusions exclusions) {
        this(devDatabase, kind, desired, desiredLabel, current, directory, name, sequenceVersions, renames,
                planOptions, directoryLabel, exclusions, false);
    }

    /** The same request with the desired schema from entities (see {@code desiredFromEntities}). */
    public DiffRequest fromEntities() {
        return new DiffRequest(devDatabase, kind, desired, desiredLabel, current, directory, name, sequenceVersions,
                renames, planOptions, directoryLabel, exclusions, true);
    }

    /** The same request with other renames (the desired script's annotations merged in). */
    public DiffRequest withRenames(Renames others) {
        return new DiffRequest(devDatabase, kind, desired, desiredLabel, current, directory, name, sequenceVersions,
                others, planOptions, directoryLabel, exclusions, desiredFromEntities);
    }

    /** A request with the default exclusions. */
    public DiffRequest(DataSource devDatabase, DatabaseKind kind, String desired, String desiredLabel,
                       CurrentSchema current, Path directory, String name, boolean sequenceVersions,
                       Renames renames, PlanOptions planOptions, String directoryLabel) {
        this(devDatabase, kind, desired, desiredLabel, current, directory, name, sequenceVersions, renames,
                planOptions, directoryLabel, null);
    }

    /** A request without renames, with the default plan options. */
    public DiffRequest(DataSource devDatabase, DatabaseKind kind, String desired, String desiredLabel,
                       CurrentSchema current, Path directory, String name, boolean sequenceVersions) {
        this(devDatabase, kind, desired, desiredLabel, current, directory, name, sequenceVersions, null, null, null,
                null);
    }

    /** The current schema: the migration directory replayed on the dev database, or a live database. */
    public sealed interface CurrentSchema {
    }

    public record FromMigrations() implements CurrentSchema {
    }

    /**
     * A live database's schema ({@code schema} null: the connection's current schema) and its history table
     * ({@code migration.table}; null: migration_history), which is never part of the schema.
     */
    public record FromDatabase(DataSource database, String schema, String label, String historyTable)
            implements CurrentSchema {
        public FromDatabase {
            historyTable = historyTable == null ? InspectOptions.DEFAULT_HISTORY_TABLE : historyTable;
        }

        /** A live database with the default history table. */
        public FromDatabase(DataSource database, String schema, String label) {
            this(database, schema, label, null);
        }
    }
}
