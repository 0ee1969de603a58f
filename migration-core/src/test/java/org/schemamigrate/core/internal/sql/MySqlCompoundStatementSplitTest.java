package org.schemamigrate.core.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.schemamigrate.core.SqlStatement;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.internal.dialect.RunnerDialect;

/** Stored programs written without DELIMITER: their BEGIN … END bodies keep their semicolons, as Flyway splits them. */
class MySqlCompoundStatementSplitTest {
    private final ScriptSplitter splitter = RunnerDialect.of(DatabaseKind.MYSQL).splitter();

    private List<String> split(String script) {
        return splitter.split(script, "V1.sql").stream().map(SqlStatement::sql).toList();
    }

    static Stream<Arguments> programs() {
        return Stream.of(
                arguments("a trigger with a BEGIN … END body",
                        "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.x = 1; SET NEW.y = 2; END"),
                arguments("a procedure with nested IF, CASE, loops and labels",
                        """
                        CREATE DEFINER=`root`@`localhost` PROCEDURE p(IN n INT)
                        outer_block: BEGIN
                          DECLARE i INT DEFAULT 0;
                          DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN ROLLBACK; END;
                          IF n < 0 THEN LEAVE outer_block; ELSEIF n = 0 THEN SET i = 1; ELSE IF n > 9 THEN SET i = 9;
                          END IF; END IF;
                          CASE n WHEN 1 THEN SET i = 2; ELSE SET i = 3; END CASE;
                          counting: LOOP SET i = i + 1; IF i > n THEN LEAVE counting; END IF; END LOOP counting;
                          WHILE i > 0 DO SET i = i - 1; END WHILE;
                          REPEAT SET i = i + 1; UNTIL i > 3 END REPEAT;
                          SELECT CASE WHEN i > 1 THEN IF(i > 2, 'a', 'b') ELSE 'c' END INTO @r;
                          DROP TEMPORARY TABLE IF EXISTS tmp;
                        END outer_block"""),
                arguments("a function whose IF() call is no IF statement",
                        "CREATE FUNCTION f(x INT) RETURNS INT DETERMINISTIC BEGIN DECLARE y INT; SET y = IF(x > 0, x, 0);"
                                + " RETURN y; END"),
                arguments("an IF() call after THEN inside a CASE expression",
                        "CREATE PROCEDURE q() BEGIN SELECT CASE WHEN 1 THEN IF (1, 2, 3) END; SELECT 2; END"),
                arguments("an IF statement whose condition starts with a parenthesis",
                        "CREATE PROCEDURE r() BEGIN IF (1 > 0) THEN SELECT 1; END IF; IF (1) = 1 THEN SELECT 2;"
                                + " END IF; END"),
                arguments("a trigger whose body is a lone IF statement",
                        "CREATE TRIGGER u BEFORE UPDATE ON a FOR EACH ROW IF NEW.x < 0 THEN SET NEW.x = 0; END IF"),
                arguments("an event with a compound body",
                        "CREATE EVENT IF NOT EXISTS e ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM a; DELETE FROM b;"
                                + " END"),
                arguments("an altered event's new body",
                        "ALTER EVENT e ON SCHEDULE EVERY 2 DAY DO BEGIN DELETE FROM a; END"),
                arguments("MariaDB's anonymous block",
                        "BEGIN NOT ATOMIC DECLARE x INT DEFAULT 1; SELECT x; END"),
                arguments("words after a dot and inside quotes are names",
                        "CREATE TRIGGER v AFTER INSERT ON a FOR EACH ROW BEGIN UPDATE b SET `end` = NEW.`begin`;"
                                + " INSERT INTO c VALUES ('END; BEGIN'); END"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void aStoredProgramIsOneStatement(String what, String program) {
        assertThat(split("CREATE TABLE a (x INT);\n" + program + ";\nSELECT 1;"))
                .containsExactly("CREATE TABLE a (x INT)", program, "SELECT 1");
    }

    @Test
    void aTriggerWithASimpleBodyEndsAtItsSemicolon() {
        assertThat(split("CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW SET NEW.x = 1; SELECT 1;"))
                .containsExactly("CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW SET NEW.x = 1", "SELECT 1");
    }

    @Test
    void outsideStoredProgramsBeginAndCaseChangeNothing() {
        assertThat(split("BEGIN; CREATE TABLE event (id INT); SELECT CASE WHEN 1 THEN 2 END; COMMIT;"
                + " CREATE TABLE t (`begin` INT, `end` INT); SELECT IF(1, 2, 3);"))
                .containsExactly("BEGIN", "CREATE TABLE event (id INT)", "SELECT CASE WHEN 1 THEN 2 END", "COMMIT",
                        "CREATE TABLE t (`begin` INT, `end` INT)", "SELECT IF(1, 2, 3)");
    }

    @Test
    void delimiterLinesStillWorkAndTheirBodiesEndAtTheDelimiter() {
        assertThat(split("DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END//\nDELIMITER ;\n"
                + "CREATE PROCEDURE q() BEGIN SELECT 2; END;\nSELECT 3;"))
                .containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1; END", "CREATE PROCEDURE q() BEGIN SELECT 2; END",
                        "SELECT 3");
    }

    @Test
    void anAssignmentColonIsNoLabel() {
        assertThat(split("CREATE PROCEDURE p() BEGIN SET @x := IF(1, 2, 3); SELECT @x; END; SELECT 4;"))
                .containsExactly("CREATE PROCEDURE p() BEGIN SET @x := IF(1, 2, 3); SELECT @x; END", "SELECT 4");
    }
}
