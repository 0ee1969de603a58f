package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

class MigratorLocationsTest {
    @TempDir
    Path dir;

    @DatabaseTest
    void migrationsLoadFromAClasspathFolder(TestDatabase db) {
        Migrator migrator = Migrator.builder().dataSource(db.dataSource()).location("classpath:db/sample").build();

        MigrationResult result = migrator.up();

        assertThat(result.runs()).extracting(MigrationRun::name).containsExactly("sample_one");
        assertThat(db.tables()).contains("sample_one");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aNoTransactionFileRunsStatementsThatCannotRunInATransaction(TestDatabase db) {
        Migrator migrator = new MigrationFiles(dir)
                .pair(1, "create_customer", "CREATE TABLE customer (id INT PRIMARY KEY, email TEXT);", null)
                .pair(2, "index_email", """
                        -- migration:no-transaction
                        -- CONCURRENTLY cannot run inside a transaction block
                        CREATE INDEX CONCURRENTLY customer_email_idx ON customer (email);
                        """, "-- migration:no-transaction\nDROP INDEX CONCURRENTLY customer_email_idx;")
                .migrator(db).build();

        migrator.up();

        assertThat(db.single("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'customer_email_idx'")).isEqualTo("1");
        assertThat(db.single("SELECT state FROM migration_history WHERE version = 2")).isEqualTo("applied");
        migrator.down();
        assertThat(db.single("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'customer_email_idx'")).isEqualTo("0");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void dollarQuotedFunctionBodiesRunAsOneStatement(TestDatabase db) {
        Migrator migrator = new MigrationFiles(dir).pair(1, "function", """
                CREATE FUNCTION greet(who text) RETURNS text LANGUAGE plpgsql AS $body$
                BEGIN
                  RETURN 'hello; ' || who;  -- a semicolon and a quote inside the body
                END;
                $body$;
                """, "DROP FUNCTION greet(text);").migrator(db).build();

        migrator.up();

        assertThat(db.single("SELECT greet('ann')")).isEqualTo("hello; ann");
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void delimiterBlocksCreateProceduresOnMariaDb(TestDatabase db) {
        Migrator migrator = new MigrationFiles(dir).pair(1, "procedure", """
                DELIMITER //
                CREATE PROCEDURE add_one(IN x INT, OUT y INT)
                BEGIN
                  SET y = x + 1;
                END//
                DELIMITER ;
                """, "DROP PROCEDURE add_one;").migrator(db).build();

        migrator.up();

        assertThat(db.single("SELECT COUNT(*) FROM information_schema.routines WHERE routine_name = 'add_one'"
                + " AND routine_schema = database()")).isEqualTo("1");
        migrator.down();
        assertThat(db.single("SELECT COUNT(*) FROM information_schema.routines WHERE routine_name = 'add_one'"
                + " AND routine_schema = database()")).isEqualTo("0");
    }
}
