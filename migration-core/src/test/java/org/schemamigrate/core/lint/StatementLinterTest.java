package org.schemamigrate.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.internal.dialect.RunnerDialect;

class StatementLinterTest {

    private static List<String> codes(DatabaseKind kind, String script) {
        return new StatementLinter(kind).lint("m.up.sql", RunnerDialect.of(kind).splitter().split(script, "m.up.sql"))
                .stream().map(Finding::code).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "DROP SCHEMA app CASCADE                                        | SM101",
            "DROP TABLE customer                                            | SM102",
            "drop table if exists \"Customer\"                             | SM102",
            "TRUNCATE customer                                              | SM104",
            "DELETE FROM customer                                           | SM104",
            "DELETE FROM customer WHERE id = 1                              | -",
            "DROP SEQUENCE customer_seq                                     | SM105",
            "ALTER TABLE customer DROP COLUMN email                         | SM103 SM302",
            "ALTER TABLE customer DROP CONSTRAINT customer_email_key        | -",
            "ALTER TABLE customer ALTER COLUMN email DROP NOT NULL          | -",
            "ALTER TABLE customer ALTER COLUMN email DROP DEFAULT           | -",
            "ALTER TABLE customer ADD COLUMN email text                     | -",
            "ALTER TABLE customer ADD COLUMN email text NOT NULL            | SM201",
            "ALTER TABLE customer ADD COLUMN email text NOT NULL DEFAULT '' | -",
            "ALTER TABLE customer ADD COLUMN token uuid DEFAULT gen_random_uuid() | SM405",
            "ALTER TABLE customer ADD COLUMN created timestamptz DEFAULT now()    | -",
            "ALTER TABLE customer ALTER COLUMN email SET NOT NULL           | SM202 SM406",
            "ALTER TABLE customer ADD CONSTRAINT uk UNIQUE (email)          | SM203",
            "ALTER TABLE customer ADD CONSTRAINT ck CHECK (age > 0)         | SM204 SM403",
            "ALTER TABLE customer ADD CONSTRAINT ck CHECK (age > 0) NOT VALID | SM204",
            "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customer (id) | SM205 SM403",
            "ALTER TABLE customer ALTER COLUMN age TYPE smallint            | SM206 SM404",
            "ALTER TABLE customer RENAME COLUMN email TO mail                | SM301",
            "ALTER TABLE customer RENAME TO client                          | SM301",
            "CREATE INDEX customer_email_idx ON customer (email)            | SM401",
            "CREATE INDEX CONCURRENTLY customer_email_idx ON customer (email) | -",
            "CREATE UNIQUE INDEX customer_email_uk ON customer (email)      | SM203 SM401",
            "DROP INDEX customer_email_idx                                  | SM402",
            "DROP INDEX CONCURRENTLY customer_email_idx                     | -",
            "UPDATE customer SET email = 'x' WHERE email IS NULL            | -",
            "ALTER TABLE customer DROP COLUMN email, DROP COLUMN phone      | SM103 SM302 SM103 SM302",
            "COMMENT ON COLUMN customer.email IS 'DROP TABLE x'             | -"})
    void postgresStatements(String sql, String expected) {
        assertThat(codes(DatabaseKind.POSTGRESQL, sql))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(" ")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "ALTER TABLE customer DROP email                                 | SM103 SM302",
            "ALTER TABLE customer DROP INDEX customer_email_idx              | -",
            "ALTER TABLE customer DROP FOREIGN KEY fk_customer              | -",
            "ALTER TABLE customer MODIFY COLUMN email VARCHAR(50) NOT NULL   | SM206 SM451",
            "ALTER TABLE customer CHANGE email mail VARCHAR(200)             | SM301 SM206 SM451",
            "ALTER TABLE customer MODIFY COLUMN email VARCHAR(90), ALGORITHM=INPLACE, LOCK=NONE | SM206",
            "ALTER TABLE customer MODIFY COLUMN n INT NULL, ALGORITHM=INSTANT | SM206",
            "RENAME TABLE customer TO client                                 | SM301",
            "CREATE INDEX customer_email_idx ON customer (email)             | -",
            "ALTER TABLE `order` ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES customer (id) | SM205"})
    void mysqlStatements(String sql, String expected) {
        assertThat(codes(DatabaseKind.MARIADB, sql))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(" ")));
    }

    @Test
    void constraintsAndIndexesOnATableCreatedInTheSameMigrationAreNotRisks() {
        assertThat(codes(DatabaseKind.POSTGRESQL, """
                CREATE TABLE invoice (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL);
                CREATE UNIQUE INDEX invoice_uk ON invoice (customer_id);
                ALTER TABLE invoice ADD CONSTRAINT invoice_fk FOREIGN KEY (customer_id) REFERENCES customer (id);
                ALTER TABLE invoice ADD COLUMN total NUMERIC NOT NULL;
                """)).isEmpty();
    }

    @Test
    void setNotNullAfterAValidatedCheckOnTheColumnDoesNotScan() {
        assertThat(codes(DatabaseKind.POSTGRESQL, """
                ALTER TABLE customer ADD CONSTRAINT customer_email_nn_tmp CHECK (email IS NOT NULL) NOT VALID;
                ALTER TABLE customer VALIDATE CONSTRAINT customer_email_nn_tmp;
                ALTER TABLE customer ALTER COLUMN email SET NOT NULL;
                ALTER TABLE customer ALTER COLUMN name SET NOT NULL;
                """)).containsExactly("SM204", "SM202", "SM202", "SM406");
    }

    @Test
    void findingsSayWhereAndWhy() {
        List<Finding> findings = new StatementLinter(DatabaseKind.POSTGRESQL).lint("3_drop_email.up.sql",
                RunnerDialect.of(DatabaseKind.POSTGRESQL).splitter().split(
                        "-- cleanup\nSELECT 1;\n\nALTER TABLE customer"
                        + " DROP COLUMN email;", "3_drop_email.up.sql"));

        assertThat(findings).allSatisfy(f -> assertThat(f.statement()).isEqualTo(2));
        assertThat(findings).extracting(Finding::describe).containsExactly(
                "3_drop_email.up.sql:4 SM103 destructive: drops column customer.email and its data",
                "3_drop_email.up.sql:4 SM302 backward-incompatible: the application version running during the deploy"
                        + " may still read or write customer.email: stop using it in one release, drop it in the next");
    }

    @Test
    void anIndexOnATablePartitionedEarlierCannotBeBuiltConcurrently() {
        StatementLinter linter = new StatementLinter(DatabaseKind.POSTGRESQL).learn(RunnerDialect.of(
                DatabaseKind.POSTGRESQL).splitter().split("""
                CREATE TABLE audit_log (id bigint, created_at timestamptz, PRIMARY KEY (id, created_at))
                    PARTITION BY RANGE (created_at);
                CREATE TABLE audit_log_2026 PARTITION OF audit_log FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
                CREATE TABLE events (id bigint) PARTITION BY HASH (id);
                ALTER TABLE events RENAME TO old_events;
                CREATE TABLE plain (id bigint);
                CREATE TABLE gone (id bigint) PARTITION BY HASH (id);
                DROP TABLE gone;
                """, "earlier.up.sql"));
        List<String> codes = linter.lint("m.up.sql", RunnerDialect.of(DatabaseKind.POSTGRESQL).splitter().split("""
                CREATE INDEX a ON "audit_log" ("actor");
                CREATE INDEX b ON audit_log_2026 (actor);
                CREATE INDEX c ON old_events (id);
                CREATE INDEX d ON events (id);
                CREATE INDEX e ON plain (id);
                CREATE INDEX f ON gone (id);
                """, "m.up.sql")).stream().map(Finding::code).toList();
        assertThat(codes).containsExactly("SM407", "SM401", "SM407", "SM401", "SM401", "SM401");
    }
}
