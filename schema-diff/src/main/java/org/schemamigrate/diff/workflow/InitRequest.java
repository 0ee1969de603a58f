package org.schemamigrate.diff.workflow;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * What migration:init starts managing: the live database (and schema, null for the connection's current one),
 * the dev database the first migration is proven on, and the (empty) migration directory to write it to.
 */
public record InitRequest(DataSource devDatabase, DatabaseKind kind, DataSource live, String schema, String liveLabel,
                          Path directory, String name, boolean sequenceVersions) {
}
