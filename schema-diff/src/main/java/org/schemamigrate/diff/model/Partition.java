package org.schemamigrate.diff.model;

import java.util.List;

/**
 * A PostgreSQL partition of {@code parent} (a partitioned table or partition): {@code bound} as
 * pg_get_expr prints it ({@code FOR VALUES …} or {@code DEFAULT}), {@code partitionKey} (pg_get_partkeydef) when the
 * partition is partitioned itself, else null. Its columns, keys and indexes are the parent's.
 */
public record Partition(String name, String parent, String bound, String partitionKey, String comment) {

    /** The table at the top of this partition's chain of parents among {@code all}. */
    public String root(List<Partition> all) {
        String top = parent;
        for (int depth = 0; depth < 100; depth++) {
            String up = top;
            Partition next = all.stream().filter(p -> p.name().equals(up)).findFirst().orElse(null);
            if (next == null) {
                return top;
            }
            top = next.parent();
        }
        return top;
    }
}
