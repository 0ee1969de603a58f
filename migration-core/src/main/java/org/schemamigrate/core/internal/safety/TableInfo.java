package org.schemamigrate.core.internal.safety;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.schemamigrate.core.internal.dialect.CatalogTable.Column;
import org.schemamigrate.core.internal.dialect.CatalogTable;
import org.schemamigrate.core.internal.dialect.RunnerDialect;

/**
 * What the catalog says about a table a statement names: its exact name, its columns with their types, and its
 * primary key. The safety checks read rows through it, so every name they put in SQL is the catalog's, quoted.
 */
record TableInfo(RunnerDialect dialect, String schema, String name, List<Column> columns, List<Column> primaryKey) {

    /** The table, or null when it does not exist (the statement itself then fails or does nothing). */
    static TableInfo load(Connection c, RunnerDialect dialect, TableName table) throws SQLException {
        CatalogTable found = dialect.describeTable(c, table.schema() == null ? null : table.schema().name(),
                table.table().name(), table.table().quoted());
        return found == null ? null
                : new TableInfo(dialect, found.schema(), found.name(), found.columns(), found.primaryKey());
    }

    /** The schema-qualified, quoted name. */
    String sql() {
        return dialect.quote(schema) + "." + dialect.quote(name);
    }

    /** The column a statement names, or null. MySQL column names never depend on case. */
    Column column(Ident ident) {
        boolean caseInsensitive = dialect.caseInsensitiveColumns();
        return columns.stream().filter(col -> ident.matches(col.name(), caseInsensitive)).findFirst().orElse(null);
    }

    /**
     * The columns that identify a row: the primary key, or else every other column that can be compared
     * (PostgreSQL json and xml have no equality). Rows equal in all of them are indistinguishable anyway.
     */
    List<Column> rowKey(Column except) {
        if (!primaryKey.isEmpty()) {
            return primaryKey;
        }
        return columns.stream().filter(col -> !col.equals(except) && !col.generated()
                && dialect.hasEquality(col.type())).toList();
    }

    @Override
    public String toString() {
        return name;
    }
}
