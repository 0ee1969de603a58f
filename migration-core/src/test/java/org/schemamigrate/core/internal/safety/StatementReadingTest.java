package org.schemamigrate.core.internal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.SqlStatement;

/** Which statements the safety checks read, and what they read from them. */
class StatementReadingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DROP TABLE member                                   | member",
            "drop table if exists a, shop.\"B\" cascade           | a; shop.B",
            "TRUNCATE TABLE ONLY member RESTART IDENTITY         | member",
            "truncate a, b                                       | a; b",
            "DELETE FROM `Member`                                | Member",
            "DELETE FROM member WHERE id = 1                     | ''",
            "ALTER TABLE member DROP COLUMN phone, DROP email    | member.phone; member.email",
            "alter table member drop constraint fk, drop index x | ''",
            "ALTER TABLE member /* why */ DROP \"Phone\" -- gone | member.Phone",
            "UPDATE member SET phone = NULL                      | ''"})
    void destructions(String sql, String expected) {
        assertThat(String.join("; ", Destruction.of(sql).stream().map(Destruction::describe).toList()))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "POSTGRESQL | ALTER TABLE member ALTER COLUMN phone SET NOT NULL    | NOT_NULL member [phone]",
            "POSTGRESQL | alter table member alter phone set not null           | NOT_NULL member [phone]",
            "MARIADB    | ALTER TABLE member MODIFY phone VARCHAR(20) NOT NULL  | NOT_NULL member [phone]",
            "MARIADB    | ALTER TABLE member CHANGE phone tel VARCHAR(20) NOT NULL | NOT_NULL member [phone]",
            "MARIADB    | ALTER TABLE member MODIFY phone VARCHAR(20) NULL      | ''",
            "POSTGRESQL | ALTER TABLE member ADD CONSTRAINT uq UNIQUE (a, \"B\") | UNIQUE member [a, B]",
            "MARIADB    | ALTER TABLE member ADD UNIQUE KEY uq (a)             | UNIQUE member [a]",
            "MARIADB    | ALTER TABLE member ADD UNIQUE INDEX uq (a(10))        | ''",
            "POSTGRESQL | ALTER TABLE member ADD PRIMARY KEY (id)              | PRIMARY_KEY member [id]",
            "POSTGRESQL | CREATE UNIQUE INDEX CONCURRENTLY ix ON shop.member USING btree (email DESC) | UNIQUE shop.member [email]",
            "POSTGRESQL | CREATE UNIQUE INDEX ON member (email)                | UNIQUE member [email]",
            "POSTGRESQL | CREATE UNIQUE INDEX ix ON member (lower(email))       | ''",
            "POSTGRESQL | CREATE UNIQUE INDEX ix ON member (email) WHERE active | ''",
            "POSTGRESQL | CREATE INDEX ix ON member (email)                    | ''",
            "POSTGRESQL | ALTER TABLE o ADD CONSTRAINT fk FOREIGN KEY (c_id) REFERENCES c (id) | FOREIGN_KEY o [c_id] -> c [id]",
            "MARIADB    | ALTER TABLE o ADD FOREIGN KEY fk (a, b) REFERENCES c  | FOREIGN_KEY o [a, b] -> c []",
            "POSTGRESQL | ALTER TABLE o ADD CONSTRAINT fk FOREIGN KEY (c_id) REFERENCES c (id) NOT VALID | ''"})
    void preChecks(DatabaseKind kind, String sql, String expected) {
        assertThat(String.join("; ", PreCheck.of(RunnerDialect.of(kind), sql).stream()
                .map(StatementReadingTest::describe).toList()))
                .isEqualTo(expected);
    }

    private static String describe(PreCheck check) {
        return check.kind() + " " + check.table() + " " + names(check.columns())
                + (check.parent() == null ? "" : " -> " + check.parent() + " " + names(check.parentColumns()));
    }

    private static String names(List<Ident> idents) {
        return idents.stream().map(Ident::name).toList().toString();
    }

    @Test
    void checksOnTablesNoEarlierStatementMentionsRunFirstOthersAtTheirStatement() {
        PreChecks plan = PreChecks.plan(RunnerDialect.of(DatabaseKind.MARIADB), List.of(
                new SqlStatement("CREATE TABLE audit (id INT)", 1, 1),
                new SqlStatement("ALTER TABLE member MODIFY phone VARCHAR(20) NOT NULL", 2, 2),
                new SqlStatement("UPDATE orders SET customer_id = NULL WHERE customer_id = 0", 3, 3),
                new SqlStatement("ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customer (id)", 4, 4),
                new SqlStatement("ALTER TABLE audit ADD UNIQUE (id)", 5, 5)));

        assertThat(plan.describe()).isEqualTo("before the first statement: 2; right before their statement: 4");
    }

    @Test
    void foreignKeysAfterForeignKeyChecksAreSwitchedOffAreNotChecked() {
        PreChecks plan = PreChecks.plan(RunnerDialect.of(DatabaseKind.MARIADB), List.of(
                new SqlStatement("SET FOREIGN_KEY_CHECKS = 0", 1, 1),
                new SqlStatement("ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customer (id)", 2, 2)));

        assertThat(plan.describe()).isEqualTo("before the first statement: ; right before their statement: ");
    }
}
