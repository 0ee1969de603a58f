package org.schemamigrate.core.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.db.UrlDataSource;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.SqlStatement;

/** A fresh, empty database on an embedded server, with small helpers for assertions. */
public record TestDatabase(DatabaseKind kind, String name, String url, String user, String password) {

    public DataSource dataSource() {
        return new UrlDataSource(url, user, password);
    }

    public Connection connection() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Runs statements, each on its own, in autocommit mode. */
    public void execute(String... statements) {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Runs a script split like a migration file, each statement on its own, in autocommit mode. */
    public void executeScript(String script) {
        execute(RunnerDialect.of(kind).splitter().split(script, "script").stream().map(SqlStatement::sql)
                .toArray(String[]::new));
    }

    /** The rows of a query, each row as a list of column values rendered with getString. */
    public List<List<String>> rows(String query) {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The first column of a query's single row. */
    public String single(String query) {
        List<List<String>> rows = rows(query);
        if (rows.size() != 1) {
            throw new IllegalStateException("Expected one row from " + query + " but got " + rows.size());
        }
        return rows.get(0).get(0);
    }

    /** Table names of this database, lower-cased and sorted. */
    public List<String> tables() {
        String query = kind == DatabaseKind.POSTGRESQL
                ? "SELECT lower(table_name) FROM information_schema.tables WHERE table_schema = current_schema()"
                + " ORDER BY 1"
                : "SELECT lower(table_name) FROM information_schema.tables WHERE table_schema = database()"
                + " ORDER BY 1";
        return rows(query).stream().map(r -> r.get(0)).toList();
    }

    @Override
    public String toString() {
        return kind.displayName() + " database " + name;
    }
}
