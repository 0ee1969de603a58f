package org.schemamigrate.core;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The facts of a failure, for tools and tests: what the message says in words, as data. One record per kind of
 * failure that has facts beyond its code; {@link MigrationException#details()} is empty for the others.
 */
public sealed interface FailureDetails {

    /**
     * A statement of a migration failed (or the pre-check before it). {@code statementIndex} is 1-based and
     * {@code line} is the statement's first line in the file; {@code committedStatements} of them had already
     * committed and stay (0 when the migration ran in a transaction that was rolled back).
     */
    record StatementFailed(long version, Direction direction, String file, int statementIndex, int statementCount,
                           int line, int committedStatements) implements FailureDetails {
    }

    /**
     * A generated migration did not reach its target on the dev database. {@code direction} is {@code up} or
     * {@code down}; {@code residual} is the SQL that would still remain, or the database's error when the script
     * failed to run.
     */
    record ProofFailed(String direction, String residual) implements FailureDetails {
    }

    /**
     * migration:check found differences, one group per kind in a fixed order (pending migrations, drift in the
     * live database, what the entities still need), each with its own code; the exception's code is the first
     * group's. {@code items} are file names for pending migrations and one step per line for the others.
     */
    record CheckFailed(List<Group> groups) implements FailureDetails {
        public CheckFailed {
            groups = List.copyOf(groups);
        }

        public record Group(ErrorCode code, List<String> items) {
            public Group {
                items = List.copyOf(items);
            }
        }
    }

    /**
     * The desired schema could not be built from the project. {@code source} is what to fix: an entity class,
     * a settings file or a Hibernate version (empty when Hibernate did not say); {@code line} is the file's
     * line, 0 when not known.
     */
    record DesiredSchemaFailed(String source, int line) implements FailureDetails {
    }

    /**
     * The current and the desired schema differ in objects the diff cannot plan (a kind the model does not hold,
     * or a detail of one it does). {@code objects} maps each kind as the user reads it ({@code view},
     * {@code range type}, {@code constraint}) to the objects (or the tables they belong to), both sorted.
     */
    record NotPlanned(SortedMap<String, List<String>> objects) implements FailureDetails {
        public NotPlanned {
            SortedMap<String, List<String>> copy = new TreeMap<>();
            objects.forEach((kind, names) -> copy.put(kind, List.copyOf(names)));
            objects = Collections.unmodifiableSortedMap(copy);
        }
    }
}
