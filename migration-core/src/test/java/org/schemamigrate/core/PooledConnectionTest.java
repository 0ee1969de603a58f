package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import javax.sql.DataSource;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/** Connections from a pool come back to it as they were lent: autocommit, application name, search path. */
class PooledConnectionTest {
    @TempDir
    Path dir;

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void sessionSettingsAreRestoredOnConnectionsThatAreNotReallyClosed(TestDatabase db) throws SQLException {
        db.execute("CREATE SCHEMA app");
        try (Connection pooled = db.connection()) {
            pooled.setAutoCommit(false);
            exec(pooled, "SET application_name = 'my-service'");
            pooled.commit();
            // the first connection comes from the "pool"; the lock's own connection is a fresh one
            boolean[] lent = {false};
            DataSource pool = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                    new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        if (!method.getName().equals("getConnection")) {
                            return method.getName().equals("toString") ? "test pool" : null;
                        }
                        if (lent[0]) {
                            return db.connection();
                        }
                        lent[0] = true;
                        return neverClosed(pooled);
                    });
            Migrator migrator = new MigrationFiles(dir).standardThree().migrator(db)
                    .dataSource(pool).schema("app").build();

            migrator.up();

            assertThat(pooled.getAutoCommit()).isFalse();
            assertThat(query(pooled, "SHOW application_name")).isEqualTo("my-service");
            assertThat(query(pooled, "SHOW search_path")).isEqualTo("\"$user\", public");
            assertThat(db.single("SELECT COUNT(*) FROM app.migration_history")).isEqualTo("3");
        }
    }

    private static Connection neverClosed(Connection real) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("close") ? null : method.invoke(real, args));
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
