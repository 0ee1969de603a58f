package org.schemamigrate.diff.plan.mysql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.change.SchemaChange;

/**
 * MySQL and MariaDB compare index names without case: an index dropped and added again under a spelling that
 * differs only in case, with the same definition, is kept by the server under its old spelling (and a case-only
 * RENAME INDEX does nothing). Such a plan would be reported proven by nothing and fail its proof with a bare
 * residual, so it is refused by name before any SQL is planned.
 */
final class MySqlCaseChecks {

    private MySqlCaseChecks() {
    }

    /** Fails with {@link CoreErrorCode#CONFIGURATION} naming the table and both spellings. */
    static void require(List<SchemaChange> changes) {
        Map<String, List<Key>> dropped = new HashMap<>();
        for (SchemaChange change : changes) {
            Key key = key(change, true);
            if (key != null) {
                dropped.computeIfAbsent(change.table(), t -> new ArrayList<>()).add(key);
            }
        }
        for (SchemaChange change : changes) {
            Key added = key(change, false);
            if (added == null) {
                continue;
            }
            for (Key old : dropped.getOrDefault(change.table(), List.of())) {
                if (!old.name().equals(added.name()) && old.name().equalsIgnoreCase(added.name())
                        && old.definition().equals(added.definition())) {
                    throw new MigrationException(CoreErrorCode.CONFIGURATION, "Index " + old.name() + " of table "
                            + change.table() + " would be renamed to " + added.name() + ", which differs only in"
                            + " case: MySQL and MariaDB compare index names without case and keep the old spelling,"
                            + " so nothing was written. Keep the name " + old.name() + " in the desired schema, or"
                            + " rename it by hand through another name (migration:create: RENAME INDEX "
                            + old.name() + " TO a temporary name, then to " + added.name() + ").");
                }
            }
        }
    }

    /** A dropped ({@code drop}) or added index or unique key, its definition without its name; else null. */
    private static Key key(SchemaChange change, boolean drop) {
        if (drop && change instanceof SchemaChange.DropIndex c) {
            return new Key(c.index().name(), c.index().withName(""));
        }
        if (!drop && change instanceof SchemaChange.CreateIndex c) {
            return new Key(c.index().name(), c.index().withName(""));
        }
        if (drop && change instanceof SchemaChange.DropUnique c) {
            return new Key(c.unique().name(), c.unique().withName(""));
        }
        if (!drop && change instanceof SchemaChange.AddUnique c) {
            return new Key(c.unique().name(), c.unique().withName(""));
        }
        return null;
    }

    private record Key(String name, Object definition) {
    }
}
