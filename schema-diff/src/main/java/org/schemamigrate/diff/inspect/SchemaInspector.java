package org.schemamigrate.diff.inspect;

import java.sql.Connection;
import java.sql.SQLException;
import org.schemamigrate.diff.model.Schema;

/**
 * Reads one schema of a live database into the model, with a constant number of round trips whatever the number
 * of tables (one query per object kind for the whole schema).
 */
public interface SchemaInspector {

    Schema inspect(Connection connection) throws SQLException;
}
