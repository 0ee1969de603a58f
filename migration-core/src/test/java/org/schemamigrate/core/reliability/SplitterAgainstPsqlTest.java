package org.schemamigrate.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.lint.SqlText;
import org.schemamigrate.core.internal.sql.ScriptSplitter;
import org.schemamigrate.core.SqlStatement;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;

/**
 * Property: on every generated valid script the PostgreSQL splitter yields the statements psql sends.
 * Needs psql (Debian: postgresql-client), so it runs in the reliability profile. Seed and count:
 * -Dreliability.seed, -Dreliability.scripts.
 */
@Tag("reliability")
class SplitterAgainstPsqlTest {

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void theSplitterAgreesWithPsqlOnGeneratedScripts(TestDatabase db) throws Exception {
        // a missing psql fails the probe (never a silent skip): apt-get install postgresql-client
        assertThat(PsqlSplitter.available()).as("psql on the PATH (Debian: postgresql-client)").isTrue();
        long seed = Long.getLong("reliability.seed", 20261207L);
        int scripts = Integer.getInteger("reliability.scripts", 200);
        PostgresScriptGenerator generator = new PostgresScriptGenerator(seed);
        PsqlSplitter psql = new PsqlSplitter(db);
        ScriptSplitter ours = org.schemamigrate.core.internal.dialect.RunnerDialect.of(DatabaseKind.POSTGRESQL).splitter();
        List<String> disagreements = new ArrayList<>();
        int statements = 0;
        for (int i = 0; i < scripts; i++) {
            String script = generator.next();
            // psql sends a lone ";" as an empty query, a no-op the splitter drops
            List<String> expected = psql.split(script).stream().map(SplitterAgainstPsqlTest::normal)
                    .filter(sql -> !sql.isEmpty()).toList();
            List<String> actual = ours.split(script, "generated").stream().map(SqlStatement::sql)
                    .map(SplitterAgainstPsqlTest::normal).toList();
            statements += expected.size();
            if (!expected.equals(actual)) {
                disagreements.add("script " + i + ":\n" + script + "\npsql: " + expected + "\nours: " + actual);
            }
        }
        System.out.printf("RELIABILITY splitter-vs-psql: seed=%d scripts=%d statements=%d disagreements=%d%n",
                seed, scripts, statements, disagreements.size());
        assertThat(disagreements).isEmpty();
    }

    /** Comments dropped, whitespace collapsed, the final semicolon psql keeps removed. */
    private static String normal(String sql) {
        String s = SqlText.normalise(sql);
        return s.endsWith(";") ? s.substring(0, s.length() - 1).strip() : s;
    }
}
