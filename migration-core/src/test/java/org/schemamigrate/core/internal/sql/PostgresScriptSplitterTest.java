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

class PostgresScriptSplitterTest {

    private static final String FILE = "20261122_add_email.up.sql";
    private final ScriptSplitter splitter = RunnerDialect.of(DatabaseKind.POSTGRESQL).splitter();

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
                arguments("a rule's parenthesised actions stay whole, as psql keeps them",
                        "CREATE RULE r AS ON INSERT TO a DO ALSO (INSERT INTO b VALUES (1); DELETE FROM c);\nSELECT 1;",
                        expect(1, "CREATE RULE r AS ON INSERT TO a DO ALSO (INSERT INTO b VALUES (1); DELETE FROM c)",
                                2, "SELECT 1")),
                arguments("a stray closing parenthesis does not keep later semicolons open",
                        "SELECT 1);\nSELECT 2;",
                        expect(1, "SELECT 1)", 2, "SELECT 2")),
                arguments("a backslash is literal in a standard string",
                        "SELECT 'C:\\';SELECT 2",
                        expect(1, "SELECT 'C:\\'", 1, "SELECT 2")),
                arguments("E'' strings take backslash escapes",
                        "SELECT E'it\\'s; fine\\\\';SELECT e'\\';';SELECT 3",
                        expect(1, "SELECT E'it\\'s; fine\\\\'", 1, "SELECT e'\\';'", 1, "SELECT 3")),
                arguments("E only prefixes a string at a word start",
                        "SELECT some'x\\';SELECT 2",
                        expect(1, "SELECT some'x\\'", 1, "SELECT 2")),
                arguments("U&'' strings",
                        "SELECT U&'d\\0061t;a';SELECT U&\"d;\" FROM t;",
                        expect(1, "SELECT U&'d\\0061t;a'", 1, "SELECT U&\"d;\" FROM t")),
                arguments("dollar-quoted plpgsql body with semicolons and quotes",
                        """
                        CREATE FUNCTION greet(name text) RETURNS text AS $$
                        BEGIN
                          -- it's plpgsql; don't split
                          RETURN 'hello; ' || name || ''''; /* ; */
                        END;
                        $$ LANGUAGE plpgsql;
                        SELECT greet('x');
                        """,
                        expect(1, """
                                CREATE FUNCTION greet(name text) RETURNS text AS $$
                                BEGIN
                                  -- it's plpgsql; don't split
                                  RETURN 'hello; ' || name || ''''; /* ; */
                                END;
                                $$ LANGUAGE plpgsql""", 7, "SELECT greet('x')")),
                arguments("tagged dollar quote containing $$ and other tags",
                        "DO $body$ BEGIN EXECUTE $$SELECT ';'$$; PERFORM $x$;$x$; END $body$;\nSELECT 2;",
                        expect(1, "DO $body$ BEGIN EXECUTE $$SELECT ';'$$; PERFORM $x$;$x$; END $body$", 2,
                                "SELECT 2")),
                arguments("dollar tags are case-sensitive",
                        "SELECT $a$ $A$; $a$;SELECT 2",
                        expect(1, "SELECT $a$ $A$; $a$", 1, "SELECT 2")),
                arguments("positional parameters are not dollar quotes",
                        "PREPARE p(int, int) AS SELECT $1 + $2;EXECUTE p(1, 2);",
                        expect(1, "PREPARE p(int, int) AS SELECT $1 + $2", 1, "EXECUTE p(1, 2)")),
                arguments("a $ inside an identifier does not open a dollar quote",
                        "SELECT a$b$ FROM t;SELECT x$ FROM t;SELECT 3",
                        expect(1, "SELECT a$b$ FROM t", 1, "SELECT x$ FROM t", 1, "SELECT 3")),
                arguments("nested block comments",
                        "/* outer /* inner; */ still; */ SELECT 1;\nSELECT /* a /* b; */ c; */ 2;",
                        expect(1, "SELECT 1", 2, "SELECT /* a /* b; */ c; */ 2")),
                arguments("BEGIN ATOMIC body with CASE stays one statement",
                        """
                        CREATE FUNCTION sign_of(i int) RETURNS int LANGUAGE sql
                        BEGIN ATOMIC
                          SELECT 1;
                          SELECT CASE WHEN i > 0 THEN 1 WHEN i < 0 THEN -1 ELSE 0 END;
                        END;
                        SELECT sign_of(-5);
                        """,
                        expect(1, """
                                CREATE FUNCTION sign_of(i int) RETURNS int LANGUAGE sql
                                BEGIN ATOMIC
                                  SELECT 1;
                                  SELECT CASE WHEN i > 0 THEN 1 WHEN i < 0 THEN -1 ELSE 0 END;
                                END""", 6, "SELECT sign_of(-5)")),
                arguments("BEGIN ATOMIC is matched case-insensitively, across comments",
                        "create procedure p() language sql begin /* why */ atomic insert into t values (1); end;"
                                + "call p()",
                        expect(1, "create procedure p() language sql begin /* why */ atomic insert into t values (1);"
                                + " end", 1, "call p()")),
                arguments("a plain BEGIN is a transaction, not a body",
                        "BEGIN;\nSELECT 1;\nEND;\nSELECT atomic FROM t;",
                        expect(1, "BEGIN", 2, "SELECT 1", 3, "END", 4, "SELECT atomic FROM t")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void splits(String description, String script, List<SqlStatement> expected) {
        assertThat(splitter.split(script, FILE)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                arguments("SELECT 1;\nSELECT 'abc;\nSELECT 2;",
                        "line 2: the string literal opened here is never closed; add the closing quote ('),"
                                + " and write '' for a quote inside the string."),
                arguments("SELECT 1;\n\n  SELECT E'C:\\';",
                        "line 3: the escape string E'…' opened here is never closed; add the closing quote (')."
                                + " Inside E'…' a backslash escapes the next character, so write \\\\ for a literal"
                                + " backslash and \\' or '' for a quote."),
                arguments("SELECT \"col;\nFROM t;",
                        "line 1: the quoted identifier \" opened here is never closed; add the closing double"
                                + " quote (\"), and write \"\" for a double quote inside the name."),
                arguments("""
                        -- header
                        SELECT 1;

                        CREATE FUNCTION f() RETURNS int AS $body$
                        BEGIN RETURN 1; END;
                        $$ LANGUAGE plpgsql;
                        """,
                        "line 4: the dollar-quoted string $body$ opened here is never closed; add the closing $body$."),
                arguments("SELECT 1;\r\n/* a /* b */\r\nSELECT 2;",
                        "line 2: the block comment /* opened here is never closed; add the closing */ (PostgreSQL"
                                + " nests block comments, so each /* inside it needs its own */, too)."),
                arguments("SELECT 1;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n"
                                + "  SELECT CASE WHEN true THEN 1 END;\nSELECT 2;",
                        "line 3: the function body BEGIN ATOMIC opened here is never closed; add the END that"
                                + " closes it (every CASE inside needs its own END, too)."));
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
    void theDialectPicksThePostgresRules() {
        assertThat(RunnerDialect.of(DatabaseKind.POSTGRESQL).splitter())
                .isInstanceOf(PostgresScriptSplitter.class);
    }

    @Test
    void splitsALargeScriptInOnePass() {
        String unit = "INSERT INTO t VALUES (1, 'a;b', $$c;d$$); -- note;\n/* x; */\n";
        String script = unit.repeat(100_000); // about 6 MB
        List<SqlStatement> statements = splitter.split(script, FILE);
        assertThat(statements).hasSize(100_000);
        assertThat(statements.get(99_999))
                .isEqualTo(new SqlStatement("INSERT INTO t VALUES (1, 'a;b', $$c;d$$)", 100_000, 199_999));
    }
}
