package org.schemamigrate.diff.diff;

import java.util.List;
import java.util.Objects;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.model.Index;
import org.schemamigrate.diff.model.PrimaryKey;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.model.UniqueConstraint;

/**
 * MySQL and MariaDB give each key the table's {@code KEY_BLOCK_SIZE} when it is created, and SHOW CREATE TABLE
 * prints a key's own size only where it differs from the table's: after {@code ALTER TABLE t KEY_BLOCK_SIZE=0} a
 * table created with 8 shows {@code PRIMARY KEY (id) KEY_BLOCK_SIZE=8} on every key. A database built from the
 * desired script shows none, so when the table's size changes from one it had, each key the desired schema keeps
 * without a size of its own is dropped and added again in the same ALTER (it then takes the new size).
 */
final class KeyBlockSizes {
    private static final String OPTION = "KEY_BLOCK_SIZE=";

    private KeyBlockSizes() {
    }

    static void restateKeys(Table from, Table to, List<SchemaChange> out) {
        Integer before = from.options() == null ? null : from.options().keyBlockSize();
        Integer after = to.options() == null ? null : to.options().keyBlockSize();
        if (before == null || before.equals(after)) {
            return;
        }
        String table = to.name();
        PrimaryKey key = to.primaryKey();
        if (key != null && from.primaryKey() != null && from.primaryKey().sameDefinition(key)
                && noOwnSize(key.options())) {
            out.add(new SchemaChange.DropPrimaryKey(table, from.primaryKey()));
            out.add(new SchemaChange.AddPrimaryKey(table, key));
        }
        for (Index index : to.indexes()) {
            Index kept = from.indexes().stream().filter(i -> i.name().equals(index.name()) && i.sameDefinition(index)
                    && Objects.equals(i.comment(), index.comment())).findFirst().orElse(null);
            if (kept != null && noOwnSize(index.storage())
                    && !out.contains(new SchemaChange.CreateIndex(table, index))) {
                out.add(new SchemaChange.DropIndex(table, kept));
                out.add(new SchemaChange.CreateIndex(table, index));
            }
        }
        for (UniqueConstraint unique : to.uniques()) {
            if (from.uniques().contains(unique)) {
                out.add(new SchemaChange.DropUnique(table, unique));
                out.add(new SchemaChange.AddUnique(table, unique));
            }
        }
    }

    private static boolean noOwnSize(List<String> options) {
        return options.stream().noneMatch(o -> o.startsWith(OPTION));
    }
}
