package org.schemamigrate.diff.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One schema's tables, sequences, enum types and the casts of its types (PostgreSQL), its domains and composite
 * types ({@code userTypes}) and partitions (PostgreSQL), and its objects compared by definition (views,
 * functions, triggers, …), each list sorted so that output is deterministic.
 */
public record Schema(String name, List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes,
                     List<Cast> casts, List<UserType> userTypes, List<Partition> partitions,
                     List<DefinedObject> objects) {

    public Schema {
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
        enumTypes = enumTypes.stream().sorted(Comparator.comparing(EnumType::name)).toList();
        casts = casts.stream().sorted(Comparator.comparing(Cast::key)).toList();
        userTypes = userTypes == null ? List.of()
                : userTypes.stream().sorted(Comparator.comparing(UserType::name)).toList();
        partitions = partitions == null ? List.of()
                : partitions.stream().sorted(Comparator.comparing(Partition::name)).toList();
        objects = objects == null ? List.of()
                : objects.stream().sorted(Comparator.comparing(DefinedObject::key)).toList();
    }

    /** A schema without domains, composite types or partitions. */
    public Schema(String name, List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes,
                  List<Cast> casts, List<DefinedObject> objects) {
        this(name, tables, sequences, enumTypes, casts, List.of(), List.of(), objects);
    }

    /** A schema without objects compared by definition. */
    public Schema(String name, List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes,
                  List<Cast> casts, List<UserType> userTypes, List<Partition> partitions) {
        this(name, tables, sequences, enumTypes, casts, userTypes, partitions, List.of());
    }

    /** A schema of tables, sequences, enums and casts only. */
    public Schema(String name, List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes,
                  List<Cast> casts) {
        this(name, tables, sequences, enumTypes, casts, List.of(), List.of(), List.of());
    }

    /** A schema without casts (the MySQL family has none). */
    public Schema(String name, List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes) {
        this(name, tables, sequences, enumTypes, List.of());
    }

    public static Schema empty(String name) {
        return new Schema(name, List.of(), List.of(), List.of());
    }

    public Optional<Table> table(String tableName) {
        return tables.stream().filter(t -> t.name().equals(tableName)).findFirst();
    }

    /** Whether a table is partitioned or a partition (PostgreSQL builds no index on those CONCURRENTLY). */
    public boolean partitioned(String tableName) {
        return partitions.stream().anyMatch(p -> p.name().equals(tableName)) || table(tableName)
                .map(t -> t.options() != null && t.options().partitioning() != null).orElse(false);
    }

    public Schema withTables(List<Table> newTables) {
        return new Schema(name, newTables, sequences, enumTypes, casts, userTypes, partitions, objects);
    }

    public Schema withSequences(List<Sequence> newSequences) {
        return new Schema(name, tables, newSequences, enumTypes, casts, userTypes, partitions, objects);
    }

    public Schema withEnumTypes(List<EnumType> newEnumTypes) {
        return new Schema(name, tables, sequences, newEnumTypes, casts, userTypes, partitions, objects);
    }

    public Schema withStructures(List<UserType> newUserTypes, List<Partition> newPartitions) {
        return new Schema(name, tables, sequences, enumTypes, casts, newUserTypes, newPartitions, objects);
    }

    /**
     * This schema without the objects of other schemas ({@link SchemaNames}) and those schemas themselves: what
     * entities describe, which cannot express other schemas.
     */
    public Schema managedOnly() {
        return new Schema(name, tables.stream().filter(t -> SchemaNames.schemaOf(t.name()) == null).toList(),
                sequences.stream().filter(s -> SchemaNames.schemaOf(s.name()) == null).toList(),
                enumTypes.stream().filter(e -> SchemaNames.schemaOf(e.name()) == null).toList(), casts,
                userTypes.stream().filter(t -> SchemaNames.schemaOf(t.name()) == null).toList(), partitions,
                objects.stream().filter(o -> o.kind() != DefinedObject.Kind.SCHEMA
                        && SchemaNames.schemaOf(o.name()) == null
                        && (o.table() == null || SchemaNames.schemaOf(o.table()) == null)).toList());
    }

    public Schema withObjects(List<DefinedObject> newObjects) {
        return new Schema(name, tables, sequences, enumTypes, casts, userTypes, partitions, newObjects);
    }
}
