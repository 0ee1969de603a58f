package org.schemamigrate.boot;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schemamigrate.boot.test.EmbeddedServers;
import org.schemamigrate.core.MigrationException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts real Spring Boot applications against a database and a migration folder, as a deployment would:
 * each {@link #start} is one application start (a restart is a second start on the same database).
 */
final class BootApps {
    /** How the application connects to MariaDB: its own driver, or MySQL's Connector/J. */
    enum Driver { POSTGRESQL, MARIADB, MYSQL_CONNECTOR }

    final EmbeddedServers.Database db;
    final String url;
    final Path folder;
    private final Class<?> application;

    BootApps(Driver driver, Path folder, Class<?> application) {
        this(EmbeddedServers.fresh(driver == Driver.POSTGRESQL ? EmbeddedServers.Kind.POSTGRESQL
                : EmbeddedServers.Kind.MARIADB), driver == Driver.MYSQL_CONNECTOR, folder, application);
    }

    /** Applications on an existing database, with its own driver. */
    BootApps(EmbeddedServers.Database db, Path folder, Class<?> application) {
        this(db, false, folder, application);
    }

    private BootApps(EmbeddedServers.Database db, boolean mysqlConnector, Path folder, Class<?> application) {
        this.db = db;
        this.url = mysqlConnector ? db.url().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:") : db.url();
        this.folder = folder;
        this.application = application;
    }

    ConfigurableApplicationContext start(String... properties) {
        return run(WebApplicationType.NONE, properties);
    }

    /**
     * The settings go in as command-line arguments: they outrank what Boot derives itself (such as
     * spring.application.version from the main class's jar, here the test runner's).
     */
    ConfigurableApplicationContext run(WebApplicationType web, String... properties) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("spring.datasource.url", url);
        props.put("spring.datasource.username", db.user());
        props.put("spring.datasource.password", db.password());
        props.put("schemamigrate.location", "filesystem:" + folder);
        props.put("spring.main.banner-mode", "off");
        for (String p : properties) {
            int eq = p.indexOf('=');
            props.put(p.substring(0, eq), p.substring(eq + 1));
        }
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(application).web(web).run(args);
    }

    /** Starts once and closes: one deployment that applies what is pending. */
    void startAndStop(String... properties) {
        SpringApplication.exit(start(properties));
    }

    /** The start-up must fail with the runner's exception; returns it. */
    MigrationException refused(String... properties) {
        List<MigrationException> found = new ArrayList<>();
        assertThatThrownBy(() -> start(properties)).satisfies(e -> {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof MigrationException m) {
                    found.add(m);
                    return;
                }
            }
            throw new AssertionError("start-up failed without a MigrationException", e);
        });
        return found.get(0);
    }

    void write(String file, String content) {
        try {
            Files.writeString(folder.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first three migrations every scenario starts from. */
    void writeBaseMigrations() {
        write("1_create_customer.up.sql", "CREATE TABLE customer (id BIGINT PRIMARY KEY,"
                + " name VARCHAR(100) NOT NULL);\n");
        write("1_create_customer.down.sql", "DROP TABLE customer;\n");
        write("2_seed_customer.up.sql", "INSERT INTO customer (id, name) VALUES (1, 'first');\n");
        write("2_seed_customer.down.sql", "DELETE FROM customer WHERE id = 1;\n");
    }

    List<List<String>> rows(String query) {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            List<List<String>> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
    }

    void execute(String... statements) {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    boolean tableExists(String table) {
        String schema = db.kind() == EmbeddedServers.Kind.POSTGRESQL ? "current_schema()" : "DATABASE()";
        return !rows("SELECT table_name FROM information_schema.tables WHERE table_schema = " + schema
                + " AND table_name = '" + table + "'").isEmpty();
    }

    /** Applied versions in the history table, lowest first. */
    List<String> appliedVersions() {
        return rows("SELECT version FROM migration_history WHERE state = 'applied' ORDER BY version").stream()
                .map(r -> r.get(0)).toList();
    }
}
