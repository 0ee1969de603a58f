package org.schemamigrate.diff.golden;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * What the server itself prints for a database's objects (its own deparsers or its dump tool, never schema-diff's
 * inspector): the golden cases' independent oracle.
 *
 * @param reader          the sorted lines or statements of a database's objects
 * @param tableNames      the tables among a dump's lines
 * @param positionsLeftOut a dump with the column positions of the given tables left out where the dialect cannot
 *                        place a column (PostgreSQL appends; a known equivalence the generated header declares)
 */
record ServerDump(Function<TestDatabase, List<String>> reader, Function<List<String>, Set<String>> tableNames,
                  BiFunction<List<String>, Set<String>, List<String>> positionsLeftOut) {

    List<String> of(TestDatabase db) {
        return reader.apply(db);
    }

    Set<String> tables(List<String> dump) {
        return tableNames.apply(dump);
    }

    List<String> comparable(List<String> dump, Set<String> outliving) {
        return positionsLeftOut.apply(dump, outliving);
    }
}
