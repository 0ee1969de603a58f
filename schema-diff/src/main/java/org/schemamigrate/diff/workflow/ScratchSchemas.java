package org.schemamigrate.diff.workflow;

import org.schemamigrate.core.CoreErrorCode;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.diff.dialect.DiffDialect;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.inspect.Exclusions;
import org.schemamigrate.diff.inspect.InspectOptions;
import org.schemamigrate.diff.inspect.ScratchSpace;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.plan.Plan;

/**
 * The inspect stage of a diff: the desired and the current schema are each built in a scratch namespace of the
 * dev database and read back by the same inspector, so type spellings never cause false differences.
 */
final class ScratchSchemas {
    private final ScratchSpace scratch;
    private final DiffDialect dialect;
    private final Exclusions exclusions;
    private final Set<String> excluded = java.util.Collections.synchronizedSortedSet(new TreeSet<>());

    ScratchSchemas(ScratchSpace scratch, DiffDialect dialect, Exclusions exclusions) {
        this.scratch = scratch;
        this.dialect = dialect;
        this.exclusions = exclusions;
    }

    /** The excluded tables either side holds, each with why (for the output). */
    List<String> excluded() {
        return List.copyOf(excluded);
    }

    /**
     * MySQL family: the scratch databases take the live database's default character set and collation when the
     * current schema comes from it (else utf8mb4), never the dev server's.
     */
    void takeDefaults(DiffRequest request) {
        if (request.current() instanceof DiffRequest.FromDatabase live) {
            try (Connection c = live.database().getConnection()) {
                scratch.takeDefaultsFrom(c, live.schema());
            } catch (SQLException e) {
                throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not read the default character"
                        + " set of " + live.label() + ": " + e.getMessage() + ". Check migration.url.", e);
            }
        }
    }

    /** Runs the desired DDL in {@code space} and reads it back. */
    Schema desired(String space, DiffRequest request) {
        run(space, request.desired(), "the desired schema (" + request.desiredLabel() + ")");
        return desiredCloned(space);
    }

    /** Reads back a namespace that already holds the desired schema (a clone of a kept one). */
    Schema desiredCloned(String space) {
        excluded.addAll(scratch.excludedTables(space));
        return scratch.inspect(space, dialect::inspector);
    }

    /** Builds the current schema in {@code space}: the migration directory replayed, or a copy of a live schema. */
    Schema current(String space, DiffRequest request) {
        if (request.current() instanceof DiffRequest.FromDatabase live) {
            Schema schema;
            try (Connection c = live.database().getConnection()) {
                schema = dialect.inspector(exclusions.applyTo(new InspectOptions(live.schema(), live.historyTable(),
                        List.of(), true))).inspect(c);
                excluded.addAll(exclusions.found(c, live.schema() != null ? live.schema() : currentSchema(c)));
            } catch (SQLException e) {
                throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not inspect " + live.label() + ": "
                        + e.getMessage() + ". Check migration.url and its credentials.", e);
            }
            // the live schema is rebuilt on the dev database so both proofs can run there
            Plan recreate = dialect.planner().plan(dialect.differ().diff(Schema.empty(space), schema));
            run(space, recreate.script(), "a copy of " + live.label());
            return scratch.inspect(space, dialect::inspector);
        }
        if (Files.isDirectory(request.directory())) {
            replay(space, request, Migrator::up);
        }
        return replayed(space);
    }

    /**
     * Replays the directory (as far as {@code how} goes) in {@code space}; a failure says the current schema is
     * unknown.
     */
    void replay(String space, DiffRequest request, Consumer<Migrator> how) {
        try {
            // a scratch schema: migrations that drop what earlier ones created have nothing real to lose
            how.accept(Migrator.builder().dataSource(scratch.dataSource(space)).directory(request.directory())
                    .schema(scratch.schemaOf(space)).allowDestructive(true).build());
        } catch (MigrationException e) {
            MigrationException failed = ScratchFailures.replayFailed(e, "so the current schema is unknown; nothing"
                    + " was written", request.directory(), scratch.kind());
            throw scratch.limitation() == null ? failed : new MigrationException(failed.code(), failed.getMessage()
                    + "\nNote: " + scratch.limitation() + ".", failed.details().orElse(null), failed.getCause());
        }
    }

    /** Reads a namespace where the directory was replayed, noting the excluded tables it holds. */
    Schema replayed(String space) {
        excluded.addAll(scratch.excludedTables(space));
        return scratch.inspect(space, dialect::inspector);
    }

    private String currentSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                scratch.kind() == DatabaseKind.POSTGRESQL ? "SELECT current_schema()" : "SELECT DATABASE()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * The runner's failure message without its repair advice: that is for a real database, while a scratch one is
     * simply dropped.
     */
    private void run(String space, String script, String what) {
        try {
            // autocommit: a desired script may hold statements no transaction can run (CREATE INDEX CONCURRENTLY)
            scratch.executeEach(space, script, what);
        } catch (ScratchSpace.ScriptFailure e) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "The dev database rejected " + e.getMessage()
                    + "\nNothing was written.", e);
        }
    }
}
