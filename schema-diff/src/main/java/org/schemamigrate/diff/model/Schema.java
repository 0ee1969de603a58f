package org.schemamigrate.diff.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One schema's tables, sequences and enum types, each list sorted by name so that output is deterministic. */
public record Schema(String name, List<Table> tables, List<Sequence> sequences, List<EnumType> enumTypes) {

    public Schema {
        tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
        sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
        enumTypes = enumTypes.stream().sorted(Comparator.comparing(EnumType::name)).toList();
    }

    public static Schema empty(String name) {
        return new Schema(name, List.of(), List.of(), List.of());
    }

    public Optional<Table> table(String tableName) {
        return tables.stream().filter(t -> t.name().equals(tableName)).findFirst();
    }

    public Schema withTables(List<Table> newTables) {
        return new Schema(name, newTables, sequences, enumTypes);
    }

    public Schema withSequences(List<Sequence> newSequences) {
        return new Schema(name, tables, newSequences, enumTypes);
    }

    public Schema withEnumTypes(List<EnumType> newEnumTypes) {
        return new Schema(name, tables, sequences, newEnumTypes);
    }
}
