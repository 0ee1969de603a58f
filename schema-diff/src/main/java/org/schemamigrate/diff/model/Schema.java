package org.schemamigrate.diff.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One schema's tables, sequences, enum types, the casts of its types (PostgreSQL) and its objects compared by
 * definition (views, functions, triggers, …), each list sorted so that output is deterministic.
 */
public record Schema(String name, List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes,
                     List<Cast> casts, List<DefinedObject> objects) {

    public Schema {
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
        enumTypes = enumTypes.stream().sorted(Comparator.comparing(EnumType::name)).toList();
        casts = casts.stream().sorted(Comparator.comparing(Cast::key)).toList();
        objects = objects.stream().sorted(Comparator.comparing(DefinedObject::key)).toList();
    }

    /** A schema without objects compared by definition. */
    public Schema(String name, List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes,
                  List<Cast> casts) {
        this(name, tables, sequences, enumTypes, casts, List.of());
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

    public Schema withTables(List<Table> newTables) {
        return new Schema(name, newTables, sequences, enumTypes, casts, objects);
    }

    public Schema withSequences(List<Sequence> newSequences) {
        return new Schema(name, tables, newSequences, enumTypes, casts, objects);
    }

    public Schema withEnumTypes(List<EnumType> newEnumTypes) {
        return new Schema(name, tables, sequences, newEnumTypes, casts, objects);
    }

    public Schema withObjects(List<DefinedObject> newObjects) {
        return new Schema(name, tables, sequences, enumTypes, casts, newObjects);
    }
}
