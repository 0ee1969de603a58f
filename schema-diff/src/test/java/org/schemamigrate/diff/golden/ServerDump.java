package org.schemamigrate.diff.golden;

import java.util.List;
import java.util.Set;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * What the server itself prints for a database's objects (its own deparsers or its dump tool, never schema-diff's
 * inspector): the golden cases' independent oracle.
 */
interface ServerDump {
    /** The sorted lines or statements of {@code db}'s objects. */
    List<String> of(TestDatabase db);

    /** The tables among {@code dump}'s lines. */
    Set<String> tables(List<String> dump);

    /**
     * {@code dump} with the column positions of {@code outliving} left out where the dialect cannot place a column
     * (PostgreSQL appends; a known equivalence the generated header declares), else {@code dump} itself.
     */
    List<String> comparable(List<String> dump, Set<String> outliving);
}
