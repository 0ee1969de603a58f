package org.schemamigrate.diff.diff;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.model.ForeignKey;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.IndexPart;
import org.schemamigrate.diff.model.Table;

/**
 * MySQL and MariaDB create an index for a foreign key that has none, named after the column for an unnamed key
 * ({@code author_id}) and after the constraint for a named one ({@code posts_ibfk_1}). Such a generated index is
 * replaced when a foreign key is added again under its name: {@code ADD CONSTRAINT posts_ibfk_1 FOREIGN KEY
 * (author_id)} drops {@code author_id} and creates {@code posts_ibfk_1}, while a database built from the desired
 * script keeps {@code author_id}. Whether an index was generated is nowhere in the catalog, so a kept index that
 * looks generated is declared again (dropped and added in one ALTER before the key is added): a declared index
 * serves the key, and the server adds none.
 */
final class ForeignKeyIndexes {

    private ForeignKeyIndexes() {
    }

    /** Appends a drop and an add of each kept index that an added foreign key of this table would replace. */
    static void keepNames(Table from, Table to, List<SchemaChange> tableChanges, List<SchemaChange> out) {
        for (SchemaChange change : tableChanges) {
            if (!(change instanceof SchemaChange.AddForeignKey add)) {
                continue;
            }
            ForeignKey key = add.foreignKey();
            if (to.indexes().stream().anyMatch(i -> i.name().equals(key.name()))) {
                continue; // the server's own name for it is the desired one
            }
            for (Index wanted : to.indexes()) {
                Index kept = from.indexes().stream().filter(i -> i.name().equals(wanted.name())
                        && i.sameDefinition(wanted) && Objects.equals(i.comment(), wanted.comment()))
                        .findFirst().orElse(null);
                if (kept != null && generatedShape(wanted, key) && !redeclared(out, to.name(), wanted)) {
                    out.add(new SchemaChange.DropIndex(to.name(), kept));
                    out.add(new SchemaChange.CreateIndex(to.name(), wanted));
                }
            }
        }
    }

    /**
     * The shape of an index the server generates for an unnamed key: named after its first column ({@code a}, or
     * {@code a_2} where that is taken), plain, not unique, on exactly its columns. An index declared so by hand is
     * declared again too (rebuilt), which changes nothing but time.
     */
    private static boolean generatedShape(Index index, ForeignKey key) {
        String column = key.columns().get(0);
        boolean generatedName = index.name().equalsIgnoreCase(column)
                || index.name().toLowerCase(Locale.ROOT).matches(Pattern.quote(column.toLowerCase(Locale.ROOT))
                + "_\\d+");
        return generatedName && !index.unique() && index.method().equals("btree") && index.storage().isEmpty()
                && index.comment() == null && !index.invisible()
                && index.parts().stream().allMatch(p -> p.column() != null && p.prefixLength() == null
                && p.ordering().isEmpty())
                && index.parts().stream().map(IndexPart::column).toList().equals(key.columns());
    }

    private static boolean redeclared(List<SchemaChange> out, String table, Index index) {
        return out.contains(new SchemaChange.CreateIndex(table, index));
    }
}
