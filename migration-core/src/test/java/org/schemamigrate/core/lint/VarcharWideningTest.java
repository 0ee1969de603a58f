package org.schemamigrate.core.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schemamigrate.core.Migrator;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.event.MigrationEvent;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * A longer varchar keeps every value; PostgreSQL changes only the catalog, MySQL/MariaDB only metadata while the
 * length prefix keeps its size (at most 255 bytes before and after). The linter knows the old type from the
 * statements before (the same file, or earlier migrations it was given), and the servers confirm what it says:
 * PostgreSQL keeps the table's file, MariaDB accepts ALGORITHM=INSTANT exactly when no warning is given.
 */
class VarcharWideningTest {
    @TempDir
    Path dir;

    private static final String PG_TABLE = "CREATE TABLE customer (id INT PRIMARY KEY, email VARCHAR(40) NOT NULL,"
            + " note CHARACTER VARYING(100));";
    private static final String MY_TABLE = "CREATE TABLE customer (id INT PRIMARY KEY, email VARCHAR(40) NOT NULL,"
            + " code VARCHAR(40) CHARACTER SET latin1) DEFAULT CHARSET=utf8mb4;";

    private static List<String> codes(DatabaseKind kind, String earlier, String script) {
        RunnerDialect dialect = RunnerDialect.of(kind);
        StatementLinter linter = new StatementLinter(kind).learn(dialect.splitter().split(earlier, "1.up.sql"));
        return linter.lint("2.up.sql", dialect.splitter().split(script, "2.up.sql")).stream().map(Finding::code)
                .toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "ALTER TABLE customer ALTER COLUMN email TYPE varchar(60)                  | -",
            "ALTER TABLE customer ALTER COLUMN email SET DATA TYPE character varying(40) | -",
            "ALTER TABLE customer ALTER COLUMN note TYPE text                          | SM206 SM404",
            "ALTER TABLE customer ALTER COLUMN note TYPE varchar                       | -",
            "ALTER TABLE customer ALTER COLUMN email TYPE varchar(30)                  | SM206 SM404",
            "ALTER TABLE customer ALTER COLUMN email TYPE varchar(60) USING trim(email) | SM206 SM404",
            "ALTER TABLE customer ALTER COLUMN id TYPE bigint                          | SM206 SM404",
            "ALTER TABLE other ALTER COLUMN email TYPE varchar(60)                     | SM206 SM404"})
    void postgres(String sql, String expected) {
        assertThat(codes(DatabaseKind.POSTGRESQL, PG_TABLE, sql))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(" ")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // utf8mb4: 160 → 240 bytes, one length byte before and after
            "ALTER TABLE customer MODIFY COLUMN email varchar(60) NOT NULL                | -",
            "ALTER TABLE customer CHANGE email email varchar(63) NOT NULL AFTER id        | -",
            // 160 → 256 bytes: the prefix grows, the table is copied
            "ALTER TABLE customer MODIFY COLUMN email varchar(64) NOT NULL                | SM451",
            // the rest of the definition changed: not a plain widening
            "ALTER TABLE customer MODIFY COLUMN email varchar(60)                         | SM206 SM451",
            "ALTER TABLE customer MODIFY COLUMN email varchar(30) NOT NULL                | SM206 SM451",
            // latin1: 40 → 255 bytes stays in the class
            "ALTER TABLE customer MODIFY code varchar(255) CHARACTER SET latin1           | -",
            "ALTER TABLE customer MODIFY code varchar(256) CHARACTER SET latin1           | SM451"})
    void mysql(String sql, String expected) {
        assertThat(codes(DatabaseKind.MARIADB, MY_TABLE, sql))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(" ")));
    }

    @Test
    void anotherTableDroppedOrRenamedKeepsWhatIsKnownOfTheRest() {
        String dropped = PG_TABLE + "\nCREATE TABLE other (id INT);\nDROP TABLE IF EXISTS other, \"legacy\" CASCADE;";
        assertThat(codes(DatabaseKind.POSTGRESQL, dropped, "ALTER TABLE customer ALTER COLUMN email TYPE varchar(60)"))
                .isEmpty();
        assertThat(codes(DatabaseKind.POSTGRESQL, PG_TABLE + "\nDROP TABLE public.customer;",
                "ALTER TABLE customer ALTER COLUMN email TYPE varchar(60)")).containsExactly("SM206", "SM404");
        String renamed = MY_TABLE + "\nRENAME TABLE customer TO client, nothing TO none;";
        assertThat(codes(DatabaseKind.MARIADB, renamed, "ALTER TABLE client MODIFY COLUMN email varchar(60) NOT NULL"))
                .isEmpty();
        assertThat(codes(DatabaseKind.MARIADB, renamed, "ALTER TABLE customer MODIFY COLUMN email varchar(60) NOT NULL"))
                .containsExactly("SM206", "SM451");
    }

    @Test
    void withoutTheOldDefinitionATypeChangeIsReportedAsBefore() {
        assertThat(codes(DatabaseKind.MARIADB, "", "ALTER TABLE customer MODIFY email varchar(60) NOT NULL"))
                .containsExactly("SM206", "SM451");
        // a column changed in a way the linter does not follow is forgotten
        assertThat(codes(DatabaseKind.MARIADB, MY_TABLE + "ALTER TABLE customer ALTER email SET DEFAULT 'x';",
                "ALTER TABLE customer MODIFY email varchar(60) NOT NULL")).containsExactly("SM206", "SM451");
        assertThat(codes(DatabaseKind.MARIADB, MY_TABLE + "ALTER TABLE customer CONVERT TO CHARACTER SET latin1;",
                "ALTER TABLE customer MODIFY email varchar(60) NOT NULL")).containsExactly("SM206", "SM451");
    }

    @Test
    void theOldDefinitionMayComeFromEarlierInTheSameFileAndFollowsRenames() {
        assertThat(codes(DatabaseKind.POSTGRESQL, "", PG_TABLE + """
                ALTER TABLE customer RENAME COLUMN email TO mail;
                ALTER TABLE customer ALTER COLUMN mail TYPE varchar(80);
                """)).containsExactly("SM301");
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void postgresRewritesNothingWhenTheLinterIsSilent(TestDatabase db) {
        db.executeScript(PG_TABLE + "INSERT INTO customer VALUES (1, 'a@example.com', 'n');");
        String file = "SELECT pg_relation_filenode('customer')";
        String before = db.single(file);
        String widen = "ALTER TABLE customer ALTER COLUMN email TYPE varchar(60)";
        assertThat(codes(DatabaseKind.POSTGRESQL, PG_TABLE, widen)).isEmpty();

        db.execute(widen);

        assertThat(db.single(file)).isEqualTo(before);
        db.execute("ALTER TABLE customer ALTER COLUMN id TYPE bigint"); // reported: SM404, and it does rewrite
        assertThat(db.single(file)).isNotEqualTo(before);
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void mariaDbChangesOnlyMetadataExactlyWhenTheLinterIsSilent(TestDatabase db) {
        db.executeScript(MY_TABLE + "INSERT INTO customer VALUES (1, 'a@example.com', 'c');");
        String silent = "ALTER TABLE customer MODIFY COLUMN email varchar(63) NOT NULL";
        String copies = "ALTER TABLE customer MODIFY COLUMN email varchar(64) NOT NULL";
        assertThat(codes(DatabaseKind.MARIADB, MY_TABLE, silent)).isEmpty();
        assertThat(codes(DatabaseKind.MARIADB, MY_TABLE, copies)).containsExactly("SM451");

        db.execute(silent + ", ALGORITHM=INSTANT");
        assertThatThrownBy(() -> db.execute(copies + ", ALGORITHM=INPLACE, LOCK=NONE"))
                .hasMessageContaining("ALGORITHM");
        assertThat(db.single("SELECT email FROM customer")).isEqualTo("a@example.com");
    }

    /** up (the Maven goal, the starter, Migrator) reads the applied files, so its warnings agree with the lint. */
    @DatabaseTest(DatabaseKind.MARIADB)
    void upWarnsOfNothingWhenItWidensAColumnOfAnAppliedFile(TestDatabase db) throws Exception {
        Files.writeString(dir.resolve("1_customer.up.sql"), MY_TABLE);
        Files.writeString(dir.resolve("1_customer.down.sql"), "DROP TABLE customer;");
        List<String> risks = new ArrayList<>();
        Migrator.Builder migrator = Migrator.builder().dataSource(db.dataSource()).directory(dir)
                .listener(e -> {
                    if (e instanceof MigrationEvent.RiskFound r) {
                        risks.add(r.finding().code());
                    }
                });
        migrator.build().up();
        Files.writeString(dir.resolve("2_wider.up.sql"), "ALTER TABLE customer MODIFY email varchar(60) NOT NULL;\n"
                + "ALTER TABLE customer MODIFY code varchar(300) CHARACTER SET latin1;");
        Files.writeString(dir.resolve("2_wider.down.sql"), "SELECT 1;");
        risks.clear();

        migrator.build().up();

        assertThat(risks).containsExactly("SM451"); // code passes 255 bytes; email stays under them
        assertThat(db.single("SELECT character_maximum_length FROM information_schema.columns"
                + " WHERE table_schema = database() AND table_name = 'customer' AND column_name = 'email'")).isEqualTo("60");
    }
}
