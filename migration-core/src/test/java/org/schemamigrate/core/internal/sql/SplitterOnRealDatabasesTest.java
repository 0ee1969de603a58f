package org.schemamigrate.core.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.schemamigrate.core.SqlStatement;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/** The splitter's output must be exactly what the real servers accept, one statement per JDBC call. */
class SplitterOnRealDatabasesTest {

    private static final String COMMON = """
            -- it's a comment with "quotes"; and a semicolon
            CREATE TABLE note (id INT PRIMARY KEY, body VARCHAR(100));
            /* another 'one'; */ INSERT INTO note VALUES (1, 'it''s -- not; a comment'); -- trailing 'quote
            INSERT INTO note VALUES (2, '/* also; not */')
            """;

    private static final String POSTGRES = """
            -- greeting function (it's tricky; don't split here)
            /* a block comment with 'quotes' and "quotes"; /* nested; */ still a comment */
            CREATE TABLE greeting (id int PRIMARY KEY, text text NOT NULL);

            CREATE FUNCTION greet(name text) RETURNS text LANGUAGE plpgsql AS $fn$
            DECLARE
              result text; -- it's a local; with a semicolon
            BEGIN
              result := 'Hello, ' || name || '; it''s ' || $$a "x"; quote$$ || '!';
              INSERT INTO greeting VALUES (1, result);
              RETURN result;
            END;
            $fn$;

            INSERT INTO greeting VALUES (100, E'it\\'s; a \\\\ backslash'), (101, '-- not a comment; /* nor */');

            CREATE FUNCTION sign_of(i int) RETURNS int LANGUAGE sql
            BEGIN ATOMIC
              SELECT CASE WHEN i > 0 THEN 1 WHEN i < 0 THEN -1 ELSE 0 END;
            END;
            """;

    private static final String MARIADB = """
            # it's a MariaDB script; with "quotes" in comments
            -- don't split here; either
            /*M!100100 SET @flavour = 'mariadb;' */;
            CREATE TABLE account (id INT PRIMARY KEY AUTO_INCREMENT, owner VARCHAR(50) NOT NULL, note VARCHAR(100))
              /*!ENGINE=InnoDB */;

            DELIMITER //
            CREATE PROCEDURE add_one(IN x INT, OUT y INT)
            BEGIN
              -- it's a comment; with a semicolon
              DECLARE tmp INT DEFAULT 1; # another; one
              SET y = x + tmp;
            END//

            CREATE TRIGGER account_bi BEFORE INSERT ON account FOR EACH ROW
            BEGIN
              IF NEW.note IS NULL THEN
                SET NEW.note = CONCAT('created; for ', NEW.owner, ' it\\'s "new"');
              END IF;
            END//
            DELIMITER ;

            INSERT INTO account (owner) VALUES ('O''Brien');
            INSERT INTO account (owner, note) VALUES ('`x`', '/* not a comment */ -- nor; this #');
            CALL add_one(41, @y);
            """;

    @DatabaseTest
    void commentsAndStringsWithQuotesAndMarkersRunOnBothServers(TestDatabase db) throws SQLException {
        try (Connection c = db.connection()) {
            assertThat(run(c, db.kind(), COMMON)).isEqualTo(3);
        }
        assertThat(db.rows("SELECT id, body FROM note ORDER BY id")).containsExactly(
                List.of("1", "it's -- not; a comment"),
                List.of("2", "/* also; not */"));
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void plpgsqlDollarQuotedBodyAndBeginAtomicFunctionRunOnPostgres(TestDatabase db) throws SQLException {
        try (Connection c = db.connection()) {
            assertThat(run(c, db.kind(), POSTGRES)).isEqualTo(4);
        }
        assertThat(db.single("SELECT greet('Ann')")).isEqualTo("Hello, Ann; it's a \"x\"; quote!");
        assertThat(db.single("SELECT sign_of(-5)")).isEqualTo("-1");
        assertThat(db.rows("SELECT text FROM greeting WHERE id >= 100 ORDER BY id")).containsExactly(
                List.of("it's; a \\ backslash"),
                List.of("-- not a comment; /* nor */"));
    }

    @DatabaseTest(DatabaseKind.MARIADB)
    void procedureAndTriggerInDelimiterBlocksRunOnMariaDb(TestDatabase db) throws SQLException {
        try (Connection c = db.connection()) {
            assertThat(run(c, db.kind(), MARIADB)).isEqualTo(7);
            // session variables set by the script: the conditional comment ran, and so did the procedure
            assertThat(query(c, "SELECT @flavour")).isEqualTo("mariadb;");
            assertThat(query(c, "SELECT @y")).isEqualTo("42");
        }
        assertThat(db.rows("SELECT owner, note FROM account ORDER BY id")).containsExactly(
                List.of("O'Brien", "created; for O'Brien it's \"new\""),
                List.of("`x`", "/* not a comment */ -- nor; this #"));
    }

    /** Stored programs without DELIMITER lines, as Flyway users write them. */
    private static final String MARIADB_WITHOUT_DELIMITER = """
            CREATE TABLE stock (id INT PRIMARY KEY, qty INT, note VARCHAR(40));
            CREATE TRIGGER stock_bi BEFORE INSERT ON stock FOR EACH ROW
            BEGIN
              IF NEW.qty < 0 THEN
                SET NEW.qty = 0;
              ELSEIF NEW.qty > 100 THEN
                SET NEW.qty = 100;
              END IF;
              SET NEW.note = CASE WHEN NEW.qty = 0 THEN 'empty; reorder' ELSE IF(NEW.qty > 50, 'full', 'some') END;
            END;
            CREATE PROCEDURE fill(IN n INT)
            filling: BEGIN
              DECLARE i INT DEFAULT 0;
              IF n <= 0 THEN LEAVE filling; END IF;
              counting: LOOP
                SET i = i + 1;
                INSERT INTO stock (id, qty) VALUES (i, i * 60 - 70);
                IF i >= n THEN LEAVE counting; END IF;
              END LOOP counting;
              WHILE i > 0 DO SET i = i - 1; END WHILE;
              REPEAT SET i = i + 1; UNTIL i >= 1 END REPEAT;
            END;
            CREATE EVENT stock_purge ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM stock WHERE qty = 0; END;
            CALL fill(3);
            """;

    @DatabaseTest(DatabaseKind.MARIADB)
    void storedProgramsWithoutDelimiterLinesRunOnMariaDb(TestDatabase db) throws SQLException {
        try (Connection c = db.connection()) {
            assertThat(run(c, db.kind(), MARIADB_WITHOUT_DELIMITER)).isEqualTo(5);
        }
        assertThat(db.rows("SELECT id, qty, note FROM stock ORDER BY id")).containsExactly(
                List.of("1", "0", "empty; reorder"), List.of("2", "50", "some"), List.of("3", "100", "full"));
        assertThat(db.rows("SELECT EVENT_NAME FROM information_schema.EVENTS WHERE EVENT_SCHEMA = DATABASE()"))
                .containsExactly(List.of("stock_purge"));
    }

    /** Splits and executes a script statement by statement, as the runner does; returns the statement count. */
    private static int run(Connection c, DatabaseKind kind, String script) throws SQLException {
        List<SqlStatement> statements = RunnerDialect.of(kind).splitter().split(script, "test.up.sql");
        try (Statement st = c.createStatement()) {
            for (SqlStatement s : statements) {
                try {
                    st.execute(s.sql());
                } catch (SQLException e) {
                    throw new SQLException("statement " + s.number() + " at line " + s.line() + " failed: "
                            + e.getMessage() + "\n" + s.sql(), e);
                }
            }
        }
        return statements.size();
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
