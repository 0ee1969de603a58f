package org.schemamigrate.diff.plan.mysql;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.change.SchemaChange.AddForeignKey;
import org.schemamigrate.diff.change.SchemaChange.AlterColumn;
import org.schemamigrate.diff.change.SchemaChange.DropForeignKey;

/**
 * MySQL and MariaDB cannot rename a foreign key, so the differ drops one whose name alone differs and adds it again
 * under the desired name (the catalog keeps names exactly, e.g. Hibernate's {@code FK…} hash of a renamed
 * entity's table). Such a pair goes into one ALTER TABLE; the rows already satisfy the key, so MariaDB adds it
 * without checking them again ({@code SET STATEMENT foreign_key_checks=0 FOR}, in place instead of a table copy,
 * and only for that statement); MySQL 8 has no per-statement setting and copies the table.
 */
final class MySqlForeignKeyRenames {
    /** The per-statement prefix on MariaDB. */
    static final String MARIADB_PREFIX = "SET STATEMENT foreign_key_checks=0 FOR ";

    private MySqlForeignKeyRenames() {
    }

    /**
     * The additions that put back, under another name, a key dropped from the same table with the same
     * definition; not where a column of either table changes (then the key is dropped around that change).
     */
    static Set<SchemaChange> reAdded(List<SchemaChange> changes) {
        Set<SchemaChange> reAdded = new HashSet<>();
        for (SchemaChange change : changes) {
            if (change instanceof AddForeignKey add && changes.stream().anyMatch(c -> c instanceof DropForeignKey drop
                    && drop.table().equals(add.table()) && drop.foreignKey().sameDefinition(add.foreignKey())
                    && !drop.foreignKey().name().equals(add.foreignKey().name()))
                    && changes.stream().noneMatch(c -> c instanceof AlterColumn altered
                    && (altered.table().equals(add.table())
                    || altered.table().equals(add.foreignKey().referencedTable())))) {
                reAdded.add(change);
            }
        }
        return reAdded;
    }
}
