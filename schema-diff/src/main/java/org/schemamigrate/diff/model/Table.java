package org.schemamigrate.diff.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table with its columns in order and its constraints. {@code primaryKey} and {@code comment} may be null;
 * {@code options} (MySQL's engine and default collation) is null where the dialect has none; {@code exclusions}
 * are PostgreSQL's exclusion constraints; {@code constraintComments} maps a constraint's name (of any kind) to
 * its comment (PostgreSQL's COMMENT ON CONSTRAINT).
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<Index> indexes,
                    List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys, List<Check> checks, String comment,
                    TableOptions options, List<Exclusion> exclusions, Map<String, String> constraintComments) {

    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<Index> indexes,
                 List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys, List<Check> checks, String comment,
                 TableOptions options, List<Exclusion> exclusions) {
        this(name, columns, primaryKey, indexes, uniques, foreignKeys, checks, comment, options, exclusions, Map.of());
    }

    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<Index> indexes,
                 List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys, List<Check> checks, String comment,
                 TableOptions options) {
        this(name, columns, primaryKey, indexes, uniques, foreignKeys, checks, comment, options, List.of());
    }

    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<Index> indexes,
                 List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys, List<Check> checks, String comment) {
        this(name, columns, primaryKey, indexes, uniques, foreignKeys, checks, comment, null);
    }

    public Table {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
        constraintComments = constraintComments == null ? Map.of() : Map.copyOf(constraintComments);
    }

    public static Table of(String name, List<Column> columns, PrimaryKey primaryKey) {
        return new Table(name, columns, primaryKey, List.of(), List.of(), List.of(), List.of(), null);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, indexes, uniques, foreignKeys, checks, comment, options,
                exclusions, constraintComments);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, newIndexes, uniques, foreignKeys, checks, comment, options,
                exclusions, constraintComments);
    }

    public Table withUniques(List<UniqueConstraint> newUniques) {
        return new Table(name, columns, primaryKey, indexes, newUniques, foreignKeys, checks, comment, options,
                exclusions, constraintComments);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, indexes, uniques, newForeignKeys, checks, comment, options,
                exclusions, constraintComments);
    }

    public Table withChecks(List<Check> newChecks) {
        return new Table(name, columns, primaryKey, indexes, uniques, foreignKeys, newChecks, comment, options,
                exclusions, constraintComments);
    }

    public Table withComment(String newComment) {
        return new Table(name, columns, primaryKey, indexes, uniques, foreignKeys, checks, newComment, options,
                exclusions, constraintComments);
    }

    public Table withOptions(TableOptions newOptions) {
        return new Table(name, columns, primaryKey, indexes, uniques, foreignKeys, checks, comment, newOptions,
                exclusions, constraintComments);
    }

    public Table withExclusions(List<Exclusion> newExclusions) {
        return new Table(name, columns, primaryKey, indexes, uniques, foreignKeys, checks, comment, options,
                newExclusions, constraintComments);
    }

    public Table withConstraintComments(Map<String, String> newComments) {
        return new Table(name, columns, primaryKey, indexes, uniques, foreignKeys, checks, comment, options,
                exclusions, newComments);
    }
}
