package org.schemamigrate.diff.model;

/**
 * A PostgreSQL partition of {@code parent} (a partitioned table or partition): {@code bound} as
 * pg_get_expr prints it ({@code FOR VALUES …} or {@code DEFAULT}), {@code partitionKey} (pg_get_partkeydef) when the
 * partition is partitioned itself, else null. Its columns, keys and indexes are the parent's.
 */
public record Partition(String name, String parent, String bound, String partitionKey, String comment) {
}
