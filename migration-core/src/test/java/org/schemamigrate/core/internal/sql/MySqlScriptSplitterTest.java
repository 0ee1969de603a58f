package org.schemamigrate.core.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.SqlStatement;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.internal.dialect.RunnerDialect;

class MySqlScriptSplitterTest {

    private static final String FILE = "20261122_add_email.up.sql";
    private final ScriptSplitter splitter = RunnerDialect.of(DatabaseKind.MARIADB).splitter();

    /** Expected statements as (line, sql) pairs; numbers are their 1-based positions. */
    private static List<SqlStatement> expect(Object... lineAndSql) {
        List<SqlStatement> list = new ArrayList<>();
        for (int i = 0; i < lineAndSql.length; i += 2) {
            list.add(new SqlStatement((String) lineAndSql[i + 1], list.size() + 1, (Integer) lineAndSql[i]));
        }
        return list;
    }

    static Stream<Arguments> scripts() {
        return Stream.of(
                arguments("one statement per line, final one without delimiter",
                        "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\n  SELECT 2  ",
                        expect(1, "CREATE TABLE a (id int)", 2, "INSERT INTO a VALUES (1)", 3, "SELECT 2")),
                arguments("empty and comment-only statements are dropped and not numbered",
                        ";;\n# hash comment\n-- dash comment\n;\n/* block */;\nSELECT 1;\n",
                        expect(6, "SELECT 1")),
                arguments("leading comments are not part of the statement and do not shift its line",
                        "# add the column\n/* reviewed\n   by ops */\nALTER TABLE a\n  ADD COLUMN email text;",
                        expect(4, "ALTER TABLE a\n  ADD COLUMN email text")),
                arguments("comments inside a statement are kept",
                        "SELECT 1, # one; not the end\n  2 -- two; still not\n  /* three; */;\nSELECT 3; # after",
                        expect(1, "SELECT 1, # one; not the end\n  2 -- two; still not\n  /* three; */", 4,
                                "SELECT 3")),
                arguments("comments containing quotes",
                        "# it's\n-- don't \"\nSELECT 1; /* `x ' */ SELECT 2;",
                        expect(3, "SELECT 1", 3, "SELECT 2")),
                arguments("quotes containing comment markers and semicolons",
                        "SELECT '-- no; #comment', \"/* nor; this\", `a;--b` FROM t;\nSELECT 2;",
                        expect(1, "SELECT '-- no; #comment', \"/* nor; this\", `a;--b` FROM t", 2, "SELECT 2")),
                arguments("backslash escapes and doubled quotes in strings",
                        "SELECT 'it\\'s;', 'it''s;', \"say \\\";\", \"a\"\";\";SELECT 'C:\\\\';SELECT 3",
                        expect(1, "SELECT 'it\\'s;', 'it''s;', \"say \\\";\", \"a\"\";\"", 1, "SELECT 'C:\\\\'",
                                1, "SELECT 3")),
                arguments("doubled backticks in identifiers",
                        "CREATE TABLE `we``ird;` (id int);SELECT 2",
                        expect(1, "CREATE TABLE `we``ird;` (id int)", 1, "SELECT 2")),
                arguments("-- needs whitespace after it to start a comment",
                        "SELECT 5--1;\nSELECT 1 --\n;SELECT 2;--\tx;\nSELECT 3",
                        expect(1, "SELECT 5--1", 2, "SELECT 1 --", 3, "SELECT 2", 4, "SELECT 3")),
                arguments("block comments do not nest",
                        "/* a /* b; */ SELECT 1;",
                        expect(1, "SELECT 1")),
                arguments("conditional comments are SQL and stay in the statement",
                        "/*!40101 SET NAMES utf8mb4 */;\n/*M!100100 SET @x = 1; */;\n"
                                + "CREATE TABLE t (id int) /*!ENGINE=InnoDB */;",
                        expect(1, "/*!40101 SET NAMES utf8mb4 */", 2, "/*M!100100 SET @x = 1; */", 3,
                                "CREATE TABLE t (id int) /*!ENGINE=InnoDB */")),
                arguments("DELIMITER block for a procedure",
                        """
                        DELIMITER //
                        CREATE PROCEDURE add_one(IN x INT, OUT y INT)
                        BEGIN
                          -- it's a comment; with a semicolon
                          SET y = x + 1;
                        END//
                        DELIMITER ;
                        CALL add_one(1, @y);
                        SELECT @y;
                        """,
                        expect(2, """
                                CREATE PROCEDURE add_one(IN x INT, OUT y INT)
                                BEGIN
                                  -- it's a comment; with a semicolon
                                  SET y = x + 1;
                                END""", 8, "CALL add_one(1, @y)", 9, "SELECT @y")),
                arguments("lower-case delimiter $$ for a trigger, several statements per block",
                        """
                        CREATE TABLE t (id int, note varchar(20));
                        delimiter $$
                        CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW
                        BEGIN
                          IF NEW.note IS NULL THEN SET NEW.note = 'none;'; END IF;
                        END $$
                        SELECT 1 $$   SELECT 2$$
                          Delimiter ;
                        SELECT 3;
                        """,
                        expect(1, "CREATE TABLE t (id int, note varchar(20))", 3, """
                                CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW
                                BEGIN
                                  IF NEW.note IS NULL THEN SET NEW.note = 'none;'; END IF;
                                END""", 7, "SELECT 1", 7, "SELECT 2", 9, "SELECT 3")),
                arguments("mysqldump-style trigger in conditional comments with DELIMITER ;;",
                        "DELIMITER ;;\n/*!50003 CREATE*/ /*!50003 TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW"
                                + " BEGIN SET NEW.id = 1; END */;;\nDELIMITER ;\nSELECT 1;",
                        expect(2, "/*!50003 CREATE*/ /*!50003 TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW"
                                + " BEGIN SET NEW.id = 1; END */", 4, "SELECT 1")),
                arguments("DELIMITER inside a statement is a column name",
                        "CREATE TABLE t (\ndelimiter varchar(10)\n);\nSELECT delimiter FROM t;",
                        expect(1, "CREATE TABLE t (\ndelimiter varchar(10)\n)", 4, "SELECT delimiter FROM t")),
                arguments("CRLF line endings",
                        "SELECT 1;\r\n# note\r\n\r\nSELECT\r\n  2;\r\nDELIMITER //\r\nSELECT 3//\r\n",
                        expect(1, "SELECT 1", 4, "SELECT\r\n  2", 7, "SELECT 3")),
                arguments("only whitespace and comments", "\n# nothing\n-- to\n/* do */\n", expect()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void splits(String description, String script, List<SqlStatement> expected) {
        assertThat(splitter.split(script, FILE)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                arguments("SELECT 1;\nSELECT 'it\\';",
                        "line 2: the string '…' opened here is never closed; add the closing quote ('). Inside a"
                                + " string a backslash escapes the next character, so write \\\\ for a literal"
                                + " backslash and \\' or '' for a quote."),
                arguments("SELECT \"abc;\n;",
                        "line 1: the string \"…\" opened here is never closed; add the closing quote (\"). Inside a"
                                + " string a backslash escapes the next character, so write \\\\ for a literal"
                                + " backslash and \\\" or \"\" for a quote."),
                arguments("\n\nSELECT `col;",
                        "line 3: the quoted identifier ` opened here is never closed; add the closing backtick (`),"
                                + " and write `` for a backtick inside the name."),
                arguments("SELECT 1;\r\n/* comment\r\nSELECT 2;",
                        "line 2: the block comment /* opened here is never closed; add the closing */."),
                arguments("SELECT 1;\n/*!40101 SET NAMES utf8mb4;",
                        "line 2: the conditional comment /*! opened here is never closed; add the closing */."),
                arguments("/*M!100100 SET @x = 1;",
                        "line 1: the conditional comment /*M! opened here is never closed; add the closing */."),
                arguments("SELECT 1;\nDELIMITER   \nSELECT 2;",
                        "line 2: DELIMITER needs the new delimiter after it, e.g. DELIMITER // before a procedure"
                                + " body and DELIMITER ; after it."));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void rejectsUnclosedConstructsNamingFileLineAndFix(String script, String message) {
        assertThatThrownBy(() -> splitter.split(script, FILE))
                .isInstanceOfSatisfying(MigrationException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.INVALID_SCRIPT))
                .hasMessage(FILE + " " + message);
    }

    @Test
    void theDialectUsesTheMySqlRulesForBothMySqlAndMariaDb() {
        assertThat(RunnerDialect.of(DatabaseKind.MYSQL).splitter()).isInstanceOf(MySqlScriptSplitter.class);
        assertThat(RunnerDialect.of(DatabaseKind.MARIADB).splitter()).isInstanceOf(MySqlScriptSplitter.class);
    }

    @Test
    void splitsALargeScriptInOnePass() {
        String unit = "INSERT INTO t VALUES (1, 'a;b', `c;d`); # note;\n/* x; */\n";
        String script = unit.repeat(100_000);
        List<SqlStatement> statements = splitter.split(script, FILE);
        assertThat(statements).hasSize(100_000);
        assertThat(statements.get(99_999))
                .isEqualTo(new SqlStatement("INSERT INTO t VALUES (1, 'a;b', `c;d`)", 100_000, 199_999));
    }
}
