package org.schemamigrate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.schemamigrate.core.FailureDetails.StatementFailed;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/** Pre-checks fail before the statement with a count and an example, and leave an exactly described state. */
class MigratorPreCheckTest {
    private static final String MEMBERS = """
            CREATE TABLE member (id INT PRIMARY KEY, phone VARCHAR(20));
            INSERT INTO member VALUES (1, '555'), (2, NULL), (3, NULL);
            """;

    @TempDir
    Path dir;

    private static String notNull(TestDatabase db) {
        return db.kind() == DatabaseKind.POSTGRESQL ? "ALTER TABLE member ALTER COLUMN phone SET NOT NULL;"
                : "ALTER TABLE member MODIFY phone VARCHAR(20) NOT NULL;";
    }

    @DatabaseTest
    void setNotNullOnNullsFailsBeforeAnythingRuns(TestDatabase db) {
        Migrator migrator = new MigrationFiles(dir).pair(1, "members", MEMBERS, "DROP TABLE member;")
                .pair(2, "require_phone", "CREATE TABLE audit (id INT);\n" + notNull(db), "DROP TABLE audit;")
                .migrator(db).build();

        assertThatThrownBy(migrator::up)
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.PRECHECK_FAILED);
                    assertThat(e.details()).contains(new StatementFailed(2, Direction.UP,
                            "2_require_phone.up.sql", 2, 2, 2, 0));
                })
                .hasMessageContaining("2 rows of member have NULL in phone (for example the row with id=2, phone=NULL)")
                .hasMessageContaining("add an UPDATE")
                .hasMessageContaining(db.kind() == DatabaseKind.POSTGRESQL ? "rolled back" : "Nothing of it ran")
                .hasMessageContaining("still at version 1");

        // the early check ran before statement 1: even on MariaDB nothing of migration 2 happened
        assertThat(db.tables()).doesNotContain("audit");
        assertThat(migrator.version()).isEqualTo(new VersionInfo(1, "members", false));
        assertThat(db.rows("SELECT version, outcome FROM migration_history_log ORDER BY id"))
                .containsExactly(List.of("1", "success"), List.of("2", "failed"));
    }

    @DatabaseTest
    void aCheckAfterAnEarlierStatementOnTheTableRunsRightBeforeItsStatement(TestDatabase db) {
        Migrator migrator = new MigrationFiles(dir).pair(1, "members", MEMBERS, "DROP TABLE member;")
                .pair(2, "unique_phone", """
                        CREATE TABLE audit (id INT);
                        UPDATE member SET phone = '555' WHERE phone IS NULL;
                        ALTER TABLE member ADD CONSTRAINT uq_phone UNIQUE (phone);
                        """, "DROP TABLE audit;")
                .migrator(db).build();

        assertThatThrownBy(migrator::up)
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.PRECHECK_FAILED);
                    assertThat(e.details()).contains(new StatementFailed(2, Direction.UP, "2_unique_phone.up.sql",
                            3, 3, 3, db.kind() == DatabaseKind.POSTGRESQL ? 0 : 2));
                })
                .hasMessageContaining("1 value of (phone) occurs more than once in member, 3 rows in all"
                        + " (for example phone='555' in 3 rows)")
                .hasMessageContaining(db.kind() == DatabaseKind.POSTGRESQL ? "rolled back"
                        : "Statements 1–2 had already committed");

        if (db.kind() == DatabaseKind.POSTGRESQL) {
            assertThat(db.tables()).doesNotContain("audit");
            assertThat(db.single("SELECT count(*) FROM member WHERE phone IS NULL")).isEqualTo("2");
            assertThat(migrator.version()).isEqualTo(new VersionInfo(1, "members", false));
        } else {
            assertThat(db.tables()).contains("audit");
            assertThat(db.rows("SELECT state, statements_done, statements_total FROM migration_history"
                    + " WHERE version = 2")).containsExactly(List.of("dirty", "2", "3"));
            assertThat(migrator.version()).isEqualTo(new VersionInfo(2, "unique_phone", true));
        }
    }

    @DatabaseTest
    void orphansBlockAForeignKey(TestDatabase db) {
        Migrator migrator = new MigrationFiles(dir).pair(1, "orders", """
                        CREATE TABLE customer (id INT PRIMARY KEY);
                        CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT);
                        INSERT INTO customer VALUES (1);
                        INSERT INTO orders VALUES (10, 1), (11, 2), (12, NULL), (13, 3);
                        """, null)
                .pair(2, "order_customer_fk", "ALTER TABLE orders ADD CONSTRAINT fk_customer FOREIGN KEY"
                        + " (customer_id) REFERENCES customer;", null)
                .migrator(db).build();

        assertThatThrownBy(migrator::up)
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.PRECHECK_FAILED))
                .hasMessageContaining("2 rows of orders reference customer rows that do not exist ((customer_id) →"
                        + " customer (id)), for example the row with id=11, customer_id=2");
        assertThat(migrator.version().version()).isEqualTo(1);
    }

    @DatabaseTest
    void duplicatesBlockAUniqueIndexAndNullsAPrimaryKey(TestDatabase db) {
        db.execute("CREATE TABLE tag (name VARCHAR(20), code VARCHAR(5))",
                "INSERT INTO tag VALUES ('a', 'x'), ('a', 'x'), ('b', NULL), ('b', NULL), ('c', 'y')");
        MigrationFiles files = new MigrationFiles(dir).pair(1, "unique_tag",
                "CREATE UNIQUE INDEX ix_tag ON tag (name, code DESC);", null);

        assertThatThrownBy(() -> files.migrator(db).build().up())
                .hasMessageContaining("1 value of (name, code) occurs more than once in tag, 2 rows in all"
                        + " (for example name='a', code='x' in 2 rows)");

        files.pair(1, "unique_tag", "ALTER TABLE tag ADD PRIMARY KEY (code);", null);
        assertThatThrownBy(() -> files.migrator(db).build().up())
                .hasMessageContaining("2 rows of tag have NULL in code, which a primary key does not allow"
                        + " (for example the row with name='b', code=NULL)");
    }

    @DatabaseTest
    void cleanDataPassesAndPreChecksCanBeTurnedOff(TestDatabase db) {
        MigrationFiles files = new MigrationFiles(dir).pair(1, "members", MEMBERS, "DROP TABLE member;")
                .pair(2, "require_phone", notNull(db), null);

        assertThatThrownBy(() -> files.migrator(db).preChecks(false).build().up())
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.MIGRATION_FAILED));

        Migrator migrator = files.migrator(db).build();
        if (db.kind().isMySqlFamily()) {
            // the failed statement left version 2 dirty; nothing of it committed
            migrator.force(1);
        }
        db.execute("UPDATE member SET phone = '000' WHERE phone IS NULL");
        migrator.up();
        assertThat(migrator.version().version()).isEqualTo(2);
    }
}
