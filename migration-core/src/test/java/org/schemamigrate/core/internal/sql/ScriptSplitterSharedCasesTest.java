package org.schemamigrate.core.internal.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.schemamigrate.core.SqlStatement;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.internal.dialect.RunnerDialect;

/**
 * The splitting rules every dialect shares (statements, lines, standard comments and quotes, line endings), run
 * for each database kind. Dialect-only rules live in {@link PostgresScriptSplitterTest} and
 * {@link MySqlScriptSplitterTest}.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(DatabaseKind.class)
class ScriptSplitterSharedCasesTest {
    private static final String FILE = "20261122_add_email.up.sql";

    private final ScriptSplitter splitter;

    ScriptSplitterSharedCasesTest(DatabaseKind kind) {
        this.splitter = RunnerDialect.of(kind).splitter();
    }

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
                arguments("one statement per line",
                        "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\n",
                        expect(1, "CREATE TABLE a (id int)", 2, "INSERT INTO a VALUES (1)")),
                arguments("final statement without delimiter",
                        "SELECT 1;\n  SELECT 2  \n",
                        expect(1, "SELECT 1", 2, "SELECT 2")),
                arguments("several statements on one line",
                        "SELECT 1; SELECT 2;SELECT 3",
                        expect(1, "SELECT 1", 1, "SELECT 2", 1, "SELECT 3")),
                arguments("empty and comment-only statements are dropped and not numbered",
                        ";;\n-- only a comment\n;\n/* block */;\n\nSELECT 1;\n-- trailing comment\n",
                        expect(6, "SELECT 1")),
                arguments("leading comments are not part of the statement and do not shift its line",
                        "-- add the column\n/* reviewed\n   by ops */\nALTER TABLE a\n  ADD COLUMN email text;",
                        expect(4, "ALTER TABLE a\n  ADD COLUMN email text")),
                arguments("comments inside a statement are kept",
                        "SELECT 1, -- first; not the end\n  2 /* second; still not */;\nSELECT 3; -- after\n",
                        expect(1, "SELECT 1, -- first; not the end\n  2 /* second; still not */", 3, "SELECT 3")),
                arguments("comments containing quotes",
                        "-- it's a comment\nSELECT 1; /* don't \"stop $$ here */ SELECT 2;",
                        expect(2, "SELECT 1", 2, "SELECT 2")),
                arguments("quotes containing comment markers and semicolons",
                        "SELECT '-- no; comment', '/* nor; this', \"a;--b\" FROM t;\nSELECT 2;",
                        expect(1, "SELECT '-- no; comment', '/* nor; this', \"a;--b\" FROM t", 2, "SELECT 2")),
                arguments("doubled quotes in strings and double-quoted names",
                        "INSERT INTO \"we\"\"ird;\" VALUES ('it''s; fine');SELECT 2",
                        expect(1, "INSERT INTO \"we\"\"ird;\" VALUES ('it''s; fine')", 1, "SELECT 2")),
                arguments("CRLF line endings",
                        "SELECT 1;\r\n-- note\r\n\r\nSELECT\r\n  2;\r\nSELECT 3",
                        expect(1, "SELECT 1", 4, "SELECT\r\n  2", 6, "SELECT 3")),
                arguments("CR-only line endings",
                        "SELECT 1;\r/* a\r b */\rSELECT 2;\r\rSELECT 3",
                        expect(1, "SELECT 1", 4, "SELECT 2", 6, "SELECT 3")),
                arguments("CR-only line endings after a line comment",
                        "SELECT 1;\r-- a\r\rSELECT 2;",
                        expect(1, "SELECT 1", 4, "SELECT 2")),
                arguments("a byte-order mark before the first statement is ignored",
                        "\uFEFFSELECT 1;",
                        expect(1, "SELECT 1")),
                arguments("only whitespace and comments",
                        "\n  -- nothing\n/* to do */\n",
                        expect()),
                arguments("empty script", "", expect()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void splits(String description, String script, List<SqlStatement> expected) {
        assertThat(splitter.split(script, FILE)).containsExactlyElementsOf(expected);
    }

    @Test
    void splitsALargeScriptInOnePass() {
        String unit = "INSERT INTO t VALUES (1, 'a;b', \"c;d\"); -- note;\n/* x; */\n";
        String script = unit.repeat(100_000); // about 5 MB
        List<SqlStatement> statements = splitter.split(script, FILE);
        assertThat(statements).hasSize(100_000);
        assertThat(statements.get(99_999))
                .isEqualTo(new SqlStatement("INSERT INTO t VALUES (1, 'a;b', \"c;d\")", 100_000, 199_999));
    }
}
