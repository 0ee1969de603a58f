package org.schemamigrate.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.hibernate.Version;
import org.junit.jupiter.api.Test;
import org.schemamigrate.boot.test.EmbeddedMigrationDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The oracle for the example that the tool did not write: the application's own create script, from its own
 * bootstrap (Spring Boot with Spring Data JPA and Boot's Hibernate, not the plugin's), run on a fresh database,
 * must print as the database the starter migrated at start-up with the example's committed migrations. Printed by
 * the server's own deparsers; columns compared by name (a migration adds a column at the end of its table).
 */
@SpringBootTest(properties = {
        "spring.jpa.properties.jakarta.persistence.schema-generation.scripts.action=create",
        "spring.jpa.properties.jakarta.persistence.schema-generation.scripts.create-target="
                + CreateScriptOracleTest.SCRIPT,
        "spring.jpa.properties.hibernate.hbm2ddl.schema-generation.script.append=false",
        "spring.jpa.properties.hibernate.hbm2ddl.delimiter=;"})
@EmbeddedMigrationDatabase
class CreateScriptOracleTest {
    static final String SCRIPT = "target/library-create.sql";

    /** One query per kind for the public schema, the runner's tables left out; each row one line. */
    private static final List<String> DUMP = List.of("""
            SELECT 'relation', c.relname, c.relkind::text FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relname NOT LIKE 'migration\\_history%'
            """, """
            SELECT 'column', c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull::text,
                   coalesce(pg_get_expr(d.adbin, d.adrelid), ''), a.attidentity::text
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0
              AND NOT a.attisdropped AND c.relname NOT LIKE 'migration\\_history%'
            """, """
            SELECT 'constraint', c.relname, con.conname, pg_get_constraintdef(con.oid)
            FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
            WHERE c.relnamespace = 'public'::regnamespace AND c.relname NOT LIKE 'migration\\_history%'
            """, """
            SELECT 'index', pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
            WHERE c.relnamespace = 'public'::regnamespace AND c.relname NOT LIKE 'migration\\_history%'
            """, """
            SELECT 'sequence', c.relname, format_type(s.seqtypid, NULL), s.seqstart::text, s.seqincrement::text
            FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid
            WHERE c.relnamespace = 'public'::regnamespace AND c.relname NOT LIKE 'migration\\_history%'
            """);

    @Autowired
    DataSource dataSource;

    @Test
    void theMigratedDatabaseDumpsAsTheApplicationsOwnCreateScript() throws Exception {
        HikariDataSource migrated = (HikariDataSource) dataSource;
        String url = migrated.getJdbcUrl();
        String reference = "create_script_oracle";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + reference);
            statement.execute("CREATE DATABASE " + reference);
        }
        String referenceUrl = url.substring(0, url.lastIndexOf('/') + 1) + reference;
        List<String> script = Files.readAllLines(Path.of(SCRIPT)).stream().filter(line -> !line.isBlank()).toList();
        try (Connection connection = DriverManager.getConnection(referenceUrl, migrated.getUsername(),
                migrated.getPassword()); Statement statement = connection.createStatement()) {
            for (String line : script) {
                statement.execute(line);
            }
        }

        assertThat(script).as("Boot's Hibernate %s wrote the script", Version.getVersionString())
                .anyMatch(line -> line.startsWith("create table reservation"));
        try (Connection a = dataSource.getConnection(); Connection b = DriverManager.getConnection(referenceUrl,
                migrated.getUsername(), migrated.getPassword())) {
            assertThat(dump(a)).as("the example's migrations vs its create script (Hibernate %s)",
                    Version.getVersionString()).containsExactlyElementsOf(dump(b));
        }
    }

    private static List<String> dump(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String query : DUMP) {
                try (ResultSet rows = statement.executeQuery(query)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        List<String> fields = new ArrayList<>();
                        for (int i = 1; i <= columns; i++) {
                            fields.add(rows.getString(i));
                        }
                        lines.add(String.join(" | ", fields));
                    }
                }
            }
        }
        return lines.stream().sorted().toList();
    }
}
