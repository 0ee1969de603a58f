package org.schemamigrate.core.internal.dialect;

import java.util.List;

/** What the catalog says about a table: its exact schema and name, its columns and its primary key. */
public record CatalogTable(String schema, String name, List<Column> columns, List<Column> primaryKey) {

    /**
     * One column. {@code type} is what a literal is cast to on PostgreSQL ({@code format_type}) and the data type
     * on MySQL; {@code generated} columns are computed by the database and never restored.
     */
    public record Column(String name, String type, boolean generated, boolean identityAlways) {
    }
}
